package dev.modeldeck.browser;

import dev.modeldeck.browser.web.DateTimeFormat;
import dev.modeldeck.browser.web.DateTimeFormatOptions;
import dev.modeldeck.browser.web.NumberFormat;
import dev.modeldeck.browser.web.NumberFormatOptions;
import dev.modeldeck.core.i18n.LocaleFormat;

/** {@link LocaleFormat} through the browser's {@code Intl}, in the language the catalog resolved to. */
public final class IntlFormat implements LocaleFormat {
    private final String language;
    /** Formatters by maximum fraction digits: making one costs more than formatting many numbers. */
    private final NumberFormat[] numbers = new NumberFormat[4];

    public IntlFormat(String language) {
        this.language = language;
    }

    @Override
    public String integer(long n) {
        return decimal((double) n, 0);
    }

    @Override
    public String decimal(double n, int maxFractionDigits) {
        if (maxFractionDigits < 0 || maxFractionDigits >= numbers.length) {
            return numberFormat(maxFractionDigits).format(n);
        }
        if (numbers[maxFractionDigits] == null) {
            numbers[maxFractionDigits] = numberFormat(maxFractionDigits);
        }
        return numbers[maxFractionDigits].format(n);
    }

    private NumberFormat numberFormat(int maxFractionDigits) {
        NumberFormatOptions options = NumberFormatOptions.create();
        options.setMaximumFractionDigits(maxFractionDigits);
        return new NumberFormat(language, options);
    }

    @Override
    public String time(long epochMillis) {
        DateTimeFormatOptions options = DateTimeFormatOptions.create();
        options.setHour("numeric");
        options.setMinute("2-digit");
        return new DateTimeFormat(language, options).format((double) epochMillis);
    }

    @Override
    public String dateTime(long epochMillis) {
        DateTimeFormatOptions options = DateTimeFormatOptions.create();
        options.setDateStyle("medium");
        options.setTimeStyle("short");
        return new DateTimeFormat(language, options).format((double) epochMillis);
    }
}
