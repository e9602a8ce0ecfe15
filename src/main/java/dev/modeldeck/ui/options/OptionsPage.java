package dev.modeldeck.ui.options;

import dev.modeldeck.ui.dom.El;
import dev.modeldeck.ui.shared.PageShell;

/** Entry point of options.html. */
public final class OptionsPage {
    private OptionsPage() { }

    public static void main(String[] args) {
        El app = PageShell.root();
        app.add(El.heading(1, "ModelDeck providers"));
        PageShell.ready(app);
    }
}
