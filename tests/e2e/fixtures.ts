// Shared helpers: axe-core on the current page, where the inbox writes, console checks.
import { test as base, expect, Page } from "@playwright/test";
import * as fs from "fs";
import * as path from "path";

const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** Run axe-core (WCAG 2.0–2.2 A and AA rules) on the page and fail on any violation. */
export async function expectNoAxeViolations(page: Page, state: string) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    // @ts-ignore axe is injected above
    const r = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    });
    return r.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n: any) => n.target.join(" ")),
    }));
  });
  expect(result, `axe-core violations on ${state}`).toEqual([]);
}

/** The folder the dev inbox of this project's server writes into. */
export function inboxDir(baseURL: string | undefined): string {
  const sub = baseURL?.includes("/spo/");
  const dir = sub ? process.env.SPO_INBOX_SUB : process.env.SPO_INBOX_ROOT;
  if (!dir) throw new Error("SPO_INBOX_ROOT/SPO_INBOX_SUB not set: run the tests with `cargo xtask test`");
  return dir;
}

/** Every JSON file the inbox stored. */
export function inboxFiles(baseURL: string | undefined): string[] {
  const dir = inboxDir(baseURL);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => path.join(dir, f));
}

/** The app is ready when its frame has replaced the loading frame. */
export async function gotoApp(page: Page, route: string) {
  await page.goto(route);
  // Generous: on a busy 2-core machine compiling the wasm can take several seconds.
  await expect(page.locator("#loading-frame")).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator("h1")).toHaveCount(1);
}

/** A page fixture that fails the test on any uncaught error in the page. */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await use(errors);
    expect(errors, "uncaught errors in the page").toEqual([]);
  },
});
export { expect };

/** Reload and wait for the app to start again, as generously as `gotoApp`. */
export async function reloadApp(page: Page) {
  await page.reload();
  await expect(page.locator("#loading-frame")).toHaveCount(0, { timeout: 30_000 });
}
