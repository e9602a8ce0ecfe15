// Reference for time-to-first-token: the least a page can do, fetch + stream reader + TextDecoder,
// putting the first text it reads into the DOM. Times are wall-clock (timeOrigin + now) so the
// harness can compare them with the moment the server released the stream.
window.startReference = function (url, body) {
  const state = { first: null, error: null, done: false };
  window.referenceState = state;
  (async () => {
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      const out = document.getElementById('out');
      for (;;) {
        const { done, value } = await reader.read();
        const at = performance.timeOrigin + performance.now();
        if (done) break;
        const text = decoder.decode(value, { stream: true });
        if (state.first === null && /"content":"[^"]/.test(text)) {
          out.append(text);
          state.first = at;
        }
      }
    } catch (e) {
      state.error = String(e);
    }
    state.done = true;
  })();
};
