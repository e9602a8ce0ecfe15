package dev.modeldeck.ui.options;

import dev.modeldeck.browser.Promises;
import dev.modeldeck.browser.Settled;
import dev.modeldeck.browser.web.File;
import org.teavm.jso.core.JSString;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.file.FileList;

/** The file chosen in an <input type=file>: its name and size first, its text only when asked. */
final class FileRead {
    private FileRead() { }

    /** The first chosen file, or null. */
    static File chosen(HTMLElement input) {
        FileList files = ((HTMLInputElement) input).getFiles();
        return files == null || files.getLength() == 0 ? null : (File) files.get(0);
    }

    /** Lets the same file be chosen again (no change event fires otherwise). */
    static void clear(HTMLElement input) {
        ((HTMLInputElement) input).setValue("");
    }

    /** The file's text (UTF-8), blocking the green thread; null with {@code error[0]} set when it can't be read. */
    static String text(File file, String[] error) {
        Settled<JSString> s = Promises.await(file.text());
        if (!s.isOk()) {
            error[0] = s.getError();
            return null;
        }
        return s.getValue().stringValue();
    }
}
