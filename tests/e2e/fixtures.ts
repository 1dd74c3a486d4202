// Shared helpers: axe-core on the current page, where the inbox writes, console checks,
// and the security watch every test runs under (CSP violations, third-party requests).
import { test as base, expect, Page } from "@playwright/test";
import * as fs from "fs";
import * as path from "path";
import { appendCount, type Figure } from "./figures";

const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** Run axe-core (WCAG 2.0–2.2 A and AA rules) on the page and fail on any violation. */
export async function expectNoAxeViolations(page: Page, state: string) {
  // Evaluated through the DevTools protocol: an injected inline <script> would be
  // refused by the site's Content-Security-Policy (and reported as a violation).
  await page.evaluate(axeSource);
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
  // One page state for the accessibility statement: this test's, by this name.
  countFigure("axeStates", [...test.info().titlePath, state].join(" › "));
}

/**
 * Count something the accessibility statement gives a figure for (tests/e2e/figures.ts):
 * `key` names what was checked, so checking it again does not count twice; `amount` is
 * how many it stands for. Only the root project counts: the /spo/ project repeats tests.
 */
export function countFigure(figure: Figure, key: string, amount = 1): void {
  const info = test.info();
  if (info.project.name !== "root") return;
  appendCount(info.workerIndex, figure, key, amount);
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

/** Where the triage form keeps its draft (`DRAFT_KEY` in src/domain/triage/draft.rs). */
export const DRAFT_KEY = "spo-triage-draft";

/** Every text value in the draft the app stored, wherever in the draft it sits. */
export async function draftTexts(page: Page, storage: "localStorage" | "sessionStorage" = "localStorage"): Promise<string[]> {
  const text = await page.evaluate(([where, key]) => window[where as "localStorage"].getItem(key), [storage, DRAFT_KEY]);
  const texts: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === "string") texts.push(v);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  if (text) walk(JSON.parse(text));
  return texts;
}

/**
 * Wait until the draft holds `answer`: the app saves it a moment after typing stops
 * (src/pages/triage/state.rs), so poll the storage rather than wait a fixed time.
 */
export async function expectDraftToHold(page: Page, answer: string, storage: "localStorage" | "sessionStorage" = "localStorage") {
  await expect
    .poll(async () => (await draftTexts(page, storage)).some((t) => t.includes(answer)), { message: `the draft in ${storage} holds ${JSON.stringify(answer)}` })
    .toBe(true);
}

/** The app is ready when its frame has replaced the loading frame. */
export async function gotoApp(page: Page, route: string) {
  await page.goto(route);
  await appStarted(page);
  await expect(page.locator("h1")).toHaveCount(1);
}

/**
 * A link into another area of the site (src/domain/areas.rs) loads that area's page in
 * full, as any web page does: the address has changed, nothing is focused, and the
 * first Tab stop is the skip link. Links within an area move focus to the new heading.
 */
export async function expectNewPageLoaded(page: Page, route: RegExp) {
  await expect(page).toHaveURL(route);
  // The address changes when the new page starts to load; boot.js, deferred, listens for
  // the first input only once the page has loaded, as a key pressed sooner starts nothing.
  await page.waitForLoadState("load");
  await expect.poll(() => page.evaluate(() => document.activeElement === document.body || document.activeElement === null)).toBe(true);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content", exact: true })).toBeFocused();
  await appStarted(page);
}

/**
 * Wait for the app to take over. A prerendered page fetches the app only when someone is
 * there (public/boot.js), so move the mouse as an officer would.
 */
export async function appStarted(page: Page) {
  if ((await page.locator("html[data-prerendered]").count()) > 0) {
    await page.mouse.move(3, 3);
    await page.mouse.move(9, 9);
  }
  // Generous: on a busy 2-core machine compiling the wasm can take several seconds.
  await expect(page.locator("#loading-frame")).toHaveCount(0, { timeout: 30_000 });
}

/** The origin of the configured endpoint when it is not on the site (as in config.json). */
export function endpointOrigin(): string | null {
  const url: string = JSON.parse(fs.readFileSync("public/config.json", "utf8")).endpoint.url;
  return /^https?:\/\//i.test(url) ? new URL(url).origin : null;
}

type SecurityOptions = {
  /** Origins a test may also reach, beyond the site's and the configured endpoint's. */
  allowedOrigins: string[];
  /** Blocked-URL prefixes whose CSP violations a test provokes on purpose. */
  allowedCspViolations: string[];
  /** Uncaught errors a test provokes on purpose (matched against the error's text). */
  allowedPageErrors: RegExp[];
};

type Fixtures = {
  /** Every uncaught error in the test's pages (the page-error watch fills it). */
  pageErrors: string[];
  /** Every URL the test's pages requested (the security watch fills it). */
  requestedUrls: string[];
  securityWatch: void;
};

/**
 * `test`: fails on any uncaught error in any of its pages, any Content-Security-Policy
 * violation and any request to an origin other than the site's and the configured
 * endpoint's, in every test (auto fixtures). A test that needs more says so:
 * `test.use({ allowedOrigins: [...] })`, `test.use({ allowedPageErrors: [/.../] })`.
 */
export const test = base.extend<Fixtures & SecurityOptions>({
  allowedOrigins: [[], { option: true }],
  allowedCspViolations: [[], { option: true }],
  allowedPageErrors: [[], { option: true }],
  pageErrors: [
    async ({ context, allowedPageErrors }, use) => {
      const errors: string[] = [];
      // The context's "weberror" is every page's "pageerror": the test's own page and
      // any it opens (a second tab, a link opened in a new window).
      context.on("weberror", (e) => {
        const error = e.error();
        errors.push(`${e.page()?.url() ?? "a page"}: ${error.name}: ${error.message}${error.stack ? `\n${error.stack}` : ""}`);
      });
      await use(errors);
      const unexpected = errors.filter((e) => !allowedPageErrors.some((allowed) => allowed.test(e)));
      expect(unexpected, "uncaught errors in the pages").toEqual([]);
    },
    { auto: true },
  ],
  requestedUrls: async ({}, use) => {
    await use([]);
  },
  securityWatch: [
    async ({ context, baseURL, allowedOrigins, allowedCspViolations, requestedUrls }, use) => {
      const violations: string[] = [];
      // The page reports each violation through a binding that survives navigation;
      // the console catches any the event misses (e.g. before the script was added).
      await context.exposeBinding("__spoCspViolation", (_source, text: string) => violations.push(text));
      await context.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) => {
          const text = `${e.violatedDirective} refused ${e.blockedURI || "(inline)"} at ${e.sourceFile}:${e.lineNumber}`;
          (window as any).__spoCspViolation?.(text);
        });
      });
      const consoleCsp: string[] = [];
      context.on("console", (m) => {
        if (/Content Security Policy/i.test(m.text())) consoleCsp.push(m.text());
      });
      context.on("request", (r) => requestedUrls.push(r.url()));
      await use();
      const allowedBlocked = (text: string) => allowedCspViolations.some((prefix) => text.includes(prefix));
      expect(violations.filter((v) => !allowedBlocked(v)), "Content-Security-Policy violations").toEqual([]);
      expect(consoleCsp.filter((v) => !allowedBlocked(v)), "Content-Security-Policy messages in the console").toEqual([]);
      const origins = new Set([new URL(baseURL ?? "http://127.0.0.1/").origin, ...allowedOrigins.map((o) => new URL(o).origin)]);
      const endpoint = endpointOrigin();
      if (endpoint) origins.add(endpoint);
      const elsewhere = requestedUrls.filter((u) => {
        if (u.startsWith("data:") || u.startsWith("blob:")) return false;
        try {
          return !origins.has(new URL(u).origin);
        } catch {
          return true;
        }
      });
      expect(elsewhere, `requests to origins other than ${[...origins].join(", ")}`).toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Reload and wait for the app to start again, as generously as `gotoApp`. */
export async function reloadApp(page: Page) {
  await page.reload();
  await appStarted(page);
}
