package dev.modeldeck.core.history;

import java.util.function.Consumer;

/** Tells the other open pages what was stored (BroadcastChannel in the browser). A page does not hear itself. */
public interface HistoryEvents {
    void publish(HistoryEvent event);

    /** Calls {@code listener} for each event another page published. */
    void subscribe(Consumer<HistoryEvent> listener);

    /** For a page alone (tests, a browser without BroadcastChannel). */
    HistoryEvents NONE = new HistoryEvents() {
        @Override public void publish(HistoryEvent event) { }
        @Override public void subscribe(Consumer<HistoryEvent> listener) { }
    };
}
