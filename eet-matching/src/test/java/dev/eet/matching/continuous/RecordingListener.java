package dev.eet.matching.continuous;

import java.util.ArrayList;
import java.util.List;

/** Test listener that records every event as a value. */
final class RecordingListener implements BookListener {

    /** One recorded event. */
    sealed interface Event permits TradeEvent, CancelEvent {
    }

    /** A recorded trade. */
    record TradeEvent(long incoming, long resting, boolean incomingBuys, long price, long quantity)
            implements Event {
    }

    /** A recorded cancellation. */
    record CancelEvent(long order, long quantity, CancelReason reason) implements Event {
    }

    final List<Event> events = new ArrayList<>();

    @Override
    public void onTrade(long incomingOrderId, long restingOrderId, boolean incomingBuys, long price, long quantity) {
        events.add(new TradeEvent(incomingOrderId, restingOrderId, incomingBuys, price, quantity));
    }

    @Override
    public void onCancel(long orderId, long quantity, CancelReason reason) {
        events.add(new CancelEvent(orderId, quantity, reason));
    }

    List<Event> drain() {
        List<Event> copy = List.copyOf(events);
        events.clear();
        return copy;
    }

    List<TradeEvent> trades() {
        List<TradeEvent> out = new ArrayList<>();
        for (Event e : events) {
            if (e instanceof TradeEvent t) {
                out.add(t);
            }
        }
        return out;
    }
}
