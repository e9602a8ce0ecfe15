package dev.modeldeck.browser;

import dev.modeldeck.core.i18n.LocaleFormat;
import org.teavm.jso.JSBody;

/** {@link LocaleFormat} through the browser's {@code Intl}, in the language the catalog resolved to. */
public final class IntlFormat implements LocaleFormat {
    private final String language;

    public IntlFormat(String language) {
        this.language = language;
    }

    @Override
    public String integer(long n) {
        return number(language, (double) n, 0);
    }

    @Override
    public String decimal(double n, int maxFractionDigits) {
        return number(language, n, maxFractionDigits);
    }

    @Override
    public String time(long epochMillis) {
        return time(language, (double) epochMillis);
    }

    @Override
    public String dateTime(long epochMillis) {
        return dateTime(language, (double) epochMillis);
    }

    @JSBody(params = {"lang", "n", "digits"},
            script = "return new Intl.NumberFormat(lang, {maximumFractionDigits: digits}).format(n);")
    private static native String number(String lang, double n, int digits);

    @JSBody(params = {"lang", "ms"},
            script = "return new Date(ms).toLocaleTimeString(lang, {hour: 'numeric', minute: '2-digit'});")
    private static native String time(String lang, double ms);

    @JSBody(params = {"lang", "ms"},
            script = "return new Date(ms).toLocaleString(lang, {dateStyle: 'medium', timeStyle: 'short'});")
    private static native String dateTime(String lang, double ms);
}
