package dev.modeldeck.ui.options;

import dev.modeldeck.ui.dom.El;

/** Bulk actions over the selected providers. */
final class BulkToolbar {
    private BulkToolbar() { }

    static El create(OptionsPage page) { return El.span("bulk", null); }

    static void selectionChanged(int count) { }
}
