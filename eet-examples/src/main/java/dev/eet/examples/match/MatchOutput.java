package dev.eet.examples.match;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eet.api.matching.MarketReport;
import dev.eet.api.matching.MatchResult;
import dev.eet.api.matching.OrderRemainder;
import dev.eet.api.model.GridTrade;
import dev.eet.api.model.Trade;
import dev.eet.examples.cli.Json;
import java.math.BigDecimal;

/**
 * The output of {@code eet match} (node.md): mechanism, trades in the order made, grid trades, and the summary
 * versus grid only; every number an exact decimal. Open remainders (mechanisms without a grid fallback) are listed
 * under {@code unmatched}, only when there are any.
 */
public final class MatchOutput {
    private MatchOutput() {
    }

    /**
     * @param result the clearing
     * @param report its report against the grid-only baseline
     * @return the JSON document
     */
    public static ObjectNode render(MatchResult result, MarketReport report) {
        ObjectNode out = Json.object();
        out.put("mechanism", result.mechanism());
        ArrayNode trades = out.putArray("trades");
        for (Trade t : result.trades()) {
            ObjectNode n = trades.addObject();
            n.put("seller", t.seller().value());
            n.put("buyer", t.buyer().value());
            n.put("quantityKwh", exact(t.quantity().toKwh()));
            n.put("price", exact(t.price().toDecimal()));
            n.put("round", t.round());
        }
        ArrayNode grid = out.putArray("gridTrades");
        for (GridTrade g : result.gridTrades()) {
            ObjectNode n = grid.addObject();
            n.put("participant", g.participant().value());
            n.put("side", g.side().name());
            n.put("quantityKwh", exact(g.quantity().toKwh()));
            n.put("price", exact(g.price().toDecimal()));
        }
        if (!result.unmatched().isEmpty()) {
            ArrayNode open = out.putArray("unmatched");
            for (OrderRemainder r : result.unmatched()) {
                ObjectNode n = open.addObject();
                n.put("order", r.order().value());
                n.put("participant", r.participant().value());
                n.put("side", r.side().name());
                n.put("quantityKwh", exact(r.quantity().toKwh()));
            }
        }
        ObjectNode s = out.putObject("summary");
        s.put("peerKwh", exact(report.peerEnergy().toKwh()));
        s.put("gridImportKwh", exact(report.gridImport().toKwh()));
        s.put("gridExportKwh", exact(report.gridExport().toKwh()));
        s.put("buyerCost", exact(report.buyerCost().toDecimal()));
        s.put("buyerCostGridOnly", exact(report.buyerCostGridOnly().toDecimal()));
        s.put("buyerSavingPercent", exact(report.buyerSavingPercent()));
        s.put("sellerRevenue", exact(report.sellerRevenue().toDecimal()));
        s.put("sellerRevenueGridOnly", exact(report.sellerRevenueGridOnly().toDecimal()));
        s.put("sellerGainPercent", exact(report.sellerGainPercent()));
        return out;
    }

    private static BigDecimal exact(BigDecimal v) {
        return Json.exact(v);
    }
}
