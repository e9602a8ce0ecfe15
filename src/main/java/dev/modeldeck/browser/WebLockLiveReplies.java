package dev.modeldeck.browser;

import dev.modeldeck.browser.web.LockInfo;
import dev.modeldeck.browser.web.LockManager;
import dev.modeldeck.browser.web.LockManagerSnapshot;
import dev.modeldeck.browser.web.LockOptions;
import dev.modeldeck.browser.web.Navigator;
import dev.modeldeck.core.history.LiveReplies;
import java.util.HashSet;
import java.util.Set;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.core.JSPromise;

/** {@link LiveReplies} over Web Locks: the browser drops a page's locks when the page goes, however it goes. */
public final class WebLockLiveReplies implements LiveReplies {
    private final LockManager locks;

    private WebLockLiveReplies(LockManager locks) { this.locks = locks; }

    /** Over this browser's Web Locks, or {@link LiveReplies#UNKNOWN} without them. */
    public static LiveReplies create() {
        LockManager locks = Navigator.getLocks();
        return Missing.is(locks) ? LiveReplies.UNKNOWN : new WebLockLiveReplies(locks);
    }

    @Override
    public Runnable hold(String conversationId) {
        Runnable[] release = {() -> { }};
        JSPromise<JSObject> heldUntil = new JSPromise<>((resolve, reject) -> release[0] = () -> resolve.accept(null));
        LockOptions shared = LockOptions.create();
        shared.setMode("shared"); // two pages may stream into one conversation at once
        Promises.start(() -> locks.request(LiveReplies.name(conversationId), shared, lock -> heldUntil));
        return release[0];
    }

    /** An exclusive request is granted only once every shared hold is gone; it is let go again at once. */
    @Override
    public void whenFree(String conversationId, Runnable then) {
        Promises.start(() -> locks.request(LiveReplies.name(conversationId), LockOptions.create(), lock -> JSPromise.resolve(null))
            .then(released -> {
                then.run();
                return null;
            }));
    }

    @Override
    public Set<String> conversations() {
        Settled<LockManagerSnapshot> s = Promises.call(locks::query);
        if (!s.isOk()) {
            return null;
        }
        Set<String> out = new HashSet<>();
        add(out, s.getValue().getHeld());
        add(out, s.getValue().getPending());
        return out;
    }

    private static void add(Set<String> out, JSArrayReader<LockInfo> infos) {
        for (int i = 0; !Missing.is(infos) && i < infos.getLength(); i++) {
            String id = LiveReplies.conversationOf(infos.get(i).getName());
            if (id != null) {
                out.add(id);
            }
        }
    }
}
