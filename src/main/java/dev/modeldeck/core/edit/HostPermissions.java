package dev.modeldeck.core.edit;

import java.util.function.Consumer;

/** The browser's optional host permissions, one origin pattern (e.g. {@code http://127.0.0.1/*}) at a time. */
public interface HostPermissions {
    /** Whether the pattern is granted. May block the calling (background) thread. */
    boolean contains(String pattern);

    /**
     * Asks the user. Must be called inside the click that asked for it (a user gesture) and returns at
     * once: the answer arrives later on a thread that may block, or never (headless Chromium).
     */
    void request(String pattern, Consumer<Boolean> answer);
}
