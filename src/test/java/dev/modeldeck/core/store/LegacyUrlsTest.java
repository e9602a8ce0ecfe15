package dev.modeldeck.core.store;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegacyUrlsTest {
    @ParameterizedTest
    @CsvSource({
        "https://api.openai.com/v1, api.openai.com",
        "http://LOCALHOST:11434/v1, localhost:11434",
        "https://user:pw@host.example:8443/path?q=1, host.example:8443",
        "http://[::1]:8080/v1, [::1]:8080",
        "api.groq.com/openai/v1, api.groq.com",
        "https://host#frag, host",
    })
    void hostOfKeepsThePortAndDropsEverythingElse(String url, String host) {
        assertEquals(host, LegacyUrls.hostOf(url));
    }

    @ParameterizedTest
    @CsvSource({
        "https://api.openai.com/v1, OpenAI",
        "http://localhost:11434/v1, Ollama (localhost)",
        "http://127.0.0.1:11434/v1, Ollama (localhost)",
        "http://localhost:1234/v1, LM Studio (localhost)",
        "https://openrouter.ai/api/v1, OpenRouter",
        "https://api.groq.com/openai/v1, Groq",
        "https://api.mistral.ai/v1, Mistral",
        "https://api.deepseek.com, DeepSeek",
        "https://api.together.xyz/v1, Together AI",
        "http://localhost:8080/v1, localhost:8080",
        "https://llm.corp.example/v1, llm.corp.example",
        "https://, Imported provider",
    })
    void providerIsNamedAfterItsHost(String url, String name) {
        assertEquals(name, LegacyUrls.providerName(url));
    }

    @ParameterizedTest
    @CsvSource({
        "http://localhost:11434, true",
        "http://127.0.0.1:8080, true",
        "http://127.255.0.9, true",
        "http://[::1]:8080, true",
        "http://10.1.2.3:8000, true",
        "http://192.168.1.20:11434, true",
        "http://172.16.0.1, true",
        "http://172.31.255.255, true",
        "http://gpu.local:8000, true",
        "http://0.0.0.0:8000, true",
        "http://172.32.0.1, false",
        "http://192.169.0.1, false",
        "https://api.openai.com, false",
        "http://1.2.3, false",
        "http://1.2.3.4.5, false",
        "http://256.1.1.1, false",
        "http://127.example.com, false",
    })
    void localMeansLoopbackOrPrivateNetwork(String url, boolean local) {
        assertEquals(local, LegacyUrls.isLocal(url));
    }
}
