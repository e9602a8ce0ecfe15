package dev.modeldeck.core.history;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@link LiveReplies} shared by the pages of one JVM test: what Web Locks do across extension pages. */
public final class MemoryLiveReplies implements LiveReplies {
    private final List<String> held = new ArrayList<>();

    @Override
    public synchronized Runnable hold(String conversationId) {
        String name = LiveReplies.name(conversationId);
        held.add(name);
        boolean[] released = {false};
        return () -> {
            synchronized (this) {
                if (!released[0]) {
                    released[0] = true;
                    held.remove(name);
                }
            }
        };
    }

    @Override
    public synchronized Set<String> conversations() {
        Set<String> out = new HashSet<>();
        for (String name : held) {
            out.add(LiveReplies.conversationOf(name));
        }
        return out;
    }

    /** Every page died at once (a crash): nothing is held any more. */
    public synchronized void crash() { held.clear(); }
}
