package dev.modeldeck.security;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * No hand-written code may turn a string into markup or code: the DOM is built from text only
 * (ui/dom/El), so a provider's or a model's words can never run. Also pins the manifest's
 * permissions and CSP.
 */
class SinkCheckTest {
    static final Path BASE = Paths.get("").toAbsolutePath();

    @Test
    void noHtmlOrCodeSinkInHandWrittenSources() {
        List<Path> files = SinkScanner.sourceFiles(BASE);
        List<String> names = files.stream().map(p -> SinkScanner.relative(BASE, p)).collect(Collectors.toList());
        assertTrue(names.contains("extension/js/boot.js") && names.contains("extension/options.html")
            && names.contains("extension/css/options.css") && names.contains("src/main/java/dev/modeldeck/ui/dom/El.java"),
            "the scan covers the pages, scripts, styles and Java sources: " + names.size() + " files");
        assertTrue(names.stream().filter(n -> n.startsWith("src/main/java/")).count() > 100, "all main Java sources scanned");
        assertFalse(names.stream().anyMatch(n -> n.startsWith("src/test/") || n.startsWith("target/")));

        List<SinkScanner.Hit> hits = SinkScanner.scanFiles(BASE, files);
        assertTrue(hits.isEmpty(), "HTML/code sinks found (build DOM with ui/dom/El, text only):\n"
            + hits.stream().map(Object::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void everySinkIsFoundInJavaScript() {
        String sample = String.join("\n",
            "el.innerHTML = x;",                          // 1
            "el.outerHTML = x;",                          // 2
            "el.insertAdjacentHTML('beforeend', x);",     // 3
            "document.write(x);",                         // 4
            "document.writeln(x);",                       // 5
            "var r = eval(x);",                           // 6
            "var f = new Function('a', x);",              // 7
            "setTimeout(\"go()\", 10);",                  // 8
            "setInterval('tick()', 10);",                 // 9
            "frame.srcdoc = x;",                          // 10
            "range.createContextualFragment(x);",         // 11
            "el.setHTMLUnsafe(x);",                       // 12
            "new DOMParser().parseFromString(x, 't');",   // 13
            "window.eval (x);",                           // 14
            "var g = Function(`return 1`);");             // 15
        List<SinkScanner.Hit> hits = SinkScanner.scan("sample.js", sample);
        assertLines(hits, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        assertTrue(hits.get(0).toString().startsWith("sample.js:1: innerHTML"), hits.get(0).toString());
    }

    @Test
    void everySinkIsFoundInJavaIncludingJsBodyScripts() {
        String sample = String.join("\n",
            "class Sample {",                                                              // 1
            "  @JSBody(params = {\"e\", \"h\"}, script = \"e.innerHTML = h;\")",           // 2
            "  static native void set(HTMLElement e, String h);",                          // 3
            "  void a(HTMLElement e, String h) { e.setInnerHTML(h); }",                    // 4
            "  @JSBody(params = \"s\", script = \"return eval(s);\")",                     // 5
            "  static native Object run(String s);",                                       // 6
            "  @JSBody(script = \"setTimeout(\\\"tick()\\\", 5);\")",                      // 7
            "  static native void later();",                                               // 8
            "  @JSBody(params = \"s\", script = \"return new Function(s)();\")",           // 9
            "  static native Object fn(String s);",                                        // 10
            "  void b(El e) { e.attr(\"srcdoc\", x); }",                                   // 11
            "  @JSBody(params = \"h\", script = \"document.write(h);\")",                  // 12
            "  static native void w(String h);",                                           // 13
            "}");
        assertLines(SinkScanner.scan("Sample.java", sample), 2, 4, 5, 7, 9, 11, 12);
    }

    @Test
    void markupAndStyleSinksAreFound() {
        String html = String.join("\n",
            "<!doctype html>",                                    // 1
            "<script src=\"js/boot.js\"></script>",               // 2 (fine)
            "<script>main();</script>",                           // 3
            "<button onclick=\"go()\">x</button>",                // 4
            "<a href=\"javascript:go()\">x</a>",                  // 5
            "<iframe src=\"x.html\"></iframe>",                   // 6
            "<div id=\"app\"></div>");                            // 7 (fine)
        assertLines(SinkScanner.scan("page.html", html), 3, 4, 5, 6);
        String css = String.join("\n",
            "body { color: red; }",                               // 1 (fine)
            "div { width: expression(alert(1)); }",               // 2
            "p { background: url(javascript:go()); }",            // 3
            "a { behavior: url(x.htc); }");                       // 4
        assertLines(SinkScanner.scan("style.css", css), 2, 3, 4);
    }

    @Test
    void commentsAndSafeLookAlikesAreNotSinks() {
        String js = String.join("\n",
            "// never use innerHTML here",
            "/* eval(x) would be wrong;",
            "   so would document.write(x) */",
            "el.textContent = x;",
            "var url = \"http://example.invalid/innerText\"; // innerHTML in a comment",
            "setTimeout(handler, 10);",
            "var v = retrieval(x) + evaluate(y);",
            "node.appendChild(document.createTextNode(x));");
        assertEquals(List.of(), SinkScanner.scan("safe.js", js));
        String java = String.join("\n",
            "/** Text only: there is no way to set innerHTML here. */",
            "java.util.function.Function<String, String> f = s -> s;",
            "String u = \"https://x.invalid/a\"; // see insertAdjacentHTML docs",
            "char q = '\"'; String after = \"ok\";");
        assertEquals(List.of(), SinkScanner.scan("Safe.java", java));
        assertEquals(List.of(), SinkScanner.scan("page.html", "<!-- <script>alert(1)</script> -->\n<p>ok</p>"));
    }

    @Test
    void manifestAsksForOptionalOriginsOnlyWithAStrictCsp() throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(Files.readString(BASE.resolve("manifest.json")));
        assertEquals(List.of(), ManifestRules.problems(manifest));
        assertEquals(3, manifest.path("manifest_version").asInt(), "MV3");
    }

    @Test
    void manifestRulesCatchEachLooseSetting() throws Exception {
        JsonNode loose = new ObjectMapper().readTree("{"
            + "\"host_permissions\": [\"<all_urls>\"],"
            + "\"optional_host_permissions\": [\"http://*/*\", \"https://*/*\", \"file:///*\"],"
            + "\"permissions\": [\"storage\", \"tabs\", \"scripting\"],"
            + "\"content_security_policy\": {\"extension_pages\": \"script-src 'self' 'unsafe-eval'; object-src 'self'\"}}");
        List<String> problems = ManifestRules.problems(loose);
        String all = String.join("\n", problems);
        assertEquals(5, problems.size(), all);
        assertTrue(all.contains("host_permissions must not") && all.contains("optional_host_permissions must be exactly")
            && all.contains("tabs") && all.contains("scripting") && all.contains("object-src 'none'")
            && all.contains("unsafe-eval"), all);
        JsonNode noCsp = new ObjectMapper().readTree("{\"optional_host_permissions\": [\"http://*/*\", \"https://*/*\"],"
            + "\"permissions\": [\"storage\"]}");
        assertEquals(3, ManifestRules.problems(noCsp).size(), String.join("\n", ManifestRules.problems(noCsp)));
    }

    private static void assertLines(List<SinkScanner.Hit> hits, int... lines) {
        List<Integer> found = new ArrayList<>();
        for (SinkScanner.Hit h : hits) {
            if (!found.contains(h.line)) {
                found.add(h.line);
            }
        }
        List<Integer> want = new ArrayList<>();
        for (int l : lines) {
            want.add(l);
        }
        assertEquals(want, found, "lines with sinks; hits:\n" + hits.stream().map(Object::toString).collect(Collectors.joining("\n")));
    }
}
