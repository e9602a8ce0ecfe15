package dev.modeldeck.core.diagnosis;

import static dev.modeldeck.core.diagnosis.Harness.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.security.KeyOwner;
import dev.modeldeck.core.security.SecretPatterns;
import org.junit.jupiter.api.Test;

class KeyOwnerHintsTest {
    private static final String BODY = "Ab3dEf6hI0Kl2mNo4pQr";

    @Test
    void everyOwnedPrefixIsNamedWhenItsKeyGoesToAnotherHost() {
        for (KeyOwner owner : SecretPatterns.owners()) {
            Finding f = ConfigurationCheck.check(Harness.custom("https://llm.example.com/v1", AuthStyle.BEARER,
                owner.prefix() + BODY));
            assertEquals(StepStatus.WARNING, f.status(), owner.name());
            contains(f.summary(), owner.name() + " key", owner.prefix(), "llm.example.com");
            contains(f.fix(), owner.baseUrl());
        }
    }

    @Test
    void everyOwnedKeyFitsItsOwnBaseUrl() {
        for (KeyOwner owner : SecretPatterns.owners()) {
            Finding f = ConfigurationCheck.check(Harness.custom(owner.baseUrl(), AuthStyle.BEARER, owner.prefix() + BODY));
            assertEquals(StepStatus.OK, f.status(), owner.name() + ": " + f.summary());
        }
    }
}
