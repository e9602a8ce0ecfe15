package dev.modeldeck.browser.web;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;

/** Mirror of ECMA-402's {@code Intl.NumberFormat}. */
@JSClass(name = "Intl.NumberFormat")
public class NumberFormat implements JSObject {
    public NumberFormat(String locales, NumberFormatOptions options) {
    }

    public native String format(double value);
}
