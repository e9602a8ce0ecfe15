package dev.modeldeck.core.edit;

import dev.modeldeck.core.provider.BaseUrlCheck;
import dev.modeldeck.core.provider.ProviderConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the page knows about each provider origin's host permission: granted, refused, or not asked yet.
 * Answers are remembered so the provider list can flag refused origins without asking the browser each time.
 */
public final class HostAccess {
    private final HostPermissions permissions;
    private final Map<String, Boolean> known = new HashMap<>();

    public HostAccess(HostPermissions permissions) {
        this.permissions = permissions;
    }

    /** Known to be refused (an origin not asked about yet does not count). */
    public boolean refused(ProviderConfig p) {
        String pattern = BaseUrlCheck.permissionPattern(p.baseUrl);
        Boolean g = pattern == null ? null : known.get(pattern);
        return g != null && !g;
    }

    public boolean granted(String pattern) { return Boolean.TRUE.equals(known.get(pattern)); }

    /** Records an answer obtained elsewhere (the connection test's "Grant access"). */
    public void remember(String pattern, boolean granted) { known.put(pattern, granted); }

    /** Asks the browser about an origin not known yet. May block. */
    public void check(String pattern) {
        if (pattern != null && !known.containsKey(pattern)) {
            known.put(pattern, permissions.contains(pattern));
        }
    }

    /** {@link #check} for every provider's origin. May block. */
    public void checkAll(List<ProviderConfig> providers) {
        for (ProviderConfig p : providers) {
            check(BaseUrlCheck.permissionPattern(p.baseUrl));
        }
    }

    /** Asks the user (inside a click); the answer is remembered, then passed on. Returns at once. */
    public void request(String pattern, Consumer<Boolean> answered) {
        permissions.request(pattern, ok -> {
            known.put(pattern, ok);
            answered.accept(ok);
        });
    }
}
