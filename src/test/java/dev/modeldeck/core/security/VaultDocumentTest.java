package dev.modeldeck.core.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class VaultDocumentTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static VaultDocument sample(int iterations) {
        return new VaultDocument(iterations, bytes(16, 1), bytes(12, 2), bytes(40, 3), bytes(12, 4), bytes(39, 5));
    }

    private static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (seed * 31 + i);
        }
        return b;
    }

    /** The sample document with one change applied through Jackson, as an attacker or a bug would. */
    private static String edited(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode node = (ObjectNode) MAPPER.readTree(sample(600_000).toJson());
        edit.accept(node);
        return MAPPER.writeValueAsString(node);
    }

    private static VaultException.Reason refusal(String text) {
        return assertThrows(VaultException.class, () -> VaultDocument.parse(text)).reason();
    }

    @Test
    void writesTheAgreedShapeAndReadsEveryFieldBack() throws Exception {
        VaultDocument original = sample(650_000);
        JsonNode json = MAPPER.readTree(original.toJson());
        assertEquals(1, json.get("version").asInt());
        assertEquals("PBKDF2", json.at("/kdf/name").asText());
        assertEquals("SHA-256", json.at("/kdf/hash").asText());
        assertEquals(650_000, json.at("/kdf/iterations").asInt());
        assertArrayEquals(bytes(16, 1), java.util.Base64.getDecoder().decode(json.at("/kdf/salt").asText()));
        assertEquals("AES-GCM", json.at("/cipher/name").asText());
        assertArrayEquals(bytes(12, 2), java.util.Base64.getDecoder().decode(json.at("/cipher/iv").asText()));
        assertArrayEquals(bytes(40, 3), java.util.Base64.getDecoder().decode(json.get("data").asText()));

        VaultDocument back = VaultDocument.parse(original.toJson());
        assertEquals(650_000, back.iterations());
        assertArrayEquals(original.salt(), back.salt());
        assertArrayEquals(original.iv(), back.iv());
        assertArrayEquals(original.data(), back.data());
        assertArrayEquals(original.checkIv(), back.checkIv());
        assertArrayEquals(original.check(), back.check());
    }

    @Test
    void fewerThan600000IterationsIsRefusedAsADowngrade() throws Exception {
        assertEquals(VaultException.Reason.DOWNGRADED,
            refusal(edited(n -> ((ObjectNode) n.get("kdf")).put("iterations", 599_999))));
        assertEquals(VaultException.Reason.DOWNGRADED,
            refusal(edited(n -> ((ObjectNode) n.get("kdf")).put("iterations", 1))));
        assertEquals(600_000, VaultDocument.parse(edited(n -> { })).iterations());
    }

    @Test
    void aNewerVersionIsRefusedWithoutCallingItDamage() throws Exception {
        assertEquals(VaultException.Reason.NEWER_VERSION, refusal(edited(n -> n.put("version", 2))));
    }

    @Test
    void malformedFieldsAreRefusedAsDamaged() throws Exception {
        assertEquals(VaultException.Reason.DAMAGED, refusal("not json"));
        assertEquals(VaultException.Reason.DAMAGED, refusal(edited(n -> n.put("version", 0))));
        assertEquals(VaultException.Reason.DAMAGED, refusal(edited(n -> ((ObjectNode) n.get("kdf")).remove("iterations"))));
        assertEquals(VaultException.Reason.DAMAGED, refusal(edited(n -> ((ObjectNode) n.get("kdf")).put("iterations", 600000.5))));
        assertEquals(VaultException.Reason.DAMAGED, refusal(edited(n -> ((ObjectNode) n.get("kdf")).put("iterations", 2_000_000_000))));
        assertEquals(VaultException.Reason.DAMAGED, refusal(edited(n -> ((ObjectNode) n.get("kdf")).put("hash", "SHA-1"))));
        assertEquals(VaultException.Reason.DAMAGED, refusal(edited(n -> ((ObjectNode) n.get("cipher")).put("name", "AES-CBC"))));
        assertEquals(VaultException.Reason.DAMAGED, refusal(edited(n -> ((ObjectNode) n.get("kdf")).put("salt", "AAAA"))));
        assertEquals(VaultException.Reason.DAMAGED, refusal(edited(n -> ((ObjectNode) n.get("cipher")).put("iv", "AAAAAAAAAAAAAAAAAAAA"))));
        assertEquals(VaultException.Reason.DAMAGED, refusal(edited(n -> n.put("data", "not base64!"))));
        assertEquals(VaultException.Reason.DAMAGED, refusal(edited(n -> n.put("data", "AAAA"))));
        assertEquals(VaultException.Reason.DAMAGED, refusal(edited(n -> n.remove("check"))));
    }
}
