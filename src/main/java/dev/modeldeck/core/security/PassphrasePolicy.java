package dev.modeldeck.core.security;

import dev.modeldeck.core.i18n.I18n;

/** Rules for new passphrases, shared by the vault and the form that asks for one. */
public final class PassphrasePolicy {
    public static final int MIN_LENGTH = 8;

    private PassphrasePolicy() { }

    /** The problem to show next to the field, or null when the passphrase is acceptable. */
    public static String problem(String passphrase) {
        if (passphrase == null || passphrase.codePointCount(0, passphrase.length()) < MIN_LENGTH) {
            return I18n.t("sec_passphrase_too_short", I18n.format().integer(MIN_LENGTH));
        }
        return null;
    }

    static void require(String passphrase) throws VaultException {
        String problem = problem(passphrase);
        if (problem != null) {
            throw new VaultException(VaultException.Reason.WEAK_PASSPHRASE, problem);
        }
    }
}
