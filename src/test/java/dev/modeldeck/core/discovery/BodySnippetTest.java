package dev.modeldeck.core.discovery;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class BodySnippetTest {
    @Test
    void longBodiesAreCutTo160CharactersWithAnEllipsis() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            sb.append("word ");
        }
        String s = BodySnippet.of(sb.toString(), Collections.emptyList());
        assertEquals(BodySnippet.MAX_CHARS, s.length());
        assertTrue(s.endsWith("\u2026"));
    }

    @Test
    void whitespaceIsCollapsedAndTrimmed() {
        assertEquals("a b c", BodySnippet.of("\n\n  a \t\r\n b\u00a0\u00a0c  \n", Collections.emptyList()));
    }

    @Test
    void htmlBecomesItsVisibleText() {
        String html = "<html><head><script>var k='x';</script><!-- secret comment --></head>"
                + "<body><h1>Access&nbsp;denied</h1><p>Ray &lt;id&gt; &quot;abc&quot; &#39;q&#39; &bogus;</p></body></html>";
        assertEquals("Access denied Ray <id> \"abc\" 'q' &bogus;", BodySnippet.of(html, Collections.emptyList()));
    }

    @Test
    void unterminatedTagDoesNotSwallowEarlierText() {
        assertEquals("before", BodySnippet.of("before <div class=", Collections.emptyList()));
    }

    @Test
    void secretsAreRedactedEvenWhenPastTheCutOrSplitByTags() {
        String key = "sk-abcdefghijklmnop";
        String s = BodySnippet.of("key " + key + " rest", Arrays.asList(key));
        assertEquals("key [redacted] rest", s);
        String split = BodySnippet.of("sk-abcdefgh<b></b>ijklmnop", Arrays.asList(key.replace("sk-abcdefgh", "sk-abcdefgh ")));
        assertFalse(split.contains("ijklmnop"), split);
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 3995; i++) {
            big.append('x');
        }
        big.append(key);
        assertFalse(BodySnippet.of(big.toString(), Arrays.asList(key)).contains("sk-abc"));
    }

    @Test
    void onlyTheStartOfAHugeBodyIsProcessed() {
        StringBuilder sb = new StringBuilder("<p>start</p>");
        for (int i = 0; i < 2_000_000; i++) {
            sb.append("<i>x</i>");
        }
        String s = BodySnippet.of(sb.toString(), Collections.emptyList());
        assertTrue(s.startsWith("start x x"));
        assertTrue(s.length() <= BodySnippet.MAX_CHARS, "bounded: " + s.length());
    }
}
