package dev.modeldeck.ui.options;

import dev.modeldeck.browser.Timers;
import dev.modeldeck.browser.web.URL;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSString;
import org.teavm.jso.dom.html.HTMLAnchorElement;
import org.teavm.jso.dom.html.HTMLBodyElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.file.Blob;
import org.teavm.jso.file.BlobPropertyBag;

/** Saves text as a file through the browser's download: a Blob, an object URL and a temporary <a download>. */
final class FileDownload {
    /** Long enough for the browser to start the download before the URL goes away. */
    private static final int REVOKE_AFTER_MS = 1000;

    private FileDownload() { }

    static void save(String text, String fileName, String mime) {
        String url = URL.createObjectURL(new Blob(JSArray.of(JSString.valueOf(text)), BlobPropertyBag.create().type(mime)));
        HTMLDocument document = HTMLDocument.current();
        HTMLAnchorElement a = (HTMLAnchorElement) document.createElement("a");
        a.setHref(url);
        a.setDownload(fileName);
        a.setHidden(true);
        HTMLBodyElement body = document.getBody();
        body.appendChild(a);
        a.click();
        Timers.after(REVOKE_AFTER_MS, () -> {
            URL.revokeObjectURL(url);
            if (a.getParentNode() != null) {
                a.getParentNode().removeChild(a);
            }
        });
    }
}
