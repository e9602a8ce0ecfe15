package dev.modeldeck.core.provider;

import dev.modeldeck.core.security.SecretPatterns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A provider's secrets as the key vault keeps them: the API key, and every extra header or query value
 * that {@link SecretPatterns#isSecret} calls secret. Each has a slot in the vault, named by the provider's id
 * and the server (scheme, host, port) it was saved for: a provider whose address now points at another
 * server finds none of them, so nothing that changes a stored address (an import, an edited document) can
 * send a vault secret somewhere new. With the vault on, the
 * settings document keeps the key empty and each secret value as {@link #IN_VAULT}, so a page with the
 * vault locked still knows which values it lacks. Pure functions on copies.
 */
public final class ProviderSecrets {
    /** What the settings hold instead of a secret header or query value that lives in the vault. */
    public static final String IN_VAULT = SecretPatterns.HIDDEN;
    /** Separates the parts of a slot name; never in an id (imports refuse control characters) or a header name. */
    private static final char SEPARATOR = '\n';
    private static final char HEADER = 'h';
    private static final char QUERY = 'q';

    private ProviderSecrets() { }

    /** The API key's slot: the provider's id and the server of {@code baseUrl}. */
    public static String keySlot(String providerId, String baseUrl) {
        String origin = BaseUrlCheck.origin(baseUrl);
        return providerId + SEPARATOR + (origin == null ? "" : origin);
    }

    private static String keySlot(ProviderConfig p) { return keySlot(p.id, p.baseUrl); }

    /** Whether a slot belongs to this provider (its key or one of its pair values). */
    public static boolean owns(String providerId, String slot) {
        return slot.equals(providerId) || slot.startsWith(providerId + SEPARATOR);
    }

    /** Whether a pair's value is a secret: by the one definition, or because it already lives in the vault. */
    public static boolean isSecret(NameValue pair) {
        return IN_VAULT.equals(pair.value()) || SecretPatterns.isSecret(pair.name(), pair.value());
    }

    /** The secrets this provider holds in plain text, slot → value: its key and its secret pair values. */
    public static Map<String, String> plain(ProviderConfig p) {
        Map<String, String> out = new LinkedHashMap<>();
        if (p.hasKey()) {
            out.put(keySlot(p), p.apiKey);
        }
        List<String> headers = pairSlots(p, HEADER, p.extraHeaders);
        for (int i = 0; i < p.extraHeaders.size(); i++) {
            putPlain(out, headers.get(i), p.extraHeaders.get(i));
        }
        List<String> query = pairSlots(p, QUERY, p.extraQuery);
        for (int i = 0; i < p.extraQuery.size(); i++) {
            putPlain(out, query.get(i), p.extraQuery.get(i));
        }
        return out;
    }

    /** A copy fit for the settings document while the vault is on: no key, every secret pair value {@link #IN_VAULT}. */
    public static ProviderConfig sealed(ProviderConfig p) {
        ProviderConfig out = p.copy();
        out.apiKey = "";
        out.extraHeaders = sealedPairs(p.extraHeaders);
        out.extraQuery = sealedPairs(p.extraQuery);
        return out;
    }

    /**
     * A copy with its secrets taken from the unlocked vault's slots. A key the vault lacks stays as the
     * settings have it; a placeholder the vault cannot fill becomes empty.
     */
    public static ProviderConfig opened(ProviderConfig p, Map<String, String> vault) {
        ProviderConfig out = p.copy();
        String key = vault.get(keySlot(p));
        if (key != null) {
            out.apiKey = key;
        }
        out.extraHeaders = openedPairs(pairSlots(p, HEADER, p.extraHeaders), p.extraHeaders, vault);
        out.extraQuery = openedPairs(pairSlots(p, QUERY, p.extraQuery), p.extraQuery, vault);
        return out;
    }

    /** Whether its requests need the unlocked vault: it sends a key, or a pair value lives there. */
    public static boolean needsVault(ProviderConfig p) {
        return p.authStyle != AuthStyle.NONE || hasPlaceholder(p);
    }

    /** Whether a header or query value is still the vault's placeholder (the vault was locked when it was read). */
    public static boolean hasPlaceholder(ProviderConfig p) {
        for (NameValue nv : p.extraHeaders) {
            if (IN_VAULT.equals(nv.value())) {
                return true;
            }
        }
        for (NameValue nv : p.extraQuery) {
            if (IN_VAULT.equals(nv.value())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The vault writes that store an opened provider's secrets: each plain secret put, and each slot the
     * provider no longer uses mapped to "" (removed). {@code keyStated}: an empty key means "no key"
     * (the form, a file with keys); otherwise the stored key stays.
     */
    public static Map<String, String> changes(ProviderConfig p, Map<String, String> vault, boolean keyStated) {
        Map<String, String> wanted = plain(p);
        List<String> kept = new ArrayList<>(wanted.keySet());
        if (!keyStated) {
            kept.add(keySlot(p));
        }
        kept.addAll(inVaultSlots(p));
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : wanted.entrySet()) {
            if (!e.getValue().equals(vault.get(e.getKey()))) {
                out.put(e.getKey(), e.getValue());
            }
        }
        for (String slot : vault.keySet()) {
            if (owns(p.id, slot) && !kept.contains(slot)) {
                out.put(slot, "");
            }
        }
        return out;
    }

    /** The vault writes that undo {@code changes}: each touched slot back to its value in {@code before} ("" if absent). */
    public static Map<String, String> undo(Map<String, String> changes, Map<String, String> before) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String slot : changes.keySet()) {
            String old = before.get(slot);
            out.put(slot, old == null ? "" : old);
        }
        return out;
    }

    /**
     * A file without a secret pair's value (a keyless export leaves them out) keeps the saved provider's
     * value for the same header or parameter: {@code incoming} is changed in place.
     */
    public static void keepOmitted(ProviderConfig incoming, ProviderConfig saved) {
        incoming.extraHeaders = keptPairs(incoming, saved, HEADER, incoming.extraHeaders, saved.extraHeaders);
        incoming.extraQuery = keptPairs(incoming, saved, QUERY, incoming.extraQuery, saved.extraQuery);
    }

    // Slots name the server too, so a file pointing elsewhere keeps none of the saved values.
    private static List<NameValue> keptPairs(ProviderConfig incomingProvider, ProviderConfig savedProvider, char kind,
            List<NameValue> incoming, List<NameValue> saved) {
        Map<String, String> savedSecrets = new LinkedHashMap<>();
        List<String> savedSlots = pairSlots(savedProvider, kind, saved);
        for (int i = 0; i < saved.size(); i++) {
            if (isSecret(saved.get(i))) {
                savedSecrets.put(savedSlots.get(i), saved.get(i).value());
            }
        }
        List<String> slots = pairSlots(incomingProvider, kind, incoming);
        List<NameValue> out = new ArrayList<>();
        for (int i = 0; i < incoming.size(); i++) {
            NameValue nv = incoming.get(i);
            String kept = savedSecrets.get(slots.get(i));
            boolean omitted = nv.value() == null || nv.value().isEmpty();
            out.add(omitted && kept != null ? new NameValue(nv.name(), kept) : nv);
        }
        return out;
    }

    private static void putPlain(Map<String, String> out, String slot, NameValue nv) {
        if (!IN_VAULT.equals(nv.value()) && SecretPatterns.isSecret(nv.name(), nv.value())) {
            out.put(slot, nv.value());
        }
    }

    private static List<NameValue> sealedPairs(List<NameValue> pairs) {
        List<NameValue> out = new ArrayList<>();
        for (NameValue nv : pairs) {
            out.add(isSecret(nv) ? new NameValue(nv.name(), IN_VAULT) : nv);
        }
        return out;
    }

    private static List<NameValue> openedPairs(List<String> slots, List<NameValue> pairs, Map<String, String> vault) {
        List<NameValue> out = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            NameValue nv = pairs.get(i);
            if (IN_VAULT.equals(nv.value())) {
                String value = vault.get(slots.get(i));
                out.add(new NameValue(nv.name(), value == null ? "" : value));
            } else {
                out.add(nv);
            }
        }
        return out;
    }

    /** Slots of the pair values that already live in the vault. */
    private static List<String> inVaultSlots(ProviderConfig p) {
        List<String> out = new ArrayList<>();
        addInVault(out, pairSlots(p, HEADER, p.extraHeaders), p.extraHeaders);
        addInVault(out, pairSlots(p, QUERY, p.extraQuery), p.extraQuery);
        return out;
    }

    private static void addInVault(List<String> out, List<String> slots, List<NameValue> pairs) {
        for (int i = 0; i < pairs.size(); i++) {
            if (IN_VAULT.equals(pairs.get(i).value())) {
                out.add(slots.get(i));
            }
        }
    }

    /**
     * One slot per pair, in order: key slot (id and server), kind, name (header names ignore case) and which occurrence of that
     * name it is, so reordering other pairs or editing a value keeps the slot.
     */
    private static List<String> pairSlots(ProviderConfig p, char kind, List<NameValue> pairs) {
        List<String> out = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (NameValue nv : pairs) {
            String name = nv.name() == null ? "" : nv.name().trim();
            if (kind == HEADER) {
                name = name.toLowerCase();
            }
            Integer n = seen.get(name);
            int occurrence = n == null ? 0 : n + 1;
            seen.put(name, occurrence);
            out.add(keySlot(p) + SEPARATOR + kind + SEPARATOR + name + SEPARATOR + occurrence);
        }
        return out;
    }
}
