package dev.modeldeck.core.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.net.NetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderSecretsTest {
    private static final String KEY = "sk-proj-secretKEY0123456789";
    private static final String GATEWAY = "Bearer cfut_gatewaySecret0123456789";
    private static final String SIG = "sv2024sigAbCdEf0123456789xyz";
    private static final String GW_URL = "https://gateway.ai.cloudflare.com/v1/acct/gw/openai";

    /** A Cloudflare AI Gateway setup: key, a gateway token header, a plain header, a signed query value. */
    private static ProviderConfig gateway() {
        ProviderConfig p = new ProviderConfig("p-gw", "Gateway", GW_URL);
        p.apiKey = KEY;
        p.extraHeaders.add(new NameValue("cf-aig-authorization", GATEWAY));
        p.extraHeaders.add(new NameValue("X-Team", "research"));
        p.extraQuery.add(new NameValue("api-version", "2024-06-01"));
        p.extraQuery.add(new NameValue("sig", SIG));
        return p;
    }

    private static String text(ProviderConfig p) { return p.toJson(true).toString(); }

    @Test
    void theKeyAndEverySecretPairValueAreSecretsAndNothingElse() {
        Map<String, String> plain = ProviderSecrets.plain(gateway());

        assertEquals(List.of(KEY, GATEWAY, SIG), new ArrayList<>(plain.values()));
        assertEquals(KEY, plain.get(ProviderSecrets.keySlot("p-gw", GW_URL)));
        for (String slot : plain.keySet()) {
            assertTrue(ProviderSecrets.owns("p-gw", slot), slot);
            assertFalse(ProviderSecrets.owns("p-g", slot), "a provider whose id is a prefix owns nothing of it");
        }
    }

    @Test
    void everySecretIsBoundToTheServerItWasSavedForSoAMovedAddressOpensNone() {
        ProviderConfig saved = gateway();
        Map<String, String> vault = ProviderSecrets.plain(saved);
        ProviderConfig sealed = ProviderSecrets.sealed(saved);

        ProviderConfig samePlace = sealed.copy();
        samePlace.baseUrl = "https://GATEWAY.ai.cloudflare.com:443/v1/acct/other/openai";
        ProviderConfig opened = ProviderSecrets.opened(samePlace, vault);
        assertEquals(KEY, opened.apiKey, "another path on the same server keeps its secrets");
        assertEquals(GATEWAY, opened.extraHeaders.get(0).value());

        ProviderConfig moved = sealed.copy();
        moved.baseUrl = "https://collect.attacker.example/v1";
        ProviderConfig stolen = ProviderSecrets.opened(moved, vault);
        assertEquals("", stolen.apiKey);
        assertEquals("", stolen.extraHeaders.get(0).value(), "the gateway token stays behind");
        assertEquals("", stolen.extraQuery.get(1).value(), "so does the signature");
        assertEquals("research", stolen.extraHeaders.get(1).value(), "plain values move with the provider");
    }

    @Test
    void sealedSettingsHoldNoSecretOnlyPlaceholdersAndThePlainValues() {
        ProviderConfig sealed = ProviderSecrets.sealed(gateway());

        String stored = text(sealed);
        assertFalse(stored.contains(KEY) || stored.contains("gatewaySecret") || stored.contains(SIG), stored);
        assertEquals("", sealed.apiKey);
        assertEquals(new NameValue("cf-aig-authorization", ProviderSecrets.IN_VAULT), sealed.extraHeaders.get(0));
        assertEquals(new NameValue("X-Team", "research"), sealed.extraHeaders.get(1));
        assertEquals(new NameValue("api-version", "2024-06-01"), sealed.extraQuery.get(0));
        assertEquals(new NameValue("sig", ProviderSecrets.IN_VAULT), sealed.extraQuery.get(1));
        assertTrue(ProviderSecrets.plain(sealed).isEmpty());
        assertTrue(ProviderSecrets.needsVault(sealed));
    }

    @Test
    void openingASealedProviderWithTheVaultGivesBackEveryValue() {
        ProviderConfig p = gateway();
        Map<String, String> vault = ProviderSecrets.plain(p);

        assertEquals(text(p), text(ProviderSecrets.opened(ProviderSecrets.sealed(p), vault)));
    }

    @Test
    void aSlotFollowsItsHeaderWhenOtherHeadersMoveAndIgnoresTheNameCase() {
        ProviderConfig p = gateway();
        Map<String, String> vault = ProviderSecrets.plain(p);
        ProviderConfig sealed = ProviderSecrets.sealed(p);
        List<NameValue> reordered = new ArrayList<>();
        reordered.add(new NameValue("X-Other", "1"));
        reordered.add(sealed.extraHeaders.get(1));
        reordered.add(new NameValue("CF-AIG-Authorization", ProviderSecrets.IN_VAULT));
        sealed.extraHeaders = reordered;

        ProviderConfig opened = ProviderSecrets.opened(sealed, vault);

        assertEquals(new NameValue("CF-AIG-Authorization", GATEWAY), opened.extraHeaders.get(2));
    }

    @Test
    void twoHeadersOfTheSameNameKeepTwoValues() {
        ProviderConfig p = new ProviderConfig("p", "P", "https://example.com/v1");
        p.extraHeaders.add(new NameValue("x-api-key", "first-secret-value"));
        p.extraHeaders.add(new NameValue("X-Api-Key", "second-secret-value"));

        ProviderConfig opened = ProviderSecrets.opened(ProviderSecrets.sealed(p), ProviderSecrets.plain(p));

        assertEquals("first-secret-value", opened.extraHeaders.get(0).value());
        assertEquals("second-secret-value", opened.extraHeaders.get(1).value());
    }

    @Test
    void aPlaceholderTheVaultCannotFillBecomesEmptyNeverThePlaceholder() {
        ProviderConfig opened = ProviderSecrets.opened(ProviderSecrets.sealed(gateway()), Map.of());

        assertEquals("", opened.extraHeaders.get(0).value());
        assertEquals("", opened.extraQuery.get(1).value());
        assertEquals("", opened.apiKey);
    }

    @Test
    void aKeylessLocalServerWithoutSecretsNeedsNoVaultButOneWithAVaultedHeaderDoes() {
        ProviderConfig local = new ProviderConfig("local", "Local", "http://127.0.0.1:11434/v1");
        local.authStyle = AuthStyle.NONE;
        assertFalse(ProviderSecrets.needsVault(local));

        local.extraHeaders.add(new NameValue("Authorization", "Bearer local-proxy-token-123456"));
        assertTrue(ProviderSecrets.needsVault(ProviderSecrets.sealed(local)));
    }

    @Test
    void aPlaceholderIsNeverSentInPlaceOfTheValueTheLockedVaultHolds() {
        ProviderConfig sealed = ProviderSecrets.sealed(gateway());
        sealed.apiKey = KEY;

        NetException e = assertThrows(NetException.class, () -> EndpointResolver.chat(sealed, "{}", true, null));

        assertEquals(I18n.t("ui_unlock_to_continue"), e.getMessage());
    }

    @Test
    void changesPutNewValuesRemoveSlotsNoLongerUsedAndSkipWhatTheVaultHas() {
        ProviderConfig p = gateway();
        Map<String, String> vault = new HashMap<>(ProviderSecrets.plain(p));
        vault.put("other", "sk-other-provider-key-0123");
        p.extraQuery.remove(1); // the sig parameter is gone
        p.extraHeaders.set(0, new NameValue("cf-aig-authorization", "Bearer cfut_rotatedSecret0123456789"));

        Map<String, String> changes = ProviderSecrets.changes(p, vault, true);

        assertEquals(2, changes.size(), changes.keySet().toString());
        assertTrue(changes.containsValue("Bearer cfut_rotatedSecret0123456789"));
        assertTrue(changes.containsValue(""), "the sig slot is removed");
        assertFalse(changes.containsKey("other"), "another provider's entries are left alone");
        assertFalse(changes.containsKey(ProviderSecrets.keySlot("p-gw", GW_URL)), "an unchanged key is not rewritten");
    }

    @Test
    void anEmptyKeyRemovesTheStoredOneOnlyWhenTheSourceStatesKeys() {
        ProviderConfig p = gateway();
        Map<String, String> vault = ProviderSecrets.plain(p);
        p.apiKey = "";

        assertEquals("", ProviderSecrets.changes(p, vault, true).get(ProviderSecrets.keySlot("p-gw", GW_URL)));
        assertFalse(ProviderSecrets.changes(p, vault, false).containsKey(ProviderSecrets.keySlot("p-gw", GW_URL)));
    }

    @Test
    void undoPutsBackWhatEachTouchedSlotHeldAndRemovesWhatWasNew() {
        Map<String, String> before = Map.of("a", "old-a");
        Map<String, String> changes = Map.of("a", "new-a", "b", "new-b");

        assertEquals(Map.of("a", "old-a", "b", ""), ProviderSecrets.undo(changes, before));
    }

    @Test
    void aFileThatLeftASecretValueOutKeepsTheSavedValueForThatName() {
        ProviderConfig saved = gateway();
        ProviderConfig incoming = gateway();
        incoming.extraHeaders.set(0, new NameValue("cf-aig-authorization", ""));
        incoming.extraHeaders.set(1, new NameValue("X-Team", ""));
        incoming.extraQuery.set(1, new NameValue("sig", ""));

        ProviderSecrets.keepOmitted(incoming, saved);

        assertEquals(GATEWAY, incoming.extraHeaders.get(0).value());
        assertEquals("", incoming.extraHeaders.get(1).value(), "a plain value the file emptied stays empty");
        assertEquals(SIG, incoming.extraQuery.get(1).value());
    }

    @Test
    void aSecretValueTheFileStatesReplacesTheSavedOne() {
        ProviderConfig incoming = gateway();
        incoming.extraHeaders.set(0, new NameValue("cf-aig-authorization", "Bearer cfut_fromTheFile0123456789"));

        ProviderSecrets.keepOmitted(incoming, gateway());

        assertEquals("Bearer cfut_fromTheFile0123456789", incoming.extraHeaders.get(0).value());
    }
}
