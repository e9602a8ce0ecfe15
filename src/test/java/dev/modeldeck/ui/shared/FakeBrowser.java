package dev.modeldeck.ui.shared;

import dev.modeldeck.browser.Browser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** A {@link Browser} on the JVM: grants what a test says, remembers what pages asked for. */
final class FakeBrowser implements Browser {
    final Set<String> granted = new HashSet<>();
    final Set<String> originRules = new HashSet<>();
    final List<String> removedPermissions = new ArrayList<>();
    final List<String> copied = new ArrayList<>();
    final List<Consumer<String>> storageListeners = new ArrayList<>();

    @Override public void onStorageChange(Consumer<String> listener) { storageListeners.add(listener); }
    @Override public void onSessionChange(String name, Runnable listener) { }
    @Override public void onPageHide(Runnable listener) { }
    @Override public void openOptionsPage() { }
    @Override public boolean canOpenSidePanel() { return false; }
    @Override public String openSidePanel() { return "no side panel"; }
    @Override public boolean hasHostPermission(String pattern) { return granted.contains(pattern); }
    @Override public void requestHostPermission(String pattern, Consumer<Boolean> answer) { answer.accept(granted.contains(pattern)); }

    @Override
    public void removeHostPermission(String pattern) {
        granted.remove(pattern);
        removedPermissions.add(pattern);
    }

    @Override
    public String installOriginRule(String providerId, String baseUrl) {
        originRules.add(providerId);
        return null;
    }

    @Override public void removeOriginRule(String providerId) { originRules.remove(providerId); }
    @Override public boolean hasOriginRule(String providerId) { return originRules.contains(providerId); }

    @Override
    public String copyText(String text) {
        copied.add(text);
        return null;
    }
}
