package dev.modeldeck.core.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link LiveReplies} shared by the pages of one JVM test: what Web Locks do across extension pages. */
public final class MemoryLiveReplies implements LiveReplies {
    private final List<String> held = new ArrayList<>();
    private final Map<String, List<Runnable>> waiting = new HashMap<>();

    @Override
    public synchronized Runnable hold(String conversationId) {
        String name = LiveReplies.name(conversationId);
        held.add(name);
        boolean[] released = {false};
        return () -> {
            List<Runnable> free = List.of();
            synchronized (this) {
                if (!released[0]) {
                    released[0] = true;
                    held.remove(name);
                    if (!held.contains(name)) {
                        free = waiting.getOrDefault(name, List.of());
                        waiting.remove(name);
                    }
                }
            }
            free.forEach(Runnable::run);
        };
    }

    @Override
    public void whenFree(String conversationId, Runnable then) {
        String name = LiveReplies.name(conversationId);
        synchronized (this) {
            if (held.contains(name)) {
                waiting.computeIfAbsent(name, n -> new ArrayList<>()).add(then);
                return;
            }
        }
        then.run();
    }

    @Override
    public synchronized Set<String> conversations() {
        Set<String> out = new HashSet<>();
        for (String name : held) {
            out.add(LiveReplies.conversationOf(name));
        }
        return out;
    }

    /** Every page died at once (a crash): nothing is held any more, and no page is left to be told. */
    public synchronized void crash() {
        held.clear();
        waiting.clear();
    }
}
