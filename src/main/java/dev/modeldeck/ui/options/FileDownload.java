package dev.modeldeck.ui.options;

import org.teavm.jso.JSBody;

/** Saves text as a file through the browser's download: a Blob, an object URL and a temporary <a download>. */
final class FileDownload {
    private FileDownload() { }

    @JSBody(params = {"text", "fileName", "mime"}, script =
        "var blob = new Blob([text], {type: mime});"
        + " var url = URL.createObjectURL(blob);"
        + " var a = document.createElement('a');"
        + " a.href = url; a.download = fileName; a.hidden = true;"
        + " document.body.appendChild(a); a.click();"
        + " setTimeout(function() { URL.revokeObjectURL(url); a.remove(); }, 1000);")
    static native void save(String text, String fileName, String mime);
}
