package dev.modeldeck.core.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Host permissions in memory; a request stays unanswered (as in headless Chromium) until the test answers it. */
final class FakeHostPermissions implements HostPermissions {
    final Set<String> granted = new HashSet<>();
    final List<String> containsAsked = new ArrayList<>();
    final Map<String, Consumer<Boolean>> pending = new LinkedHashMap<>();

    @Override
    public boolean contains(String pattern) {
        containsAsked.add(pattern);
        return granted.contains(pattern);
    }

    @Override
    public void request(String pattern, Consumer<Boolean> answer) {
        pending.put(pattern, answer);
    }

    /** The user answers the prompt for {@code pattern}. */
    void answer(String pattern, boolean ok) {
        if (ok) {
            granted.add(pattern);
        }
        pending.remove(pattern).accept(ok);
    }
}
