/**
 * The local test provider: an OpenAI-compatible server on 127.0.0.1 with switchable faults, also the
 * README's demo provider.
 *
 * <h2>Run</h2>
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.modeldeck.testprovider.TestProvider -Dexec.args="--port 8765 --demo"}
 * (or {@code java -cp target/classes:target/test-classes dev.modeldeck.testprovider.TestProvider --port 8765 --demo}).
 *
 * <h2>Endpoints</h2>
 * <ul>
 * <li>{@code GET …/models}, {@code GET …/api/tags} (any prefix: /models, /v1/models, /api/v0/models): the model list.</li>
 * <li>{@code POST …/chat/completions}: SSE when {@code "stream": true}, else one JSON completion.</li>
 * <li>{@code OPTIONS} anything: CORS preflight, 204.</li>
 * <li>{@code POST /__control} (JSON below), {@code POST /__control/reset}, {@code GET /__control/requests}
 * (the request log as a JSON array of {method, path, query, headers{lower-case name: value}, body, receivedAtMillis}).
 * Control calls are not logged and ignore faults, auth and origin rules; they always send CORS headers.</li>
 * </ul>
 *
 * <h2>Order of checks per request</h2>
 * log it → extension-Origin 403 rule → OPTIONS preflight → auth rule (401) → consume faults → delayHeaders →
 * respond fault → normal answer with the stream faults applied.
 *
 * <h2>{@code POST /__control} body (every member optional, applied atomically; bad input → 400, nothing changes)</h2>
 * <pre>
 * {
 *   "reset": true,                                   // first restore defaults and clear the log
 *   "cors": false,                                   // default true
 *   "originForbidden": "off" | "post" | "all",       // 403, empty body, no CORS, for Origin chrome-extension://…
 *   "auth": {"bearer": "sk-x"} | {"header": "api-key", "value": "k"} | "off",
 *   "models": "demo" | {"fixture": "groq-models.json"} | {"generate": 5000},
 *   "modelsShape": "openai" | "bare-array" | "ollama-tags" | "id-strings",
 *   "chat": "demo" | {"stream": "mistral-text.sse" | null, "json": "openai.json" | null, "wordDelayMs": 40},
 *   "faults": [ FAULT, … ]
 * }
 * </pre>
 * A body with a top-level {@code "type"} is itself one FAULT. FAULT members: {@code type} (below),
 * {@code target} "models" | "chat" | "all", {@code times} N | -1 | "always" (default 1), plus per type:
 * <pre>
 * status | respond   status, body (string or JSON), contentType (default application/json), headers {name: value}   target all
 * errorFixture       fixture (file in fixtures/errors), status (optional: else .headers status line, else name digits, else 500)
 * html               status (default 502): a text/html error page                                                    target all
 * delayHeaders       ms                                                                                               target all
 * stall              afterChunks, ms (0 = until reset/close; then the stream continues)                               target chat
 * disconnect         afterChunks: socket closed without ending the body                                               target chat
 * slowChunks         ms before each chunk                                                                             target chat
 * errorMidStream     afterChunks, body (the JSON after "data: "); then the stream ends without [DONE]                 target chat
 * noDone | nonStreaming | openRouterComment                                                                           target chat
 * emptyModels | hugeModels (mb)                                                                                       target models
 * </pre>
 * Rules of one type queue (oldest first); rules of different types combine on one request.
 */
package dev.modeldeck.testprovider;
