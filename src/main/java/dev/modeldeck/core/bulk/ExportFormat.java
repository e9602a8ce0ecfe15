package dev.modeldeck.core.bulk;

/** The providers file: its identifying header, the version this build writes and reads, and the import limits. */
public final class ExportFormat {
    /** Value of the top-level "format" member; anything else is not our file. */
    public static final String FORMAT = "modeldeck-providers";
    /** Version written by this build, and the newest version it reads. */
    public static final int VERSION = 1;
    /** Value of "keyProtection" when every exported key was wrapped by the key vault's passphrase. */
    public static final String KEY_PROTECTION_VAULT = "vault-passphrase";

    /** Largest import text, in characters (checked before parsing). */
    public static final long MAX_CHARS = 5L * 1024 * 1024;
    /** Most providers (or URL lines) one import may carry. */
    public static final int MAX_PROVIDERS = 500;
    /** Longest provider name, after trimming. */
    public static final int MAX_NAME_LENGTH = 100;
    /** Longest provider id. */
    public static final int MAX_ID_LENGTH = 100;

    // Member names of the header.
    public static final String F_FORMAT = "format";
    public static final String F_VERSION = "version";
    public static final String F_EXPORTED_AT = "exportedAt";
    public static final String F_INCLUDES_KEYS = "includesKeys";
    public static final String F_KEY_PROTECTION = "keyProtection";
    public static final String F_PROVIDERS = "providers";
    /** Without keys: how many secret header and query values were left out (absent when none). */
    public static final String F_SECRET_VALUES_OMITTED = "secretValuesOmitted";
    /** On an extra header or query pair whose secret value was left out (its name is kept). */
    public static final String F_VALUE_OMITTED = "valueOmitted";

    private ExportFormat() { }
}
