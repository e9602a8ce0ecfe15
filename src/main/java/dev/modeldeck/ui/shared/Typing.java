package dev.modeldeck.ui.shared;

import dev.modeldeck.browser.web.HTMLElement;
import org.teavm.jso.dom.events.EventTarget;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.xml.Node;

/** Whether a key pressed in an element is text for it: page shortcuts leave such keys alone. */
public final class Typing {
    private Typing() { }

    public static boolean in(EventTarget target) {
        Node node = (Node) target;
        if (node == null || node.getNodeType() != Node.ELEMENT_NODE) {
            return false;
        }
        HTMLElement element = (HTMLElement) node;
        String name = element.getLocalName();
        String type = "input".equals(name) ? ((HTMLInputElement) node).getType() : "";
        return HelpKey.typesText(name, type, element.isContentEditable());
    }
}
