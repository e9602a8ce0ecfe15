package dev.modeldeck.ui.markdown;

import org.teavm.classlib.ResourceSupplier;
import org.teavm.classlib.ResourceSupplierContext;

/**
 * Build-time only: tells TeaVM to bundle commonmark's HTML entity table. commonmark reads it with
 * getResourceAsStream the first time a message contains an entity ("&amp;", "&#95;"); without the
 * table in the bundle that read returns null and rendering the message crashes.
 * Registered in META-INF/services/org.teavm.classlib.ResourceSupplier.
 */
public final class CommonmarkResources implements ResourceSupplier {
    @Override
    public String[] supplyResources(ResourceSupplierContext context) {
        return new String[] {"org/commonmark/internal/util/entities.txt"};
    }
}
