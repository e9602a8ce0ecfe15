// In-page micro benchmarks: ModelDeck's compiled code (window.modeldeckBench) next to the references,
// on the same input, interleaved round by round so that both see the same machine state.
import { createParser } from './vendor/eventsource-parser.js';

const bench = window.modeldeckBench;

async function json(path) {
  const r = await fetch(path);
  if (!r.ok) throw new Error(path + ': ' + r.status);
  return r.json();
}

// Reference: the eventsource-parser package, native JSON.parse and string concatenation.
function reference(chunks) {
  let content = '';
  const parser = createParser({
    onEvent(event) {
      if (event.data === '[DONE]') return;
      const chunk = JSON.parse(event.data);
      const delta = chunk.choices && chunk.choices[0] && chunk.choices[0].delta;
      if (delta && typeof delta.content === 'string') content += delta.content;
    },
  });
  for (let i = 0; i < chunks.length; i++) parser.feed(chunks[i]);
  parser.reset({ consume: true });
  return content.length;
}

// Floor: nothing but JSON.parse of each event's data (lines already split out, outside the timing).
function floor(lines) {
  let n = 0;
  for (let i = 0; i < lines.length; i++) {
    if (JSON.parse(lines[i]) !== null) n++;
  }
  return n;
}

function timed(fn) {
  const t0 = performance.now();
  const result = fn();
  return { ms: performance.now() - t0, result };
}

window.runStream = async function (warmups, rounds) {
  const data = await json('data/stream.json');
  const impls = {
    ours: () => bench.stream(data.chunks),
    oursNativeJson: () => bench.streamNativeJson(data.chunks),
    reference: () => reference(data.chunks),
    floor: () => floor(data.dataLines),
  };
  const names = Object.keys(impls);
  const out = { chunks: data.chunks.length, events: data.dataLines.length, results: {}, ms: {} };
  for (const n of names) out.ms[n] = [];
  for (let r = 0; r < warmups + rounds; r++) {
    for (let k = 0; k < names.length; k++) {
      const n = names[(r + k) % names.length]; // rotate the order every round
      const t = timed(impls[n]);
      out.results[n] = t.result;
      if (r >= warmups) out.ms[n].push(t.ms);
    }
  }
  return out;
};

window.runRender = async function (warmups, rounds, forceLayout, edge) {
  const tokens = await json('data/tokens.json');
  const area = document.getElementById('render-area');
  const out = { tokens: tokens.length, first: [], last: [], total: [] };
  for (let r = 0; r < warmups + rounds; r++) {
    area.textContent = '';
    const [first, last, total] = bench.render(tokens, area, forceLayout, edge);
    if (r >= warmups) {
      out.first.push(first);
      out.last.push(last);
      out.total.push(total);
    }
  }
  out.textChars = area.textContent.length;
  out.elements = area.getElementsByTagName('*').length;
  return out;
};

// Runs only our stream path, for a CPU profile of it.
window.profileStream = async function (rounds) {
  const data = await json('data/stream.json');
  for (let r = 0; r < rounds; r++) bench.stream(data.chunks);
  return rounds;
};

window.profileRender = async function (rounds, forceLayout) {
  const tokens = await json('data/tokens.json');
  const area = document.getElementById('render-area');
  for (let r = 0; r < rounds; r++) {
    area.textContent = '';
    bench.render(tokens, area, forceLayout, 1000);
  }
  return rounds;
};

document.documentElement.dataset.benchReady = 'true';
