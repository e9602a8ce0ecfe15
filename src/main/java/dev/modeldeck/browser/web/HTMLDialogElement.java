package dev.modeldeck.browser.web;

import org.teavm.jso.dom.html.HTMLElement;

/** Mirror of HTML's {@code HTMLDialogElement}. */
public abstract class HTMLDialogElement extends HTMLElement {
    public abstract void showModal();

    public abstract void close();
}
