package dev.modeldeck.core.chat;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.json.JsonWriter;
import dev.modeldeck.core.json.Numbers;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.provider.ProviderTextLimits;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Assembles one assistant reply from OpenAI-compatible chat chunks (and Ollama's native NDJSON
 * objects, and whole non-streaming responses). Work per chunk is proportional to that chunk:
 * text is appended to builders and handed to the listener as deltas, never rescanned.
 *
 * <p>Understood: {@code delta.content} (string, or Mistral's typed parts), {@code reasoning_content}
 * (DeepSeek, Qwen, xAI) or else {@code reasoning} (Ollama, OpenRouter), tool-call pieces merged by
 * index, {@code usage} on any chunk (or Groq's {@code x_groq.usage}), {@code finish_reason},
 * Azure's {@code choices:[]} filter chunk (nothing to take from it), and an {@code error} object
 * arriving as data. Only the choice with index 0 is read.
 */
public final class StreamAssembler {
    private final ChatStreamListener listener;
    private final List<String> secrets;
    private Function<String, Json> jsonReader = JsonParser::tryParse;

    private final StringBuilder content = new StringBuilder();
    private final StringBuilder reasoning = new StringBuilder();
    private final List<ToolCall> toolCalls = new ArrayList<>();
    /** Latest call for each wire index (a provider reusing index 0 for a new id starts a new call). */
    private final Map<Integer, ToolCall> callsByWireIndex = new HashMap<>();
    private Usage usage;
    private String finishReasonRaw;
    private String model;
    private String responseId;
    private String providerRequestId;
    private NetException error;
    private boolean done;
    private boolean sawChoice;
    private int payloads;
    private int unreadablePayloads;

    public StreamAssembler(ChatStreamListener listener, List<String> secrets) {
        this.listener = listener == null ? new ChatStreamListener() { } : listener;
        this.secrets = secrets == null ? Collections.<String>emptyList() : secrets;
    }

    /** Replaces the JSON reader (e.g. one over the browser's native JSON.parse); it returns null for non-JSON. */
    public StreamAssembler jsonReader(Function<String, Json> reader) {
        this.jsonReader = reader;
        return this;
    }

    /** One SSE event: {@code [DONE]}, an {@code event: error}, or a JSON chunk. */
    public void onSseEvent(String eventName, String data) {
        payloads++;
        String trimmed = data.trim();
        if ("[DONE]".equals(trimmed)) {
            done = true;
            return;
        }
        Json json = trimmed.isEmpty() ? null : jsonReader.apply(trimmed);
        if ("error".equals(eventName)) {
            if (json != null && json.isObject()) {
                Json inner = json.get("error");
                fail(StreamErrors.fromJson(inner.isMissing() || inner.isNull() ? json : inner, secrets));
            } else {
                fail(StreamErrors.fromText(trimmed, secrets));
            }
            return;
        }
        if (json == null) {
            unreadablePayloads++;
            return;
        }
        acceptChunk(json);
    }

    /** One NDJSON line (Ollama native). */
    public void onJsonLine(String line) {
        payloads++;
        Json json = jsonReader.apply(line);
        if (json == null) {
            unreadablePayloads++;
            return;
        }
        acceptChunk(json);
    }

    /** A whole non-streaming response body, already parsed (counts as one payload). */
    public void onWholeResponse(Json c) {
        payloads++;
        acceptChunk(c);
    }

    /** One parsed chunk, or a whole non-streaming response (its {@code message} is read like a delta). */
    public void acceptChunk(Json c) {
        if (!c.isObject()) {
            unreadablePayloads++;
            return;
        }
        Json err = c.get("error");
        if (!err.isMissing() && !err.isNull()) {
            fail(StreamErrors.fromJson(err, secrets));
        } else if ("error".equals(c.get("object").str())) {
            fail(StreamErrors.fromJson(c, secrets)); // vLLM's flat error document
        }
        if (model == null) {
            model = ProviderTextLimits.modelIdOrNull(nonEmpty(c.get("model").str()));
        }
        if (responseId == null) {
            responseId = nonEmpty(c.get("id").str());
        }
        Json xGroq = c.get("x_groq");
        if (providerRequestId == null) {
            providerRequestId = nonEmpty(xGroq.get("id").str());
        }
        Usage u = Usage.fromOpenAi(c.get("usage"));
        if (u == null) {
            u = Usage.fromOpenAi(xGroq.get("usage"));
        }
        Json choices = c.get("choices");
        if (choices.isArray()) {
            Json choice = firstChoice(choices);
            if (choice.isObject()) {
                sawChoice = true;
                Json delta = choice.get("delta");
                applyDelta(delta.isMissing() ? choice.get("message") : delta);
                setFinish(choice.get("finish_reason").str());
            }
        } else if (c.get("message").isObject() || c.get("response").isString() || c.get("done").isBoolean()) {
            u = readOllamaNative(c, u);
        }
        u = withSpeed(c, u);
        if (u != null) {
            usage = u;
            listener.onUsage(u);
        }
    }

    private static Json firstChoice(Json choices) {
        for (Json ch : choices.items()) {
            Json idx = ch.get("index");
            Long n = Numbers.whole(idx.num());
            // No index (or a non-number) means the only choice; an impossible number such as 1e400 is not 0.
            if (idx.isMissing() || (n == null ? !idx.isNumber() : n == 0)) {
                return ch;
            }
        }
        return Json.MISSING;
    }

    private void applyDelta(Json d) {
        Json c = d.get("content");
        if (c.isString()) {
            appendContent(c.str());
        } else if (c.isArray()) {
            applyParts(c);
        }
        String refusal = d.get("refusal").str();
        if (refusal != null) {
            appendContent(refusal);
        }
        // Some servers send both fields with the same text; take one so it is not doubled.
        String r = d.get("reasoning_content").str();
        if (r == null || r.isEmpty()) {
            r = d.get("reasoning").str();
        }
        if (r == null || r.isEmpty()) {
            r = d.get("thinking").str(); // Ollama native message
        }
        appendReasoning(r);
        Json calls = d.get("tool_calls");
        if (calls.isArray()) {
            for (Json call : calls.items()) {
                applyToolCall(call);
            }
        }
        Json legacy = d.get("function_call");
        if (legacy.isObject()) {
            applyToolCall(legacy);
        }
    }

    /** Mistral's typed content: {"type":"text","text":…} and {"type":"thinking","thinking":[{"type":"text",…}]}. */
    private void applyParts(Json parts) {
        for (Json p : parts.items()) {
            String type = p.get("type").str("");
            if ("text".equals(type)) {
                appendContent(p.get("text").str());
            } else if ("thinking".equals(type)) {
                Json t = p.get("thinking");
                if (t.isString()) {
                    appendReasoning(t.str());
                } else {
                    for (Json tp : t.items()) {
                        appendReasoning(tp.get("text").str());
                    }
                }
            }
        }
    }

    private void applyToolCall(Json item) {
        if (!item.isObject()) {
            return;
        }
        Json fn = item.get("function");
        if (!fn.isObject()) {
            fn = item; // legacy function_call: name/arguments at the top
        }
        String id = nonEmpty(item.get("id").str());
        Json idx = item.get("index");
        boolean hasIndex = idx.isNumber() || idx.isString() && idx.num() != null;
        if (!hasIndex && id == null && fn.get("name").str() == null && fn.get("arguments").isMissing()) {
            return; // nothing to attach anywhere
        }
        ToolCall call = null;
        if (hasIndex) {
            int wire = (int) idx.asLong(0);
            call = callsByWireIndex.get(wire);
            if (call == null || id != null && !call.id().isEmpty() && !call.id().equals(id)) {
                call = newCall();
                callsByWireIndex.put(wire, call);
            }
        } else if (id != null) {
            for (ToolCall t : toolCalls) {
                if (id.equals(t.id())) {
                    call = t;
                }
            }
        } else if (!toolCalls.isEmpty()) {
            call = toolCalls.get(toolCalls.size() - 1); // no index, no id: a continuation
        }
        if (call == null) {
            call = newCall();
        }
        if (id != null && call.id().isEmpty()) {
            call.setId(id);
        }
        String type = nonEmpty(item.get("type").str());
        if (type != null) {
            call.setType(type);
        }
        String name = fn.get("name").str();
        if (name != null && !name.isEmpty() && !call.nameEquals(name)) {
            call.appendName(name); // some servers repeat the whole name on every piece
        }
        Json args = fn.get("arguments");
        if (args.isString()) {
            call.appendArguments(args.str());
        } else if (args.isObject() || args.isArray()) {
            call.appendArguments(JsonWriter.write(args)); // Ollama sends arguments as an object
        }
        listener.onToolCall(call);
    }

    private ToolCall newCall() {
        ToolCall t = new ToolCall(toolCalls.size());
        toolCalls.add(t);
        return t;
    }

    /** Ollama /api/chat and /api/generate objects; returns the usage found on the final one. */
    private Usage readOllamaNative(Json c, Usage u) {
        sawChoice = true;
        Json msg = c.get("message");
        if (msg.isObject()) {
            applyDelta(msg);
        }
        Json resp = c.get("response");
        if (resp.isString()) {
            appendContent(resp.str());
        }
        appendReasoning(c.get("thinking").str());
        if (c.get("done").asBoolean(false)) {
            String reason = c.get("done_reason").str();
            setFinish(reason == null ? "stop" : reason);
            done = true;
            Long prompt = Usage.count(c.get("prompt_eval_count"));
            Long completion = Usage.count(c.get("eval_count"));
            if (u == null && (prompt != null || completion != null)) {
                u = new Usage();
                u.promptTokens = prompt;
                u.completionTokens = completion;
                u.totalTokens = prompt != null && completion != null ? prompt + completion : null;
                double ns = c.get("eval_duration").asDouble(0);
                if (completion != null && ns > 0) {
                    u.tokensPerSecond = Usage.speed(completion / (ns / 1e9));
                }
            }
        }
        return u;
    }

    /** LM Studio's {@code stats.tokens_per_second} and llama.cpp's {@code timings.predicted_per_second}. */
    private static Usage withSpeed(Json c, Usage u) {
        Double tps = c.path("stats", "tokens_per_second").num();
        if (tps == null) {
            tps = c.path("timings", "predicted_per_second").num();
        }
        tps = tps == null ? null : Usage.speed(tps);
        if (tps != null) {
            if (u == null) {
                u = new Usage();
            }
            u.tokensPerSecond = tps;
        }
        return u;
    }

    private void appendContent(String s) {
        if (s != null && !s.isEmpty()) {
            content.append(s);
            listener.onContent(s);
        }
    }

    private void appendReasoning(String s) {
        if (s != null && !s.isEmpty()) {
            reasoning.append(s);
            listener.onReasoning(s);
        }
    }

    private void setFinish(String reason) {
        if (reason != null && !reason.isEmpty()) {
            finishReasonRaw = reason;
        }
    }

    private void fail(NetException e) {
        if (error == null) {
            error = e;
            listener.onError(e);
        }
    }

    private static String nonEmpty(String s) { return s == null || s.isEmpty() ? null : s; }

    public String content() { return content.toString(); }
    public String reasoning() { return reasoning.toString(); }
    public int contentLength() { return content.length(); }
    public List<ToolCall> toolCalls() { return Collections.unmodifiableList(toolCalls); }
    /** Last usage reported, or null. */
    public Usage usage() { return usage; }
    public FinishReason finishReason() { return FinishReason.fromWire(finishReasonRaw); }
    /** The finish reason as the provider spelled it, or null. */
    public String finishReasonRaw() { return finishReasonRaw; }
    /** Model id as the provider reported it (first non-empty), or null. */
    public String model() { return model; }
    /** The response id ({@code chatcmpl-…}), or null. */
    public String responseId() { return responseId; }
    /** A request id sent inside the body (Groq's {@code x_groq.id}), or null. */
    public String providerRequestId() { return providerRequestId; }
    /** The first error the provider reported inside the stream or body, or null. */
    public NetException error() { return error; }
    /** True after {@code [DONE]} or Ollama's {@code "done":true}. */
    public boolean sawDone() { return done; }
    /** True once any choice (or Ollama message) was seen. */
    public boolean sawChoice() { return sawChoice; }
    public boolean hasOutput() { return content.length() > 0 || reasoning.length() > 0 || !toolCalls.isEmpty(); }
    /** Data payloads received (SSE events and NDJSON lines). */
    public int payloadCount() { return payloads; }
    /** Payloads that were neither JSON nor {@code [DONE]}. */
    public int unreadablePayloadCount() { return unreadablePayloads; }
}
