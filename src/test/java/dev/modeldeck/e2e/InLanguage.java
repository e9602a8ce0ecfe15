package dev.modeldeck.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Runs an e2e class with Chromium's UI language set to this tag; steps written with English names are translated. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface InLanguage {
    String value();
}
