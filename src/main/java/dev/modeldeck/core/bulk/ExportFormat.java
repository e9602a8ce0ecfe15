package dev.modeldeck.core.bulk;

/** The providers file: its identifying header, the version this build writes and reads, and the import limits. */
public final class ExportFormat {
    /** Value of the top-level "format" member; anything else is not our file. */
    public static final String FORMAT = "modeldeck-providers";
    /** Version written by this build, and the newest version it reads. */
    public static final int VERSION = 1;
    /** Value of "keyProtection" when every exported key was wrapped by the key vault's passphrase. */
    public static final String KEY_PROTECTION_VAULT = "vault-passphrase";

    // What one import may make us store. localStorage holds 5,242,880 characters for everything, so a file
    // gets at most a fifth of it, and no single member can take more than a real setting needs.

    /** Largest import text, in characters (checked before parsing). */
    public static final long MAX_CHARS = 1024L * 1024;
    /** Most providers (or URL lines) one import may carry. */
    public static final int MAX_PROVIDERS = 500;
    /** Longest provider name, after trimming; also the longest model alias. */
    public static final int MAX_NAME_LENGTH = 100;
    /** Longest provider id. */
    public static final int MAX_ID_LENGTH = 100;
    /** Longest base URL or attribution URL. */
    public static final int MAX_URL_LENGTH = 2048;
    /** Longest API key as written in the file (a wrapped key is about twice its plain length). */
    public static final int MAX_KEY_LENGTH = 16_384;
    /** Longest preset, auth style, header name, organization, project, app title or model type. */
    public static final int MAX_SHORT_TEXT = 256;
    /** Longest model id (default model, custom model, model preference). */
    public static final int MAX_MODEL_ID_LENGTH = 512;
    /** Longest value of an extra header or query parameter. */
    public static final int MAX_PAIR_VALUE_LENGTH = 4096;
    /** Most extra headers, and most extra query parameters, per provider. */
    public static final int MAX_PAIRS = 50;
    /** Most custom models per provider. */
    public static final int MAX_CUSTOM_MODELS = 1000;
    /** Most model preferences per provider. */
    public static final int MAX_MODEL_PREFS = 2000;

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
