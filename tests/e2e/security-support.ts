// Helpers for security.spec.ts: markup payloads, and watchers for what must never hold
// entered text: addresses, titles and console output.
import { expect } from "./fixtures";
import type { Locator, Page } from "@playwright/test";

/** Markup that would run if any view inserted text as HTML. */
export const PAYLOADS = [`<img src=x onerror=window.__pwned=1>`, `"><script>window.__pwned=1</script>`];
export const PAYLOAD = ` ${PAYLOADS[0]}${PAYLOADS[1]}`;

/** Entered words that must never reach an address, a title or the console (lower case). */
export const SECRETS = ["sam example", "sam%20example", "sam+example", "chris fictional", "chris%20fictional", "exampletown", "jo example", "public protection unit", "pwned", "onerror", "%3cscript", "<script"];

export function secretsIn(text: string): string[] {
  const lower = text.toLowerCase();
  return SECRETS.filter((s) => lower.includes(s));
}

/** Records every address the page shows, every title it sets and every console line. */
export async function watchLeaks(page: Page) {
  const seen = { urls: [] as string[], titles: [] as string[], console: [] as string[] };
  page.on("framenavigated", (f) => seen.urls.push(f.url()));
  page.on("console", (m) => seen.console.push(m.text()));
  await page.exposeBinding("__spoSeen", (_s, url: string, title: string) => {
    seen.urls.push(url);
    seen.titles.push(title);
  });
  // The app changes the address with history.pushState and the title in place, neither
  // of which Playwright reports: watch both from inside the page.
  await page.addInitScript(() => {
    let last = "";
    const report = () => {
      const now = `${location.href}\n${document.title}`;
      if (now === last) return;
      last = now;
      (window as any).__spoSeen?.(location.href, document.title);
    };
    for (const name of ["pushState", "replaceState"] as const) {
      const original = history[name].bind(history);
      history[name] = (...args: any[]) => {
        const r = (original as any)(...args);
        report();
        return r;
      };
    }
    new MutationObserver(report).observe(document, { subtree: true, childList: true, characterData: true });
  });
  return seen;
}

/** Neither payload has run, and no element it would create exists. */
export async function expectNothingRan(page: Page, where: string) {
  expect(await page.evaluate(() => (window as any).__pwned), `script ran on ${where}`).toBeUndefined();
  await expect(page.locator("main img, main script"), `markup from answers on ${where}`).toHaveCount(0);
}

/** fallback.js's message when the app cannot start: an alert with no name, headed by the page's h1. */
export function fallbackMessage(page: Page): Locator {
  return page.getByRole("alert").filter({ has: page.getByRole("heading", { level: 1 }) });
}
