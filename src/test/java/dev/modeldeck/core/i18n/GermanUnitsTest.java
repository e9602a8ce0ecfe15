package dev.modeldeck.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With the German catalog and German separators installed, units, plurals and quotes read as German. */
class GermanUnitsTest {
    /** German separators the way Intl writes them: 1.234,5. */
    private static final class GermanSeparators implements LocaleFormat {
        private final EnglishFormat english = new EnglishFormat();

        @Override public String integer(long n) { return swap(english.integer(n)); }
        @Override public String decimal(double n, int digits) { return swap(english.decimal(n, digits)); }
        @Override public String time(long ms) { return english.time(ms); }
        @Override public String dateTime(long ms) { return english.dateTime(ms); }

        private static String swap(String s) {
            StringBuilder sb = new StringBuilder();
            for (char c : s.toCharArray()) {
                sb.append(c == ',' ? '.' : c == '.' ? ',' : c);
            }
            return sb.toString();
        }
    }

    @BeforeEach
    void german() throws Exception {
        String text = Files.readString(Paths.get("extension", "_locales", "de", "messages.json"), StandardCharsets.UTF_8);
        I18n.install(JsonCatalog.parse("de", text), new GermanSeparators());
    }

    @AfterEach
    void english() throws Exception {
        String text = Files.readString(Paths.get("extension", "_locales", "en", "messages.json"), StandardCharsets.UTF_8);
        I18n.install(JsonCatalog.parse("en", text), new EnglishFormat());
    }

    @Test
    void unitsAgesAndQuotesAreGerman() {
        assertEquals("1,4 s", Units.elapsed(1449));
        assertEquals("1 min 30 s", Units.duration(90_000));
        assertEquals("gerade eben", Units.ago(0, 10_000));
        assertEquals("vor 3 Tagen", Units.ago(0, 3 * 86_400_000L));
        assertEquals("1,5M", Units.tokens(1_500_000));
        assertEquals("„Local demo“", I18n.quoted("Local demo"));
        assertEquals("de", I18n.language());
        assertEquals("12.345", I18n.format().integer(12_345));
    }
}
