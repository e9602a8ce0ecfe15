package dev.modeldeck.core.diagnosis;

import dev.modeldeck.core.provider.ProviderConfig;

/** What the browser allows; the browser adapter answers from chrome.permissions and declarativeNetRequest. */
public interface PermissionProbe {
    /** Whether the optional host permission for {@code pattern} (e.g. {@code http://127.0.0.1/*}) is granted. */
    boolean hasHostPermission(String pattern);

    /** Whether a declarativeNetRequest rule currently removes the Origin header for this provider's address. */
    boolean originRuleActive(ProviderConfig provider);
}
