package dev.modeldeck.browser;

import dev.modeldeck.browser.web.BroadcastChannel;
import dev.modeldeck.core.history.HistoryEvent;
import dev.modeldeck.core.history.HistoryEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** {@link HistoryEvents} over one BroadcastChannel: every other open page of the extension hears each change. */
public final class BroadcastHistoryEvents implements HistoryEvents {
    static final String CHANNEL = "modeldeck-history";

    private final BroadcastChannel channel = new BroadcastChannel(CHANNEL);
    private final List<Consumer<HistoryEvent>> listeners = new ArrayList<>();

    public BroadcastHistoryEvents() {
        channel.setOnmessage(e -> {
            HistoryEvent event = HistoryEvent.decode(e.getDataAsString());
            if (event != null) {
                for (Consumer<HistoryEvent> l : new ArrayList<>(listeners)) {
                    l.accept(event);
                }
            }
        });
    }

    @Override public void publish(HistoryEvent event) { channel.postMessage(event.encode()); }

    @Override public void subscribe(Consumer<HistoryEvent> listener) { listeners.add(listener); }
}
