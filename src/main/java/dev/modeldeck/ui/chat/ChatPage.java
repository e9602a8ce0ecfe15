package dev.modeldeck.ui.chat;

import dev.modeldeck.ui.dom.El;
import dev.modeldeck.ui.shared.PageShell;

/** Entry point of popup.html and sidepanel.html (same chat, two sizes). */
public final class ChatPage {
    private ChatPage() { }

    public static void main(String[] args) {
        El app = PageShell.root();
        app.add(El.heading(1, "ModelDeck"));
        PageShell.ready(app);
    }
}
