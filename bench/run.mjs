// `cargo xtask bench` runs this after building the release site and serving it (and
// the plain HTML comparison page) with the build's compressed copies. It measures, in Debian's Chromium:
//   - Lighthouse 12 performance (mobile preset: simulated throttling, CPU ×4): score,
//     FCP, LCP, TBT, CLS, and the bytes and requests of the first load by type;
//   - the time from navigation until the form's first field accepts input, CPU ×4, and
//     on a prerendered page the time from that first key press until the app (fetched
//     on it) has taken the page over, keeping the letter typed;
//   - typing in the case summary (character count, draft saved after a pause): how
//     many input events took longer than one frame (16.7 ms), CPU ×1 and ×4.
// Each figure is the median of SPO_BENCH_RUNS runs (at least 3). Results are written as
// JSON and a Markdown table into SPO_BENCH_OUT and the table is printed.
import fs from "node:fs";
import path from "node:path";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { chromium } from "playwright-core";

const env = (name, fallback) => process.env[name] ?? fallback;
const appUrl = env("SPO_BENCH_APP", "http://127.0.0.1:8080/");
const staticUrl = env("SPO_BENCH_STATIC", "http://127.0.0.1:8081/");
const chromePath = env("CHROMIUM_PATH", "/usr/bin/chromium");
const runs = Math.max(Number(env("SPO_BENCH_MIN_RUNS", "3")), Number(env("SPO_BENCH_RUNS", "3")));
const outDir = env("SPO_BENCH_OUT", "target/bench");
// For working on the benchmark itself: e.g. SPO_BENCH_PARTS=typing runs only that part.
const parts = env("SPO_BENCH_PARTS", "lighthouse,field,apps,typing").split(",");

// The flags toolchain.md needs on these machines (shared with the tests), plus headless.
const chromeFlags = ["--headless=new", ...JSON.parse(fs.readFileSync(new URL("../chromium-flags.json", import.meta.url), "utf8"))];

// The pages measured; the first field is what an officer types into first.
const pages = [
  { name: "Home", url: new URL("./", appUrl).href },
  { name: "Triage form (first page)", url: new URL("triage/about-you", appUrl).href, field: "#about-name", form: true },
  { name: "Guidance module", url: new URL("guidance/three-tests", appUrl).href },
  { name: "Example conditions", url: new URL("examples", appUrl).href },
  { name: "Plain HTML form (comparison)", url: staticUrl, field: "#about-name", form: true, comparison: true },
];

// Each area of the site (src/domain/areas.rs) is its own app: its first page, and what
// the first sign of someone there fetches.
const areas = [
  { area: "site", url: new URL("./", appUrl).href },
  { area: "triage", url: new URL("triage/about-you", appUrl).href },
  { area: "guidance", url: new URL("guidance", appUrl).href },
  { area: "conditions", url: new URL("examples", appUrl).href },
];

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** wasm, js, css, html or other, from the response's type and the URL. */
function kindOf(item) {
  const url = item.url.split(/[?#]/)[0];
  const mime = item.mimeType ?? "";
  if (mime.includes("wasm") || url.endsWith(".wasm")) return "wasm";
  if (mime.includes("javascript") || url.endsWith(".js")) return "js";
  if (mime.includes("css") || url.endsWith(".css")) return "css";
  if (mime.includes("html") || item.resourceType === "Document") return "html";
  return "other";
}

async function lighthouseRun(url, chrome) {
  const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
  const lhr = result.lhr;
  const audit = (id) => lhr.audits[id]?.numericValue ?? null;
  const bytes = { wasm: 0, js: 0, css: 0, html: 0, other: 0 };
  const requests = { wasm: 0, js: 0, css: 0, html: 0, other: 0 };
  for (const item of lhr.audits["network-requests"]?.details?.items ?? []) {
    if (item.url.startsWith("data:")) continue;
    const k = kindOf(item);
    bytes[k] += item.transferSize ?? 0;
    requests[k] += 1;
  }
  return {
    score: Math.round((lhr.categories.performance.score ?? 0) * 100),
    fcp: audit("first-contentful-paint"),
    lcp: audit("largest-contentful-paint"),
    tbt: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
    bytes,
    requests,
    totalBytes: Object.values(bytes).reduce((a, b) => a + b, 0),
    totalRequests: Object.values(requests).reduce((a, b) => a + b, 0),
  };
}

// Watches for the field from the first moment of the document. "Usable" is the end of
// the task in which the field appeared: the first moment the main thread is free to
// handle a key press into it (a setTimeout(0) after the field is seen).
const fieldWatcher = (selector) => {
  const t = { present: null, usable: null };
  window.__fieldTiming = t;
  const check = () => {
    if (t.present !== null) return;
    const el = document.querySelector(selector);
    if (el && !el.disabled && el.isConnected) {
      t.present = performance.now();
      setTimeout(() => (t.usable = performance.now()), 0);
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", check);
};

// On a prerendered page the app (fetched on the first input, public/boot.js) takes the
// page over later: the time from the first key press until it has (the frame is gone).
const takeoverWatcher = () => {
  const t = { firstKey: null, takenOver: null };
  window.__takeover = t;
  addEventListener("keydown", () => (t.firstKey ??= performance.now()), true);
  new MutationObserver(() => {
    if (t.firstKey !== null && t.takenOver === null && !document.getElementById("loading-frame")) t.takenOver = performance.now();
  }).observe(document, { childList: true, subtree: true });
};

async function firstFieldRun(browser, url, selector) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.addInitScript(fieldWatcher, selector);
  await page.addInitScript(takeoverWatcher);
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(() => window.__fieldTiming && window.__fieldTiming.usable !== null, null, { timeout: 120_000 });
  const timing = await page.evaluate(() => window.__fieldTiming);
  // Prove it accepts input: a typed letter must land in the field.
  // .first(): once the app has arrived it renders hidden beside the prerendered page
  // (same ids) until it takes over; the page's own field comes first.
  await page.locator(selector).first().pressSequentially("A");
  const value = await page.locator(selector).first().inputValue();
  let takeoverMs = null;
  if (await page.locator("html[data-prerendered]").count()) {
    await page.waitForFunction(() => window.__takeover.takenOver !== null, null, { timeout: 120_000 });
    const t = await page.evaluate(() => window.__takeover);
    takeoverMs = t.takenOver - t.firstKey;
    // The letter typed before the app arrived is still there once it has.
    if (!(await page.locator(selector).inputValue()).endsWith("A")) throw new Error(`${url}: the letter typed before the app arrived was lost`);
  }
  await context.close();
  if (!value.endsWith("A")) throw new Error(`${url}: typing into ${selector} did not reach the field`);
  return { usable: timing.usable, takeoverMs };
}

// An area's first page, CPU ×4, nobody there: the bytes it fetched (as served);
// then a key press fetches the area's app: its bytes, and the time from the key press
// until the app has taken the page over.
async function areaRun(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const sizes = new Map();
  const wasm = [];
  cdp.on("Network.requestWillBeSent", (e) => e.request.url.endsWith(".wasm") && wasm.push(e.request.url.split("/").pop()));
  cdp.on("Network.loadingFinished", (e) => sizes.set(e.requestId, e.encodedDataLength));
  await page.addInitScript(takeoverWatcher);
  await page.goto(url, { waitUntil: "load" });
  await page.waitForLoadState("networkidle");
  const total = () => [...sizes.values()].reduce((a, b) => a + b, 0);
  const first = total();
  await page.keyboard.press("Shift");
  await page.waitForFunction(() => window.__takeover.takenOver !== null, null, { timeout: 120_000 });
  await page.waitForLoadState("networkidle");
  const t = await page.evaluate(() => window.__takeover);
  const app = total() - first;
  await context.close();
  return { firstBytes: first, appBytes: app, takeoverMs: t.takenOver - t.firstKey, wasm };
}

// Per key press: the time from the key event until the main thread has finished all
// the work it caused (handlers, the character count, Leptos effects in microtasks), read
// by a MessageChannel message posted from the input event, which runs after them. The
// Event Timing API's durations are not used: with a DevTools session attached (needed to
// slow the CPU) headless Chromium reports multi-second "next paint" times for every event.
// Long animation frames (> 50 ms) are counted too. 200 characters are typed with a pause
// in the middle, long enough for the draft to be saved while the officer types.
async function typingRun(browser, url, rate) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.addInitScript(() => {
    window.__keys = [];
    window.__loaf = [];
    let keyAt = null;
    addEventListener("keydown", (e) => (keyAt = e.timeStamp), true);
    addEventListener("input", () => {
      if (keyAt === null) return;
      const start = keyAt;
      keyAt = null;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__keys.push(performance.now() - start);
      channel.port2.postMessage(0);
    }, true);
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__loaf.push(e.duration);
      }).observe({ type: "long-animation-frame", buffered: true });
    } catch {}
    // Every frame's start: a gap of more than one and a half frames is a frame dropped.
    window.__frames = [];
    const frame = (t) => {
      window.__frames.push(t);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await page.goto(url);
  await page.locator("#summary-text").waitFor({ timeout: 120_000 });
  // The typing measured is the app's: let it take the prerendered page over first.
  await page.mouse.move(5, 5);
  await page.mouse.move(15, 15);
  await page.waitForFunction(() => !document.getElementById("loading-frame"), null, { timeout: 120_000 });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  await page.waitForTimeout(1000);
  await page.evaluate(() => { window.__keys = []; window.__loaf = []; window.__frames = []; });
  const box = page.locator("#summary-text");
  await box.focus();
  const text = "The respondent followed the victim from work on three evenings and sent messages. ".repeat(3);
  await page.keyboard.type(text.slice(0, 100), { delay: 40 });
  await page.waitForTimeout(1500); // long enough for the draft to be saved
  await page.keyboard.type(text.slice(100, 200), { delay: 40 });
  await page.waitForTimeout(500);
  const result = await page.evaluate(() => ({ keys: window.__keys, loaf: window.__loaf, frames: window.__frames }));
  const saved = await page.evaluate(() => Object.keys(localStorage).length + Object.keys(sessionStorage).length);
  await context.close();
  const sorted = [...result.keys].sort((a, b) => a - b);
  return {
    keys: sorted.length,
    slowKeys: sorted.filter((d) => d > 16.7).length,
    p95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? null,
    worstMs: sorted[sorted.length - 1] ?? null,
    longFrames: result.loaf.filter((d) => d > 50).length,
    frames: result.frames.length,
    droppedFrames: droppedFrames(result.frames),
    draftSaved: saved > 0,
  };
}

/** Frames missed between consecutive frame starts (60 Hz): a 50 ms gap is two missed. */
function droppedFrames(starts) {
  const frame = 1000 / 60;
  let dropped = 0;
  for (let i = 1; i < starts.length; i++) {
    const gap = starts[i] - starts[i - 1];
    if (gap > 1.5 * frame) dropped += Math.round(gap / frame) - 1;
  }
  return dropped;
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const lhRuns = Object.fromEntries(pages.map((p) => [p.name, []]));
  const fieldRuns = Object.fromEntries(pages.filter((p) => p.field).map((p) => [p.name, []]));
  // The plain page (no script at all) is typed into the same way: the browser's own
  // floor for this measure, which includes waiting for a frame to be drawn.
  const typing = { x1: [], x4: [], plainX1: [], plainX4: [] };
  const areaRuns = Object.fromEntries(areas.map((a) => [a.area, []]));

  for (let i = 0; i < runs; i++) {
    if (parts.includes("lighthouse")) {
      const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
      try {
        for (const p of pages) lhRuns[p.name].push(await lighthouseRun(p.url, chrome));
      } finally {
        await chrome.kill();
      }
    }
    const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags.filter((f) => !f.startsWith("--headless")) });
    try {
      if (parts.includes("field")) {
        for (const p of pages.filter((p) => p.field)) fieldRuns[p.name].push(await firstFieldRun(browser, p.url, p.field));
      }
      if (parts.includes("apps")) {
        for (const a of areas) areaRuns[a.area].push(await areaRun(browser, a.url));
      }
      if (parts.includes("typing")) {
        typing.x1.push(await typingRun(browser, new URL("triage/summary", appUrl).href, 1));
        typing.x4.push(await typingRun(browser, new URL("triage/summary", appUrl).href, 4));
        typing.plainX1.push(await typingRun(browser, staticUrl, 1));
        typing.plainX4.push(await typingRun(browser, staticUrl, 4));
      }
    } finally {
      await browser.close();
    }
    console.error(`bench: run ${i + 1} of ${runs} done`);
  }

  const summarise = (list) => list.length === 0 ? { bytes: {}, requests: {} } : ({
    score: median(list.map((r) => r.score)),
    fcp: median(list.map((r) => r.fcp)),
    lcp: median(list.map((r) => r.lcp)),
    tbt: median(list.map((r) => r.tbt)),
    cls: median(list.map((r) => r.cls)),
    totalBytes: median(list.map((r) => r.totalBytes)),
    totalRequests: median(list.map((r) => r.totalRequests)),
    bytes: Object.fromEntries(["wasm", "js", "css", "html", "other"].map((k) => [k, median(list.map((r) => r.bytes[k]))])),
    requests: Object.fromEntries(["wasm", "js", "css", "html", "other"].map((k) => [k, median(list.map((r) => r.requests[k]))])),
  });
  const results = pages.map((p) => ({
    page: p.name,
    url: p.url,
    comparison: Boolean(p.comparison),
    ...summarise(lhRuns[p.name]),
    firstFieldMs: p.field ? median(fieldRuns[p.name].map((r) => r.usable)) : null,
    takeoverMs: p.field ? median(fieldRuns[p.name].map((r) => r.takeoverMs)) : null,
    runs: lhRuns[p.name].length,
  }));
  const typingSummary = Object.fromEntries(
    Object.entries(typing).map(([k, list]) => [k, {
      keys: median(list.map((r) => r.keys)),
      slowKeys: median(list.map((r) => r.slowKeys)),
      p95Ms: median(list.map((r) => r.p95Ms)),
      worstMs: median(list.map((r) => r.worstMs)),
      longFrames: median(list.map((r) => r.longFrames)),
      frames: median(list.map((r) => r.frames)),
      droppedFrames: median(list.map((r) => r.droppedFrames)),
      draftSaved: list.every((r) => r.draftSaved),
    }]),
  );

  const areaSummary = areas.map((a) => ({
    area: a.area,
    url: a.url,
    firstBytes: median(areaRuns[a.area].map((r) => r.firstBytes)),
    appBytes: median(areaRuns[a.area].map((r) => r.appBytes)),
    takeoverMs: median(areaRuns[a.area].map((r) => r.takeoverMs)),
    wasm: areaRuns[a.area][0]?.wasm ?? [],
  }));
  const form = results.find((r) => r.page.startsWith("Triage"));
  const plain = results.find((r) => r.comparison);
  const kib = (b) => b / 1024;
  const known = (v) => v !== null && v !== undefined && !Number.isNaN(v);
  const targets = [
    { target: "Triage form first load ≤ 150 KiB compressed", value: known(form.totalBytes) ? `${kib(form.totalBytes).toFixed(1)} KiB` : null, met: form.totalBytes <= 150 * 1024 },
    ...results.filter((r) => !r.comparison).map((r) => ({ target: `${r.page}: Lighthouse score ≥ 98`, value: known(r.score) ? String(r.score) : null, met: r.score >= 98 })),
    ...results.filter((r) => !r.comparison).map((r) => ({ target: `${r.page}: CLS 0`, value: known(r.cls) ? r.cls.toFixed(3) : null, met: r.cls === 0 })),
    ...areaSummary.filter((a) => a.area === "triage").map((a) => ({ target: "Triage form: first key press to the app having taken over (CPU ×4) ≤ 200 ms", value: known(a.takeoverMs) ? `${Math.round(a.takeoverMs)} ms` : null, met: a.takeoverMs <= 200 })),
    { target: "Triage form LCP ≤ 1.2 × plain page", value: known(form.lcp) ? `${(form.lcp / plain.lcp).toFixed(2)} ×` : null, met: form.lcp <= 1.2 * plain.lcp },
    { target: "First field usable (CPU ×4) ≤ 1.5 × plain page", value: known(form.firstFieldMs) ? `${(form.firstFieldMs / plain.firstFieldMs).toFixed(2)} ×` : null, met: form.firstFieldMs <= 1.5 * plain.firstFieldMs },
    ...["x1", "x4"].map((k) => [k, typingSummary[k], typingSummary[`plainX${k.slice(1)}`]]).map(([k, t, plain]) => ({
      target: `Typing in the summary drops no frame (CPU ${k.replace("x", "×")})`,
      value: known(t.frames) ? `${t.droppedFrames} of ${t.frames + t.droppedFrames} dropped (plain page: ${plain.droppedFrames} of ${plain.frames + plain.droppedFrames}); key to work done over 16.7 ms: ${t.slowKeys} of ${t.keys} (plain page: ${plain.slowKeys} of ${plain.keys})` : null,
      met: t.droppedFrames === 0,
    })),
  ].filter((t) => t.value !== null);


  const ms = (v) => (v == null ? "–" : `${Math.round(v)} ms`);
  const fixed = (v, d) => (v == null ? "–" : v.toFixed(d));
  const lines = [];
  lines.push(`Median of ${runs} runs. Chromium ${await chromeVersion()}, Lighthouse 12.8.2 (mobile preset, simulated throttling, CPU ×4). Served by the dev server with the build's compressed copies: brotli, which Chromium offers to localhost (a plain-HTTP intranet server sends the .gz copies: see the size test for both).`);
  lines.push("");
  lines.push("| Page | Score | FCP | LCP | TBT | CLS | First field usable (CPU ×4) | App took over after first key (CPU ×4) | Transferred | Requests | wasm | JS | CSS | HTML | Other |");
  lines.push("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const r of results) {
    const b = (k) => (r.bytes[k] == null ? "–" : `${kib(r.bytes[k]).toFixed(1)} KiB (${r.requests[k]})`);
    lines.push(`| ${r.page} | ${r.score ?? "–"} | ${ms(r.fcp)} | ${ms(r.lcp)} | ${ms(r.tbt)} | ${fixed(r.cls, 3)} | ${ms(r.firstFieldMs)} | ${ms(r.takeoverMs)} | ${r.totalBytes == null ? "–" : kib(r.totalBytes).toFixed(1) + " KiB"} | ${r.totalRequests ?? "–"} | ${b("wasm")} | ${b("js")} | ${b("css")} | ${b("html")} | ${b("other")} |`);
  }
  lines.push("");
  lines.push("| Area | First page | First load (as served) | App on first input (as served) | Key press to the app having taken over (CPU ×4) | wasm fetched |");
  lines.push("|---|---|---|---|---|---|");
  for (const a of areaSummary) {
    const k = (v) => (v == null ? "–" : `${kib(v).toFixed(1)} KiB`);
    lines.push(`| ${a.area} | ${new URL(a.url).pathname} | ${k(a.firstBytes)} | ${k(a.appBytes)} | ${ms(a.takeoverMs)} | ${a.wasm.join(", ") || "–"} |`);
  }
  lines.push("");
  lines.push("| Typing 200 characters in the case summary | Key presses measured | Key to work done over 16.7 ms | 95th percentile | Worst | Frames drawn | Frames dropped | Long animation frames (> 50 ms) | Draft saved |");
  lines.push("|---|---|---|---|---|---|---|---|---|");
  const ms1 = (v) => (v == null ? "–" : `${v.toFixed(1)} ms`);
  for (const [k, t] of Object.entries(typingSummary)) {
    const label = k.startsWith("plain") ? `Plain page, CPU ×${k.slice(6)}` : `App, CPU ${k.replace("x", "×")}`;
    lines.push(`| ${label} | ${t.keys} | ${t.slowKeys} | ${ms1(t.p95Ms)} | ${ms1(t.worstMs)} | ${t.frames} | ${t.droppedFrames} | ${t.longFrames} | ${k.startsWith("plain") ? "– (no drafts)" : t.draftSaved ? "yes" : "no"} |`);
  }
  lines.push("");
  lines.push("| Target | Measured | Met |");
  lines.push("|---|---|---|");
  for (const t of targets) lines.push(`| ${t.target} | ${t.value} | ${t.met ? "yes" : "**no**"} |`);
  const markdown = lines.join("\n") + "\n";

  fs.writeFileSync(path.join(outDir, "results.json"), JSON.stringify({ runs, pages: results, areas: areaSummary, typing: typingSummary, targets }, null, 2));
  fs.writeFileSync(path.join(outDir, "results.md"), markdown);
  console.log(markdown);
}

async function chromeVersion() {
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags.filter((f) => !f.startsWith("--headless")) });
  const v = browser.version();
  await browser.close();
  return v;
}

main().catch((e) => {
  console.error(`bench: ${e.stack ?? e}`);
  process.exit(1);
});
