// Drives target/extension-firefox in headless Firefox ESR over WebDriver BiDi (puppeteer-core) against the local
// test provider, and prints one JSON line per scenario: {"scenario", "ok", "ms", "detail"}. FirefoxE2eTest runs it
// and asserts each line; run it alone with the environment below for a quick look.
//   MODELDECK_EXTENSION  target/extension-firefox      MODELDECK_PROVIDER  http://127.0.0.1:<port>/v1
//   MODELDECK_SCREENSHOTS  directory for firefox-*.png  FIREFOX  the binary (default /usr/bin/firefox-esr)
// Every scenario has a time bound; the browser is closed whatever happens (the JVM kills the tree as a backstop).
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const EXTENSION = required('MODELDECK_EXTENSION');
const PROVIDER = required('MODELDECK_PROVIDER');
const CONTROL = PROVIDER.replace(/\/v1$/, '/__control');
const SHOTS = process.env.MODELDECK_SCREENSHOTS || 'target/screenshots';
const ADDON_ID = 'modeldeck@modeldeck.dev';
// Pinned so the pages' URLs are known before the add-on is installed.
const UUID = '6d6f6465-6c64-4563-8b00-00000000f1ef';
const BASE = `moz-extension://${UUID}/`;
const SCENARIO_MS = 90_000;
const STEP_MS = 20_000;
const PASS = 'correct horse battery';
const KEY = 'sk-firefox-e2e-0123456789abcdef';

function required(name) {
  const v = process.env[name];
  if (!v) { throw new Error(`${name} is not set`); }
  return v;
}

function aria(role, name) {
  return `::-p-aria([name=${JSON.stringify(name)}]${role ? `[role="${role}"]` : ''})`;
}

function report(line) { process.stdout.write(JSON.stringify(line) + '\n'); }

function bounded(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: no result in ${ms} ms`)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function control(body) {
  const r = await fetch(CONTROL, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!r.ok) { throw new Error(`control ${JSON.stringify(body)}: HTTP ${r.status}`); }
}

async function requests() {
  return (await fetch(CONTROL + '/requests')).json();
}

/** The page under test (a fresh tab per open()) with the errors it reported since it opened. */
class Tab {
  constructor(browser) {
    this.browser = browser;
    this.page = null;
    this.errors = [];
    this.retired = false;
  }

  /** After a failed or timed-out scenario: its page closes and a run still going on in the background stops here. */
  async retire() {
    this.retired = true;
    if (this.page) { await this.page.close().catch(() => { }); }
  }

  /**
   * BiDi reports no navigation for extension pages: start it, then wait for the page's own ready mark. Each open
   * gets a new tab: re-opening the same URL in one tab left puppeteer querying the document that went away.
   */
  async open(file) {
    if (this.retired) { throw new Error('scenario abandoned'); }
    const previous = this.page;
    this.page = await this.browser.newPage();
    if (previous) { await previous.close().catch(() => { }); }
    await this.page.setViewport({ width: 900, height: 700 });
    this.errors = [];
    this.page.on('pageerror', e => this.errors.push(String(e && e.message || e)));
    this.page.on('console', m => { if (m.type() === 'error') { this.errors.push('console: ' + m.text()); } });
    await this.page.goto(BASE + file, { timeout: 1500 }).catch(() => { });
    await this.page.waitForFunction(f => location.pathname.endsWith('/' + f) && document.documentElement.dataset.ready === 'true',
      { timeout: STEP_MS, polling: 100 }, file);
  }

  /**
   * One atomic accessibility query by role and name (the UI contract's names). Role null: by name alone, for
   * password fields, whose role Firefox does not report as textbox.
   */
  find(role, name) {
    return this.page.waitForSelector(aria(role, name), { timeout: STEP_MS });
  }

  async exists(role, name) {
    return (await this.page.$(aria(role, name))) !== null;
  }

  /** A real click through BiDi input: a user gesture, as permission requests and the sidebar need. */
  async click(role, name) { await (await this.find(role, name)).click(); }

  async type(role, name, text) {
    const box = await this.find(role, name);
    await box.evaluate(e => { e.value = ''; });
    await box.type(text);
  }

  /** Picks the first option whose text starts with {@code prefix} (in the option group {@code group}, if given). */
  async choose(name, prefix, group) {
    const select = await this.find('combobox', name);
    const value = await select.evaluate((s, p, g) => {
      const o = Array.from(s.options).find(x => x.textContent.trim().startsWith(p)
        && (!g || (x.parentElement.label || '').startsWith(g)));
      return o ? o.value : null;
    }, prefix, group || '');
    if (value === null) { throw new Error(`no option of ${name} starts with ${prefix}` + (group ? ` in ${group}` : '')); }
    await select.select(value);
  }

  async text(role, name) { return (await this.find(role, name)).evaluate(e => e.innerText); }

  alert() {
    return this.page.evaluate(() => { const a = document.querySelector('[role=alert]'); return a && !a.hidden ? a.textContent : ''; });
  }

  status() {
    return this.page.evaluate(() => { const a = document.querySelector('.status[role=status]'); return a ? a.textContent : ''; });
  }

  /** Polls {@code check} (an async function) until it returns a truthy value. */
  async until(what, check, ms = STEP_MS) {
    const end = Date.now() + ms;
    let last;
    while (Date.now() < end) {
      try {
        last = await check();
        if (last) { return last; }
      } catch (e) {
        last = e.message;
      }
      await new Promise(r => setTimeout(r, 150));
    }
    throw new Error(`timed out waiting for ${what} (alert: '${await this.alert().catch(() => '?')}')`);
  }

  async shot(name) {
    await this.page.screenshot({ path: join(SHOTS, `firefox-${name}.png`), fullPage: true });
  }

  noErrors(where) {
    if (this.errors.length) { throw new Error(`${where} reported errors: ${this.errors.join(' | ')}`); }
  }
}

// ---------------------------------------------------------------- scenarios

async function pagesLoad(tab) {
  for (const [file, control] of [['options.html', ['button', 'Add provider']], ['popup.html', ['textbox', 'Message']],
    ['sidepanel.html', ['textbox', 'Message']]]) {
    await tab.open(file);
    await tab.find(...control);
    const alert = await tab.alert();
    if (alert.trim()) { throw new Error(`${file} shows an alert: ${alert}`); }
    tab.noErrors(file);
    await tab.shot(file.replace('.html', '') + '-empty');
  }
  return 'options, popup and side panel ready, no alert, no script error';
}

async function addProvider(tab, name, baseUrl, key) {
  await tab.open('options.html');
  await tab.click('button', 'Add provider');
  await tab.type('textbox', 'Name', name);
  await tab.type('textbox', 'Base URL', baseUrl);
  if (key) {
    await tab.choose('Authentication', 'Bearer token');
    await tab.type(null, 'API key', key);
  } else {
    await tab.choose('Authentication', 'None');
  }
  await tab.click('button', 'Save');
  await tab.until(`${name} in the Providers list`, async () => (await tab.text('list', 'Providers')).includes(name));
}

async function addsProvider(tab) {
  await control({ reset: true });
  await addProvider(tab, 'Local demo', PROVIDER, null);
  // Save asked for the origin from the click itself; Firefox granted it (prompts off in this profile).
  const granted = await tab.until('host permission granted', () => tab.page.evaluate(
    () => chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] })));
  tab.noErrors('options');
  return `saved; host permission granted from the Save click: ${granted}`;
}

async function modelsListed(tab) {
  const models = await tab.until('demo-chat in Models', async () => {
    const t = await tab.text('list', 'Models');
    return t.includes('demo-chat') ? t : null;
  });
  await tab.shot('options-provider-added');
  tab.noErrors('options');
  return `${models.split('\n').filter(l => l.includes('demo-')).length} model lines`;
}

async function connectionTest(tab) {
  await tab.open('options.html');
  await tab.click('button', 'Edit Local demo');
  const report = await runConnectionTest(tab);
  if (report.includes('failed')) { throw new Error('a step failed:\n' + report); }
  await tab.shot('options-connection-test');
  tab.noErrors('options');
  return 'no step failed';
}

async function grantAccess(tab) {
  await tab.open('options.html');
  const removed = await tab.page.evaluate(() => chrome.permissions.remove({ origins: ['http://127.0.0.1/*'] }));
  if (!removed) { throw new Error('could not take the permission back to start'); }
  await tab.open('options.html');
  await tab.click('button', 'Grant access to Local demo');
  await tab.until('permission granted again', () => tab.page.evaluate(() => chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] })));
  await tab.until('the list no longer offers Grant access', async () => !(await tab.exists('button', 'Grant access to Local demo')));
  tab.noErrors('options');
  return 'permission taken back, then granted from the "Grant access to Local demo" click';
}

async function runConnectionTest(tab) {
  await tab.click('button', 'Test connection');
  return tab.until('connection test finished', async () => {
    const region = await tab.find('region', 'Connection test');
    return region.evaluate(r => r.getAttribute('aria-busy') === 'false' && r.querySelectorAll('ol > li').length >= 7 ? r.innerText : null);
  }, 45_000);
}

/** Sends in the open chat page and returns the reply's text; checks it arrived in pieces (streamed). */
async function sendAndRead(tab, text) {
  const box = await tab.find('textbox', 'Message');
  await box.type(text);
  await box.press('Enter');
  const expected = 'You said: ' + text;
  const seen = new Set();
  const log = await tab.until('streamed reply', async () => {
    const t = await tab.text('log', 'Conversation');
    const at = t.lastIndexOf('You said');
    if (at >= 0) { seen.add(t.slice(at)); }
    return t.includes(expected) && !(await tab.exists('button', 'Stop')) ? t : null;
  }, 40_000);
  return { log, pieces: seen.size };
}

async function popupStreams(tab) {
  await control({ chat: { wordDelayMs: 120 } });
  await tab.open('popup.html');
  await tab.choose('Model', 'demo-chat ');
  const { pieces } = await sendAndRead(tab, 'hello from firefox');
  await control({ chat: 'demo' });
  if (pieces < 2) { throw new Error(`the reply appeared at once (${pieces} state), not streamed`); }
  await tab.shot('popup-reply');
  tab.noErrors('popup');
  return `reply shown in ${pieces} growing states`;
}

async function sidebarOpens(tab) {
  await tab.open('popup.html');
  await tab.click('button', 'Open side panel');
  const open = await tab.until('sidebar open', () => tab.page.evaluate(() => chrome.sidebarAction.isOpen({})));
  const alert = await tab.alert();
  if (alert.trim()) { throw new Error('opening the sidebar failed: ' + alert); }
  tab.noErrors('popup');
  return `"Open side panel" in the popup opened Firefox's sidebar (sidebarAction.isOpen: ${open})`;
}

async function originRefused(tab) {
  await control({ reset: true, originForbidden: 'post' });
  await addProvider(tab, 'Ollama-like', PROVIDER.replace('127.0.0.1', 'localhost'), null);
  await tab.click('button', 'Edit Ollama-like');
  const report = await runConnectionTest(tab);
  if (!report.includes('HTTP 403 with an empty body')) { throw new Error('the refusal was not diagnosed:\n' + report); }
  if (!report.includes('OLLAMA_ORIGINS=moz-extension://*') || report.includes('chrome-extension://')) {
    throw new Error('the advice does not name moz-extension://:\n' + report);
  }
  await tab.shot('options-origin-refused');
  tab.noErrors('options');
  return 'POST refused with 403 diagnosed; the advice says OLLAMA_ORIGINS=moz-extension://*';
}

async function originRuleWorks(tab) {
  await control({ originForbidden: 'post' });
  await tab.open('options.html');
  await tab.click('button', 'Edit Ollama-like');
  let report = await runConnectionTest(tab);
  await tab.click('button', 'Turn on the Origin rule');
  await tab.click('button', 'Save');
  await tab.until('saved', async () => (await tab.status()).includes('Saved'));
  const afterSave = await tab.alert();
  if (afterSave.trim()) { throw new Error('saving with the Origin rule shows: ' + afterSave); }
  report = await runConnectionTest(tab);
  if (report.includes('failed')) { throw new Error('with the rule on, a step still failed:\n' + report); }
  await tab.shot('options-origin-rule-on');
  await tab.open('popup.html');
  await tab.choose('Model', 'demo-chat', 'Ollama-like');
  await sendAndRead(tab, 'through the origin rule');
  const posts = (await requests()).filter(r => r.method === 'POST' && r.path.endsWith('/chat/completions'));
  const last = posts[posts.length - 1];
  if (!last || last.headers.origin) { throw new Error('the chat POST still carried Origin: ' + (last && last.headers.origin)); }
  tab.noErrors('popup');
  return 'rule installed from Save without an error; the connection test passes and the chat POST arrives without Origin';
}

async function vault(tab) {
  await control({ reset: true, auth: { bearer: KEY } });
  await addProvider(tab, 'Keyed', PROVIDER, KEY);
  await tab.type(null, 'New passphrase', PASS);
  await tab.type(null, 'Repeat passphrase', PASS);
  await tab.click('button', 'Encrypt keys with a passphrase');
  await tab.until('keys encrypted', async () => (await tab.status()).includes('Keys encrypted'), 45_000);
  const stored = await tab.page.evaluate(() => Object.keys(localStorage).map(k => localStorage.getItem(k)).join('\n'));
  if (stored.includes(KEY)) { throw new Error('the key is still in localStorage in clear'); }
  await tab.click('button', 'Lock now');
  await tab.find(null, 'Vault passphrase');
  await tab.shot('options-vault-locked');
  await tab.open('popup.html');
  await tab.type(null, 'Vault passphrase', PASS);
  await tab.click('button', 'Unlock');
  await tab.until('unlocked', async () => !(await tab.exists(null, 'Vault passphrase')), 45_000);
  await tab.choose('Model', 'demo-chat', 'Keyed');
  await sendAndRead(tab, 'after unlocking');
  const chats = (await requests()).filter(r => r.method === 'POST' && r.path.endsWith('/chat/completions'));
  const auth = chats.length ? chats[chats.length - 1].headers.authorization : undefined;
  if (auth !== 'Bearer ' + KEY) { throw new Error('the chat did not send the key from the vault'); }
  await tab.shot('popup-vault-unlocked');
  tab.noErrors('popup');
  return 'key encrypted (not in localStorage in clear), locked, unlocked in the popup, reply sent with the vault key';
}

const SCENARIOS = [
  ['pages load without errors', pagesLoad],
  ['add a provider', addsProvider],
  ['models listed', modelsListed],
  ['connection test passes', connectionTest],
  ['Grant access asks from the click', grantAccess],
  ['streamed reply in the popup', popupStreams],
  ['popup opens the sidebar', sidebarOpens],
  ['Ollama-style Origin 403 is diagnosed for moz-extension', originRefused],
  ['the Origin rule makes the refusing server work', originRuleWorks],
  ['vault on, unlock, chat', vault],
];

// ---------------------------------------------------------------- main

mkdirSync(SHOTS, { recursive: true });
let browser;
let exit = 0;
try {
  const started = Date.now();
  browser = await bounded(puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      // A permission request made from a real click is granted without a prompt (headless has nowhere to show one).
      'extensions.webextOptionalPermissionPrompts': false,
    },
  }), 60_000, 'starting Firefox');
  const id = await bounded(browser.installExtension(EXTENSION), 30_000, 'installing the add-on');
  report({ scenario: 'browser started', ok: id === ADDON_ID, ms: Date.now() - started,
    detail: `Firefox ${await browser.version()}, add-on ${id}` });
  let tab = new Tab(browser);
  for (const [name, run] of SCENARIOS) {
    const t0 = Date.now();
    try {
      const detail = await bounded(run(tab), SCENARIO_MS, name);
      report({ scenario: name, ok: true, ms: Date.now() - t0, detail });
    } catch (e) {
      exit = 1;
      if (tab.page) { await tab.shot('failed-' + name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()).catch(() => { }); }
      await tab.retire();
      tab = new Tab(browser);
      report({ scenario: name, ok: false, ms: Date.now() - t0, detail: String(e && e.stack || e) });
    }
  }
} catch (e) {
  exit = 1;
  report({ scenario: 'browser started', ok: false, ms: 0, detail: String(e && e.stack || e) });
} finally {
  if (browser) { await bounded(browser.close(), 15_000, 'closing Firefox').catch(() => browser.process()?.kill('SIGKILL')); }
}
process.exit(exit);
