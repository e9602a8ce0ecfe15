package dev.modeldeck.browser.web;

import org.teavm.jso.JSProperty;

/** Mirror of the web {@code HTMLElement}: teavm-jso-apis' one plus members it lacks (from Node, Element and its mixins). */
public abstract class HTMLElement extends org.teavm.jso.dom.html.HTMLElement {
    /** Node.isConnected: still in a document. (Named explicitly: JSO would read "connected".) */
    @JSProperty("isConnected")
    public abstract boolean isConnected();

    /** ElementContentEditable.isContentEditable (not contentEditable, which is the string "inherit" or "true"). */
    @JSProperty("isContentEditable")
    public abstract boolean isContentEditable();

    /** Node.parentElement: null at the root, unlike parentNode. */
    @JSProperty
    public abstract HTMLElement getParentElement();

    /** Element.matches(selectors). */
    public abstract boolean matches(String selectors);
}
