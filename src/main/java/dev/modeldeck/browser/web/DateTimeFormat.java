package dev.modeldeck.browser.web;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;

/** Mirror of ECMA-402's {@code Intl.DateTimeFormat}. */
@JSClass(name = "Intl.DateTimeFormat")
public class DateTimeFormat implements JSObject {
    public DateTimeFormat(String locales, DateTimeFormatOptions options) {
    }

    /** Formats a time value (milliseconds since the epoch). */
    public native String format(double date);
}
