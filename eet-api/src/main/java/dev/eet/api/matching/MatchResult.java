package dev.eet.api.matching;

import dev.eet.api.model.GridTrade;
import dev.eet.api.model.Trade;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of clearing one batch.
 *
 * @param mechanism the matcher's name
 * @param trades peer-to-peer trades, in the order they were made
 * @param gridTrades trades with the grid, in the order they were made
 * @param unmatched energy neither traded nor sent to the grid, per order
 * @param rejections orders left out of the batch, in input order
 */
public record MatchResult(String mechanism, List<Trade> trades, List<GridTrade> gridTrades,
                          List<OrderRemainder> unmatched, List<OrderRejection> rejections) {

    /** Copies the lists. */
    public MatchResult {
        Objects.requireNonNull(mechanism, "mechanism");
        trades = List.copyOf(trades);
        gridTrades = List.copyOf(gridTrades);
        unmatched = List.copyOf(unmatched);
        rejections = List.copyOf(rejections);
    }

    /** @return the total peer-to-peer energy */
    public Energy peerEnergy() {
        Energy sum = Energy.ZERO;
        for (Trade t : trades) {
            sum = sum.plus(t.quantity());
        }
        return sum;
    }

    /** @return the total money paid peer-to-peer (equal to what sellers receive: budget balance) */
    public Money peerMoney() {
        Money sum = Money.ZERO;
        for (Trade t : trades) {
            sum = sum.plus(t.amount());
        }
        return sum;
    }
}
