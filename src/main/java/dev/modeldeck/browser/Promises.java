package dev.modeldeck.browser;

import java.util.function.Supplier;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExceptions;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;

/** Awaiting JS promises from green threads without exceptions crossing the boundary. */
public final class Promises {
    private Promises() { }

    /** A rejection reason can be any JS value: reading its message and name needs loose checks and String(). */
    @JSBody(params = "p", script = "return Promise.resolve(p).then(function(v){return {ok:true,value:v};},"
        + "function(e){return {ok:false,error:(e&&e.message)?String(e.message):String(e),"
        + "errorName:(e&&e.name)?String(e.name):''};});")
    private static native <T extends JSObject> JSPromise<Settled<T>> settle(JSPromise<T> promise);

    /** Blocks the current green thread until the promise settles. */
    public static <T extends JSObject> Settled<T> await(JSPromise<T> promise) {
        return settle(promise).await();
    }

    /**
     * Starts an operation nobody waits for (it must begin inside a user gesture, so nothing may block first).
     * Returns null once started, or why it could not start; a later rejection is ignored.
     */
    public static <T extends JSObject> String start(Supplier<JSPromise<T>> operation) {
        try {
            operation.get().catchError(reason -> null);
            return null;
        } catch (RuntimeException e) {
            return JsErrors.message(e);
        }
    }

    /** Starts an operation and awaits it; an API that throws instead of rejecting fails the same way. */
    public static <T extends JSObject> Settled<T> call(Supplier<JSPromise<T>> start) {
        JSPromise<T> promise;
        try {
            promise = start.get();
        } catch (RuntimeException e) {
            JSObject reason = JSExceptions.getJSException(e);
            promise = JSPromise.reject(reason != null ? reason : JSString.valueOf(String.valueOf(e.getMessage())));
        }
        return await(promise);
    }
}
