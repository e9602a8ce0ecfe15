package dev.modeldeck.e2e;

import dev.modeldeck.testsupport.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * The XSS trap and DOM checks shared by the hostile-input e2e tests: a trap installed before any
 * page code records {@code __xss(n)} calls, alert()s and CSP violations; the DOM check lists every
 * way provider or model text could have become markup, script or a dangerous link.
 */
final class PageSafety {
    static final Path XSS = Fixtures.path("xss");

    /** Defines the trap; idempotent, so injecting it again after load keeps earlier hits. */
    static final String TRAP = "(function () {"
        + "  if (window.__xssTrap) { return; }"
        + "  window.__xssTrap = true;"
        + "  window.__trapEarly = typeof window.main === 'undefined'"
        + "    && !(document.documentElement && document.documentElement.dataset.ready);"
        + "  window.__xssHits = [];"
        + "  window.__cspViolations = [];"
        + "  window.__xss = function (n) { window.__xssHits.push(String(n)); };"
        + "  ['alert', 'confirm', 'prompt'].forEach(function (f) {"
        + "    window[f] = function () { window.__xssHits.push(f + ':' + Array.prototype.join.call(arguments, ',')); };"
        + "  });"
        + "  document.addEventListener('securitypolicyviolation', function (e) {"
        + "    window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || ''));"
        + "  }, true);"
        + "})();";

    private PageSafety() { }

    /**
     * Every way markup could have got into the page; one line per problem. Argument 0: the page's own
     * script files. Links must be http(s)/mailto and carry rel noopener and noreferrer.
     */
    static final String DOM_CHECK = "var problems = [], ownScripts = arguments[0];"
        + "var app = document.getElementById('app');"
        + "var forbidden = ['script','iframe','object','embed','frame','frameset','base','meta','link','style','svg','math',"
        + "  'img','video','audio','source','template','noscript','form','marquee','x','body','animate','maction','mglyph',"
        + "  'mtext','isindex','image','scr','applet'];"
        + "app.querySelectorAll('*').forEach(function (el) {"
        + "  if (forbidden.indexOf(el.localName.toLowerCase()) >= 0) { problems.push('element <' + el.localName + '> in #app'); }"
        + "});"
        + "Array.prototype.forEach.call(document.scripts, function (s) {"
        + "  var src = s.getAttribute('src');"
        + "  if (ownScripts.indexOf(src) < 0) { problems.push('script ' + (src || s.textContent.slice(0, 60))); }"
        + "});"
        + "['iframe','object','embed','frame'].forEach(function (t) {"
        + "  var n = document.getElementsByTagName(t).length; if (n) { problems.push(n + ' <' + t + '> in the document'); }"
        + "});"
        + "var urlAttrs = ['href','src','action','formaction','xlink:href','data','background','poster','codebase','cite','ping','srcset'];"
        + "document.querySelectorAll('*').forEach(function (el) {"
        + "  for (var i = 0; i < el.attributes.length; i++) {"
        + "    var a = el.attributes[i], name = a.name.toLowerCase();"
        + "    var v = a.value.replace(/[\\u0000-\\u0020\\u00a0\\ufeff\\u200b-\\u200f\\u202a-\\u202e]/g, '').toLowerCase();"
        + "    if (name.indexOf('on') === 0) { problems.push(el.localName + ' has handler attribute ' + name); }"
        + "    if (name === 'srcdoc') { problems.push(el.localName + ' has srcdoc'); }"
        + "    if (urlAttrs.indexOf(name) >= 0 && /^(javascript|vbscript|data):/.test(v)) {"
        + "      problems.push(el.localName + ' ' + name + '=' + a.value.slice(0, 60)); }"
        + "    if (name === 'style' && /expression|javascript:|url\\(/.test(v)) { problems.push(el.localName + ' style=' + a.value.slice(0, 60)); }"
        + "  }"
        + "});"
        + "document.querySelectorAll('a[href], area[href]').forEach(function (a) {"
        + "  if (['http:', 'https:', 'mailto:'].indexOf(a.protocol) < 0) { problems.push('link to ' + a.getAttribute('href').slice(0, 60)); }"
        + "  var rel = (a.getAttribute('rel') || '').toLowerCase().split(/\\s+/);"
        + "  if (rel.indexOf('noopener') < 0 || rel.indexOf('noreferrer') < 0) {"
        + "    problems.push('link without rel=noopener noreferrer: ' + a.getAttribute('href').slice(0, 60)); }"
        + "});"
        + "return problems;";

    /** Installs the trap for every document the driver opens from now on; returns its id for {@link #uninstall}. */
    static String install(WebDriver d) {
        @SuppressWarnings("unchecked")
        Map<String, Object> r = ((HasCdp) d).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
            Map.of("source", TRAP));
        return String.valueOf(r.get("identifier"));
    }

    static void uninstall(WebDriver d, String id) {
        ((HasCdp) d).executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", id));
    }

    static List<String> payloads() throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(XSS.resolve("payloads.txt"), StandardCharsets.UTF_8)) {
            if (!line.isEmpty()) {
                out.add(line);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        for (Object x : (List<Object>) o) {
            out.add(String.valueOf(x));
        }
        return out;
    }
}
