package dev.modeldeck.core.chat.markdown;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockSplitterTest {
    private static List<String> feedByChar(BlockSplitter s, String text) {
        List<String> blocks = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            String b = s.append(text.substring(i, i + 1));
            if (b != null) {
                blocks.add(b);
            }
        }
        return blocks;
    }

    @Test
    void paragraphsAreHandedOutWhenTheBlankLineArrives() {
        BlockSplitter s = new BlockSplitter();
        List<String> blocks = feedByChar(s, "Hello **world**\n\nSecond para");
        assertEquals(List.of("Hello **world**\n\n"), blocks);
        assertEquals("Second para", s.tail());
        assertEquals("Second para", s.finish());
        assertNull(s.finish());
    }

    @Test
    void blankLinesInsideACodeFenceDoNotSplitIt() {
        BlockSplitter s = new BlockSplitter();
        List<String> blocks = feedByChar(s, "```python\nx = 1\n\ny = 2\n```\nafter");
        assertEquals(List.of("```python\nx = 1\n\ny = 2\n```\n"), blocks);
        assertFalse(s.inFence());
    }

    @Test
    void theTailKnowsItIsInsideAnOpenFence() {
        BlockSplitter s = new BlockSplitter();
        feedByChar(s, "Intro\n\n```js\nconst a = 1;\n");
        assertTrue(s.inFence());
        assertEquals("```js\nconst a = 1;\n", s.tail());
    }

    @Test
    void aShorterOrDifferentFenceDoesNotCloseTheBlock() {
        BlockSplitter s = new BlockSplitter();
        List<String> blocks = feedByChar(s, "````\n```\n~~~\n\n````\n");
        assertEquals(List.of("````\n```\n~~~\n\n````\n"), blocks);
    }

    @Test
    void onlyNewTextIsScannedSoWholeChunksWork() {
        BlockSplitter s = new BlockSplitter();
        assertEquals("a\n\nb\n\n", s.append("a\n\nb\n\nc"));
        assertEquals("c", s.tail());
    }

    @Test
    void linksWithDangerousSchemesAreRefused() {
        assertNull(SafeLinks.allowedHref("javascript:alert(1)"));
        assertNull(SafeLinks.allowedHref("JaVaScRiPt:alert(1)"));
        assertNull(SafeLinks.allowedHref("java\tscript:alert(1)"));
        assertNull(SafeLinks.allowedHref(" javascript:alert(1)"));
        assertNull(SafeLinks.allowedHref("data:text/html,<script>alert(1)</script>"));
        assertNull(SafeLinks.allowedHref("vbscript:msgbox(1)"));
        assertNull(SafeLinks.allowedHref("//evil.example/x"));
        assertNull(SafeLinks.allowedHref("http://"));
        assertEquals("https://example.com/a?b=c", SafeLinks.allowedHref("https://example.com/a?b=c"));
        assertEquals("mailto:a@b.c", SafeLinks.allowedHref("mailto:a@b.c"));
    }
}
