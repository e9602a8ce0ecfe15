package dev.modeldeck.core.i18n;

import dev.modeldeck.core.json.JsonException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Every user-visible word goes through here. Pages install {@code chrome.i18n} and the browser's
 * {@code Intl} at start; on the JVM the English catalog shipped in {@code extension/_locales/en} is
 * read from the classpath, so tests see exactly what users see.
 *
 * <p>Keys are literal strings at the call site (a test checks each exists in every catalog).
 * Plurals use two keys, {@code base_one} and {@code base_other}; {@code $1} is the formatted count.
 */
public final class I18n {
    private static Catalog catalog;
    private static LocaleFormat format;

    private I18n() { }

    public static void install(Catalog c, LocaleFormat f) {
        catalog = c;
        format = f;
    }

    /** The message for {@code key}; the key itself in brackets when a catalog lacks it, so a gap is visible, not blank. */
    public static String t(String key, String... args) {
        String text = catalog().message(key, args);
        return text.isEmpty() ? "[" + key + "]" : text;
    }

    /** {@code base_one} when n == 1, else {@code base_other}; $1 is n formatted for the locale, $2… are {@code args}. */
    public static String plural(String base, long n, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = format().integer(n);
        System.arraycopy(args, 0, all, 1, args.length);
        return t(n == 1 ? base + "_one" : base + "_other", all);
    }

    /** Text in the language's quotation marks: “…” in English, „…“ in German. */
    public static String quoted(String text) {
        return t("quoted", text);
    }

    /** The extension's URL scheme, e.g. {@code chrome-extension://}: the placeholder of the allowed-origins advice. */
    public static String extensionScheme() {
        return catalog().extensionScheme();
    }

    public static String language() {
        return catalog().language();
    }

    public static LocaleFormat format() {
        if (format == null) {
            format = new EnglishFormat();
        }
        return format;
    }

    private static Catalog catalog() {
        if (catalog == null) {
            catalog = classpathEnglish();
        }
        return catalog;
    }

    /** JVM only: the English catalog on the classpath. Pages always install theirs before first use. */
    private static Catalog classpathEnglish() {
        try (InputStream in = I18n.class.getResourceAsStream("/_locales/en/messages.json")) {
            if (in == null) {
                throw new IllegalStateException("no catalog installed and _locales/en/messages.json is not on the classpath");
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                bytes.write(buf, 0, n);
            }
            return JsonCatalog.parse("en", new String(bytes.toByteArray(), StandardCharsets.UTF_8));
        } catch (IOException | JsonException e) {
            throw new IllegalStateException("cannot read the English catalog", e);
        }
    }
}
