// The size gates of issues #6 and #14, one test per area of the site
// (src/domain/areas.rs): the compressed bytes of every request a first visit to the
// area's first page makes before anyone touches it, then of what the first sign of
// someone there fetches (the area's app, public/boot.js), as the browser received them
// from a server that compresses. The dev server sends the build's precompressed copies:
// brotli here, because Chromium offers it to localhost and HTTPS sites. A plain-HTTP
// intranet server sends the .gz copies instead, so the gzip figure is the size of the
// .gz copy of each file the browser fetched.
import { test, expect } from "./fixtures";
import type { BrowserContext, Page } from "@playwright/test";
import * as fs from "fs";
import * as path from "path";

type Gate = {
  area: string;
  /** The area's first page, as an officer or trainer would open it. */
  page: string;
  /** What shows when the page can be used. */
  ready: (page: Page) => ReturnType<Page["getByRole"]>;
  /** Whether the build prerenders it, so the app waits for someone to be there. */
  prerendered: boolean;
  /** KiB before any input (brotli): issue #6's 150 for every prerendered page. */
  firstKib: number;
  /** KiB of the area's app on first input, brotli and gzip (issue #14's targets, or the
   *  figure reached where the issue gives none: lower them whenever the figures drop). */
  appKib: number;
  appGzKib: number;
};

// Issue #14's targets are 320 KiB brotli and 420 KiB gzip for the triage and 200 KiB
// brotli for the guidance. Not reached yet: the gates sit at the figures reached (with
// 1 KiB for headers) until they are, and README.md's Performance section says what
// makes up each app and what reaching the targets would take.
// Raised on 2026-12-02 by what issue #15 (the message to legal services built in the
// form, email delivery, the .eml) and issue #18 (sources shown in the builder, four more
// worked examples, a guidance module) added: triage +12.2 KiB brotli, site +1.5,
// guidance +0.6, conditions +5.9. Issue #16's review code must not add more than 5 KiB
// to the triage's figures from here (357.2 brotli).
// Raised again on 2026-12-02 by issue #16's officer half in the form (the advice kept
// with the answers, shown beside each question, checked, and the next version with its
// change list computed in the browser): triage 357.5 to 371.1 KiB brotli, 459.8 to
// 478.8 gzip. That is over the 5 KiB issue #16 allows, so #16 stays open: measured
// with twiggy, the cost is spread over many small items (serde for the advice in hand,
// the change list, the views), not one to cut. Meeting it needs the advice's code in a
// build of the form loaded only when advice is in hand (see the closing note of stop 23).
// Lowered on 2026-12-02 once that was built (Cargo.toml's "answering" feature; the
// advice build has its own gate below): 360.8 KiB brotli, 464.6 gzip once the review
// endpoint's setting and the later version's HTML heading were added, so issue #16
// adds 3.6 KiB to the plain form (the advice link, finding a draft that holds advice,
// config.json's review_endpoint), within its 5. The gates sit at those figures with
// 1 KiB for headers; 362 is also #16's limit (357.2 + 5).
// Raised on 2026-12-02 by issue #17's chronology of acts in the form (its section page
// with each act's evidence, the acts each test and condition cites, their checks, rows
// and payload): 360.8 to 379.7 KiB brotli, 464.6 to 490.9 gzip; the first load is
// unchanged (17.3). That is the chronology's own code: none of the court pack or the
// Word files is in the form (no pack, zip or docx function in its wasm, checked by
// name). Two cuts made it 4.6 KiB smaller than first built: the new choices bound by
// position so the catalogue's radios and checkboxes code serves them, and date order by
// an insertion sort of positions rather than a standard sort made for each type.
const GATES: Gate[] = [
  {
    area: "triage",
    page: "triage/about-you",
    ready: (p) => p.getByRole("textbox", { name: "Your full name" }),
    prerendered: true,
    firstKib: 150,
    appKib: 381,
    appGzKib: 492,
  },
  { area: "guidance", page: "guidance", ready: (p) => p.getByRole("heading", { level: 1 }), prerendered: true, firstKib: 150, appKib: 222, appGzKib: 274 },
  // Raised to 171/206 (170.0/205.1 measured) by issue #17: the start page's paragraph
  // and the footer's link to the Pack area.
  { area: "site", page: "", ready: (p) => p.getByRole("heading", { level: 1 }), prerendered: true, firstKib: 150, appKib: 171, appGzKib: 206 },
  { area: "conditions", page: "examples", ready: (p) => p.getByRole("heading", { level: 1 }), prerendered: true, firstKib: 150, appKib: 312, appGzKib: 395 },
  // Issue #16's review area: its own app, loaded only on its pages. Raised from 305/384
  // to what was measured (353.6/452.9, +1 KiB) by what issue #16 added to it on 2026-12-02:
  // the officer's "Open advice" page, which checks both files and writes the form's
  // starting answers (Triage's serde code, which the review had not needed), version
  // 2's changes with the earlier advice, the authorisation form (about 11 KiB) and the
  // advice email. Raised again the same day to 360/459 (359.2/458.0 measured) by the
  // optional POST of the advice to config.json's review_endpoint: the fetch with its
  // time limit and the reading of the receiver's answer, shared with the form's send.
  // Raised again to 375/479 (373.5/477.9 measured) by issue #17: the review reads the
  // chronology and its citations back from the payload, shows and checks them, and
  // pins comments on them.
  { area: "review", page: "review", ready: (p) => p.getByRole("heading", { level: 1 }), prerendered: true, firstKib: 150, appKib: 375, appGzKib: 479 },
  // Issue #17's Pack area: the drafting of the documents, the Word writer and the zip
  // crate, only here. The gate is the figure measured on 2026-12-03 (367.4 brotli, 469.1
  // gzip) with 1 KiB for headers.
  { area: "pack", page: "pack", ready: (p) => p.getByRole("heading", { level: 1 }), prerendered: true, firstKib: 150, appKib: 369, appGzKib: 471 },
];

type Request = { url: string; type: string; bytes: number };

for (const gate of GATES) {
  test(`the ${gate.area} area: first load within ${gate.firstKib} KiB, its app within ${gate.appKib} KiB on first input, and the figures are printed`, async ({ page, context }, info) => {
    test.skip(info.project.name !== "root", "the same files are served under /spo/");
    const requests = await recordRequests(page, context);

    // A first visit, nobody touching the page: the prerendered page, usable as it is.
    await page.goto(gate.page, { waitUntil: "load" });
    await page.waitForLoadState("networkidle");
    await expect(gate.ready(page)).toBeVisible();
    expect(await page.locator("html[data-prerendered]").count(), "the build prerendered the page").toBe(gate.prerendered ? 1 : 0);
    const first = [...requests.values()];
    expect(first.filter(isWasm), "the app is not fetched before someone is there").toEqual([]);

    // The first sign of someone there fetches the app, which takes the page over.
    await page.mouse.move(5, 5);
    await page.mouse.move(20, 20);
    // No name: the frame the build wrote around the prerendered page is a plain block.
    await expect(page.locator("#loading-frame")).toHaveCount(0, { timeout: 30_000 });
    await page.waitForLoadState("networkidle");
    const app = [...requests.values()].slice(first.length);
    const wasm = app.filter(isWasm);
    // Only this area's app, and compressed: if the server stopped compressing, the gate
    // would catch it only much later.
    expect(wasm.map((r) => fileName(r.url).split("-")[0])).toEqual([gate.area]);
    expect(wasm[0].bytes, "the wasm is sent compressed").toBeLessThan(fs.statSync(distFile(wasm[0].url)).size * 0.6);

    const firstKib = kib(first);
    const appKib = kib(app);
    const appGzKib = gzKib(app);
    const summary =
      `${gate.area}: first load of /${gate.page} ${firstKib.toFixed(1)} KiB in ${first.length} requests (gate ${gate.firstKib}); ` +
      `its app on first input ${appKib.toFixed(1)} KiB brotli, ${appGzKib.toFixed(1)} KiB gzip, in ${app.length} requests (gates ${gate.appKib} and ${gate.appGzKib})`;
    console.log([summary, "before any input:", ...lines(first), "on first input:", ...lines(app)].join("\n"));
    const out = process.env.SPO_TEST_OUTPUT;
    if (out) {
      const dir = path.join(out, "..", "sizes");
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `${gate.area}.txt`), summary + "\n");
    }
    expect(firstKib, summary).toBeLessThanOrEqual(gate.firstKib);
    expect(appKib, summary).toBeLessThanOrEqual(gate.appKib);
    expect(appGzKib, summary).toBeLessThanOrEqual(gate.appGzKib);
  });
}

// The officer's form's advice build (Cargo.toml's "answering" feature), which boot.js
// loads in place of the plain form only when legal advice is in hand
// (advice-build.spec.ts): never on a first visit, so it has no first-load gate. Its
// own gate is the figure measured on 2026-12-02 (370.6 brotli, 479.3 gzip) with 1 KiB
// for headers. Raised to 394/509 (392.9/507.4 measured) by issue #17's chronology, as
// the plain form's gate above.
const ADVICE_BUILD = { appKib: 394, appGzKib: 509 };

test(`the triage form's advice build: its app within ${ADVICE_BUILD.appKib} KiB, and the figures are printed`, async ({ page, context }, info) => {
  test.skip(info.project.name !== "root", "the same files are served under /spo/");
  const requests = await recordRequests(page, context);
  // As the plain form leaves the tab when it finds advice it cannot hold.
  await page.addInitScript(() => sessionStorage.setItem("spo-triage-advice-build", "1"));
  await page.goto("triage", { waitUntil: "load" });
  await expect(page.locator("#loading-frame")).toHaveCount(0, { timeout: 30_000 });
  await page.waitForLoadState("networkidle");
  const all = [...requests.values()];
  const wasm = all.filter(isWasm);
  expect(wasm.map((r) => fileName(r.url).split("-")[0])).toEqual(["triage_advice"]);
  const app = all.filter((r) => /\.(wasm|js)$/.test(new URL(r.url).pathname) && !/\/(boot|fallback)\.js$/.test(new URL(r.url).pathname));
  const appKib = kib(app);
  const appGzKib = gzKib(app);
  const summary = `triage_advice: the form's advice build ${appKib.toFixed(1)} KiB brotli, ${appGzKib.toFixed(1)} KiB gzip, in ${app.length} requests (gates ${ADVICE_BUILD.appKib} and ${ADVICE_BUILD.appGzKib})`;
  console.log([summary, ...lines(app)].join("\n"));
  const out = process.env.SPO_TEST_OUTPUT;
  if (out) {
    const dir = path.join(out, "..", "sizes");
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "triage_advice.txt"), summary + "\n");
  }
  expect(appKib, summary).toBeLessThanOrEqual(ADVICE_BUILD.appKib);
  expect(appGzKib, summary).toBeLessThanOrEqual(ADVICE_BUILD.appGzKib);
});

// Issue #17: the pack's drafting and its Word writer are in the Pack area's app alone.
// Each marker is text only that code holds (a part of every .docx, the notice every
// document carries, a message of the court details), looked for in every app the build
// wrote, so a stray use elsewhere would pull it into another area and fail here.
test("the court pack's code and the Word writer are in the pack's app and no other", async ({}, info) => {
  test.skip(info.project.name !== "root", "the same files are served under /spo/");
  const dist = [process.env.SPO_DIST_ROOT, "dist"].filter(Boolean).find((d) => fs.existsSync(d!))!;
  const apps = fs.readdirSync(dist).filter((f) => f.endsWith("_bg.wasm"));
  expect(apps.map((f) => f.split("-")[0]).sort()).toEqual(["conditions", "guidance", "pack", "review", "site", "triage", "triage_advice"]);
  for (const marker of ["word/document.xml", "Draft: to be checked by legal services", "Enter the address at which the respondent is to be served"]) {
    const holding = apps.filter((f) => fs.readFileSync(path.join(dist, f)).includes(marker)).map((f) => f.split("-")[0]);
    expect(holding, marker).toEqual(["pack"]);
  }
});

/** Every request the page makes from now, with the compressed bytes received (no cache). */
async function recordRequests(page: Page, context: BrowserContext): Promise<Map<string, Request>> {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const requests = new Map<string, Request>();
  cdp.on("Network.requestWillBeSent", (e: any) => requests.set(e.requestId, { url: e.request.url, type: e.type ?? "Other", bytes: 0 }));
  cdp.on("Network.loadingFinished", (e: any) => {
    const r = requests.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
  });
  return requests;
}

function isWasm(r: { url: string }): boolean {
  return r.url.split("?")[0].endsWith(".wasm");
}

function kib(list: Request[]): number {
  return list.reduce((sum, r) => sum + r.bytes, 0) / 1024;
}

/** What a server without brotli sends: each file's .gz copy where the build wrote one. */
function gzKib(list: Request[]): number {
  return (
    list.reduce((sum, r) => {
      const file = distFile(r.url);
      return sum + fs.statSync(fs.existsSync(file + ".gz") ? file + ".gz" : file).size;
    }, 0) / 1024
  );
}

function lines(list: Request[]): string[] {
  return list.map((r) => `  ${(r.bytes / 1024).toFixed(1).padStart(7)} KiB  ${r.type.padEnd(10)} ${new URL(r.url).pathname}`);
}

function fileName(url: string): string {
  return new URL(url).pathname.split("/").pop()!;
}

/** The built file on disk for a URL the root build served (dist/ or target/NAME/dist). */
function distFile(url: string): string {
  const route = decodeURIComponent(new URL(url).pathname).replace(/^\/+/, "");
  const dirs = [process.env.SPO_DIST_ROOT, "dist"].filter(Boolean) as string[];
  for (const dir of dirs) {
    for (const candidate of [path.join(dir, route), path.join(dir, route, "index.html")]) {
      if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
    }
  }
  throw new Error(`cannot find ${route} in ${dirs.join(", ")}`);
}
