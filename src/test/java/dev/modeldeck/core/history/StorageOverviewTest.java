package dev.modeldeck.core.history;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.i18n.Units;
import dev.modeldeck.core.store.MemoryKeyValueStore;
import dev.modeldeck.core.store.StorageUsage;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorageOverviewTest {
    @Test
    void conversationsAreCountedInIndexedDbAndTheRestInLocalStorageWithTheBrowsersFigures() throws Exception {
        MemoryKeyValueStore kv = new MemoryKeyValueStore();
        kv.put("modeldeck.settings", "x".repeat(50_000));
        kv.put("modeldeck.models.p1", "y".repeat(1_000));
        List<String> lines = StorageOverview.lines(StorageUsage.measure(kv), 3 * 1_048_576L, 12,
            new double[] {5 * 1_048_576.0, 5 * 1_048_576.0 + 80L * 1_073_741_824});
        assertEquals(List.of(
            "Conversations: 3 MB in IndexedDB (12 conversations, estimated from the size of their stored messages)",
            "Settings: 98 KB in localStorage",
            "Model lists: 2 KB in localStorage",
            "localStorage in all: 100 KB of its fixed limit of 10 MB",
            "ModelDeck in all: 5 MB used, 80 GB free (the browser’s own estimate)"), lines);
    }

    @Test
    void oneConversationAndABrowserThatCannotTell() {
        List<String> lines = StorageOverview.lines(StorageUsage.measure(new MemoryKeyValueStore()), 300, 1, null);
        assertEquals("Conversations: 1 KB in IndexedDB (1 conversation, estimated from the size of its stored messages)", lines.get(0));
        assertEquals("This browser does not tell how much space is left.", lines.get(lines.size() - 1));
        assertEquals("This browser does not tell how much space is left.",
            StorageOverview.lines(StorageUsage.measure(new MemoryKeyValueStore()), 0, 0, new double[] {0, 0}).get(2));
    }

    @Test
    void sizesReadAtAGlance() {
        assertEquals("1 KB", Units.size(0));
        assertEquals("12 KB", Units.size(12 * 1024));
        assertEquals("1.5 MB", Units.size(1_572_864));
        assertEquals("1,024 MB", Units.size(1_073_741_823L));
        assertEquals("2.5 GB", Units.size(5L * 536_870_912));
    }
}
