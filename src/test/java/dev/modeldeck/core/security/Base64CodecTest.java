package dev.modeldeck.core.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Base64CodecTest {
    @Test
    void agreesWithJavaUtilBase64BothWaysForEveryLengthAndByteValue() {
        Random random = new Random(7);
        for (int length = 0; length <= 80; length++) {
            for (int round = 0; round < 20; round++) {
                byte[] data = new byte[length];
                random.nextBytes(data);
                String expected = Base64.getEncoder().encodeToString(data);
                assertEquals(expected, Base64Codec.encode(data));
                assertArrayEquals(data, Base64Codec.decode(expected));
                String unpadded = Base64.getEncoder().withoutPadding().encodeToString(data);
                assertArrayEquals(data, Base64Codec.decode(unpadded));
            }
        }
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        assertEquals(Base64.getEncoder().encodeToString(all), Base64Codec.encode(all));
        assertArrayEquals(all, Base64Codec.decode(Base64.getEncoder().encodeToString(all)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "AAAAA", "AB=C", "AB-_", "QUJD\n", "A===", "QQ=", "Q Q=="})
    void rejectsTextThatIsNotStandardBase64(String bad) {
        assertThrows(IllegalArgumentException.class, () -> Base64Codec.decode(bad));
    }

    @Test
    void errorMessagesDoNotRepeatTheInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Base64Codec.decode("c2stU0VDUkVU!"));
        assertFalse(e.getMessage().contains("c2stU0VDUkVU"));
    }
}
