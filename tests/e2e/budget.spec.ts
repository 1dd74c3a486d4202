// The size budget of issue #6: the compressed bytes of every request made by a first
// visit to the triage form (its first question page), as the browser received them
// from a server that compresses. The dev server sends the build's precompressed copies:
// brotli here, because Chromium offers it to localhost and HTTPS sites (a plain-HTTP
// intranet server would send the .gz copy, about a third bigger for the wasm).
import { test, expect, gotoApp } from "./fixtures";
import * as fs from "fs";
import * as path from "path";

// The issue's target.
const TARGET_KIB = 150;
// What this test enforces today. The target is not met yet (measured 470.6 KiB; see
// the README's "Performance" section): this gate stops the first load growing while
// the work to reach the target goes on. Lower it whenever the figure drops.
const GATE_KIB = 500;

test("the triage form's first load stays within its size gate, and the figure is printed", async ({ page, context }) => {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const requests = new Map<string, { url: string; type: string; bytes: number }>();
  cdp.on("Network.requestWillBeSent", (e: any) => requests.set(e.requestId, { url: e.request.url, type: e.type ?? "Other", bytes: 0 }));
  cdp.on("Network.loadingFinished", (e: any) => {
    const r = requests.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
  });
  await gotoApp(page, "triage/about-you");
  await expect(page.locator("#about-name")).toBeEditable();
  await page.waitForLoadState("networkidle");
  const list = [...requests.values()];
  const total = list.reduce((sum, r) => sum + r.bytes, 0);
  const kib = total / 1024;
  const wasm = list.filter((r) => r.url.split("?")[0].endsWith(".wasm"));
  // The wasm must come compressed: if the server stopped compressing, the gate would
  // catch it only much later.
  expect(wasm.length).toBe(1);
  expect(wasm[0].bytes, "the wasm is sent compressed").toBeLessThan(fs.statSync(wasmFile(wasm[0].url)).size * 0.6);
  const lines = list.map((r) => `  ${(r.bytes / 1024).toFixed(1).padStart(7)} KiB  ${r.type.padEnd(10)} ${new URL(r.url).pathname}`);
  const summary = `first load of the triage form: ${kib.toFixed(1)} KiB compressed in ${list.length} requests (gate ${GATE_KIB} KiB; target ${TARGET_KIB} KiB: ${kib <= TARGET_KIB ? "met" : `not met, ${(kib - TARGET_KIB).toFixed(1)} KiB over`})`;
  console.log([summary, ...lines].join("\n"));
  const out = process.env.SPO_TEST_OUTPUT;
  if (out) {
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, "..", "first-load.txt"), summary + "\n");
  }
  expect(kib, summary).toBeLessThanOrEqual(GATE_KIB);
});

/** The built wasm on disk for a served URL (the root build is in dist/ or target/NAME/dist). */
function wasmFile(url: string): string {
  const name = new URL(url).pathname.split("/").pop()!;
  const candidates = [process.env.SPO_DIST_ROOT, "dist"].filter(Boolean) as string[];
  for (const dir of candidates) {
    const p = path.join(dir, name);
    if (fs.existsSync(p)) return p;
  }
  throw new Error(`cannot find ${name} in ${candidates.join(", ")}`);
}
