package dev.modeldeck.ui.dom;

import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.xml.CharacterData;
import org.teavm.jso.dom.xml.Node;

/**
 * A fluent wrapper for building DOM from text. There is deliberately no way to set HTML from a
 * string here: text goes in through textContent and text nodes only, so nothing a provider or a
 * model returns can become markup.
 */
public final class El {
    private static final HTMLDocument DOC = HTMLDocument.current();
    private final HTMLElement node;

    private El(HTMLElement node) { this.node = node; }

    public static El tag(String name) { return new El(DOC.createElement(name)); }
    public static El wrap(HTMLElement e) { return e == null ? null : new El(e); }
    public static El byId(String id) { return wrap(DOC.getElementById(id)); }
    public static El div(String cls) { return tag("div").cls(cls); }
    public static El span(String cls, String text) { return tag("span").cls(cls).text(text); }
    public static El button(String label) { return tag("button").attr("type", "button").text(label); }
    public static El heading(int level, String text) { return tag("h" + level).text(text); }

    public HTMLElement node() { return node; }

    public El cls(String c) { if (c != null && !c.isEmpty()) { node.setClassName(c); } return this; }
    public El addCls(String c) { return toggleCls(c, true); }
    public El toggleCls(String c, boolean on) {
        if (on) {
            node.getClassList().add(c);
        } else {
            node.getClassList().remove(c);
        }
        return this;
    }
    public El attr(String name, String value) {
        if (value == null) {
            node.removeAttribute(name);
        } else {
            node.setAttribute(name, value);
        }
        return this;
    }
    public String attr(String name) { return node.getAttribute(name); }
    public El id(String id) { return attr("id", id); }
    public El text(String t) { node.setTextContent(t == null ? "" : t); return this; }
    public String text() { return node.getTextContent(); }
    public El title(String t) { return attr("title", t); }
    public El label(String ariaLabel) { return attr("aria-label", ariaLabel); }
    public El role(String role) { return attr("role", role); }
    public El hidden(boolean h) { node.setHidden(h); return this; }
    public El busy(boolean b) { return attr("aria-busy", b ? "true" : "false"); }
    public El disabled(boolean d) { return attr("disabled", d ? "" : null); }
    public El data(String key, String value) { return attr("data-" + key, value); }

    public El add(El child) { if (child != null) { node.appendChild(child.node); } return this; }
    public El add(El... children) { for (El c : children) { add(c); } return this; }
    public El addText(String t) { node.appendChild(DOC.createTextNode(t)); return this; }
    /** Appends a text node and returns it, for text that grows in place: appendData costs the same at any length. */
    public CharacterData addTextNode(String t) {
        // TeaVM's Text mirror lacks CharacterData, which the platform's Text extends; interface casts are free.
        CharacterData text = (CharacterData) DOC.createTextNode(t);
        node.appendChild(text);
        return text;
    }
    public El clear() {
        while (node.getFirstChild() != null) {
            node.removeChild(node.getFirstChild());
        }
        return this;
    }
    public El remove() {
        Node parent = node.getParentNode();
        if (parent != null) {
            parent.removeChild(node);
        }
        return this;
    }
    public El replaceChildren(El... children) { clear(); return add(children); }

    public El on(String event, Runnable handler) {
        node.addEventListener(event, (EventListener<Event>) e -> handler.run());
        return this;
    }
    public El onEvent(String event, EventListener<Event> handler) {
        node.addEventListener(event, handler);
        return this;
    }
    /** Click handler that runs in a green thread, so it may wait on the network or storage. */
    public El onClickAsync(Runnable handler) { return on("click", () -> Async.run(handler)); }
    public El onClick(Runnable handler) { return on("click", handler); }

    public El focus() { node.focus(); return this; }

    // Form controls: inputs, selects and textareas share value and checked (JSO casts are not checked at run time).
    public String value() {
        String v = control().getValue();
        return v == null ? "" : v;
    }
    public El value(String v) { control().setValue(v == null ? "" : v); return this; }
    public boolean checked() { return control().isChecked(); }
    public El checked(boolean c) { control().setChecked(c); return this; }
    private HTMLInputElement control() { return (HTMLInputElement) node; }

    /** A labelled form field: a label element tied to the control by id (the accessible name). */
    public static El field(String id, String labelText, El control) {
        control.id(id);
        return div("field").add(tag("label").attr("for", id).text(labelText), control);
    }
}
