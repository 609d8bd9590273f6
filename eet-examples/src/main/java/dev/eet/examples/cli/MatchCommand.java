package dev.eet.examples.cli;

import dev.eet.api.matching.GridTariff;
import dev.eet.api.matching.MarketReport;
import dev.eet.api.matching.MatchResult;
import dev.eet.api.matching.Matcher;
import dev.eet.api.matching.MatcherProvider;
import dev.eet.api.spi.ProviderRegistry;
import dev.eet.examples.match.MatchInput;
import dev.eet.examples.match.MatchOutput;
import java.util.Set;

/** {@code eet match}: run one matcher on one order book and print JSON (node.md). */
final class MatchCommand implements Command {

    @Override
    public String name() {
        return "match";
    }

    @Override
    public String summary() {
        return "run one matcher on one order book and print JSON";
    }

    @Override
    public String usage() {
        return """
                usage: eet match --input FILE|-

                Clears one order book with any registered matcher and prints the trades (in the order made), the
                grid trades and a summary against the grid-only baseline.
                Input (JSON): { "mechanism": "cda",
                  "params": { "beta": 0.1, "gridRetailPrice": 0.59, "gridFeedInPrice": 0.31 },
                  "orders": [ { "id": "S1", "participant": "S1", "side": "SELL", "price": 0.41,
                                "reservePrice": 0.34, "quantityKwh": 220 } ] }
                Optional order fields: time (ISO-8601 with offset or a sequence number, on every order or none;
                default: the array order), energyType, latitude + longitude, credit, preferences (object).
                Mechanisms: %s. The grid-only baseline uses params gridRetailPrice/gridFeedInPrice
                (defaults 0.59 and 0.31).
                Output: { "mechanism", "trades": [{ "seller", "buyer", "quantityKwh", "price", "round" }],
                  "gridTrades": [{ "participant", "side", "quantityKwh", "price" }],
                  "summary": { "peerKwh", "gridImportKwh", "gridExportKwh", "buyerCost", "buyerCostGridOnly",
                               "buyerSavingPercent", "sellerRevenue", "sellerRevenueGridOnly", "sellerGainPercent" } }
                Bad input exits 1 with one line naming the order and the field.""".formatted(
                String.join(", ", registry().names()));
    }

    @Override
    public int run(Args args, CommandIo io) {
        args.requireOnly(Set.of("input"));
        if (!args.positional().isEmpty()) {
            throw new CliException("unexpected argument '" + args.positional().get(0) + "' (use --input FILE|-)", 2);
        }
        MatchInput input = MatchInput.parse(Json.read(args.required("input"), io));
        Matcher matcher = registry().get(input.mechanism()).create(input.params());
        MatchResult result = matcher.match(input.orders());
        if (!result.rejections().isEmpty()) {
            throw new CliException(result.rejections().get(0).message());
        }
        GridTariff tariff = GridTariff.from(input.params());
        Json.write(MatchOutput.render(result, MarketReport.of(result, tariff)), io);
        return 0;
    }

    private static ProviderRegistry<MatcherProvider> registry() {
        return ProviderRegistry.load(MatcherProvider.class);
    }
}
