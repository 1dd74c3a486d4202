// Helpers for security.spec.ts: the officer's whole triage (as in triage.spec.ts, which
// cannot be imported without running its tests) and watchers for what must never hold
// entered text: addresses, titles and console output.
import { expect, gotoApp } from "./fixtures";
import type { Page } from "@playwright/test";

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

async function openSection(page: Page, slug: string) {
  await gotoApp(page, "triage");
  await page.locator(`a[href$="triage/${slug}"]`).first().click();
  await expect(page.locator("#save-and-continue")).toBeVisible();
}

async function saveSection(page: Page) {
  await page.locator("#save-and-continue").click();
  await expect(page.locator("h1")).toHaveText("SPO triage");
}

async function fillDate(page: Page, stem: string, d: string, m: string, y: string) {
  await page.fill(`#${stem}-day`, d);
  await page.fill(`#${stem}-month`, m);
  await page.fill(`#${stem}-year`, y);
}

/** Every section of the triage with a fictional adult case; `text` ends every free-text answer. */
export async function completeTriage(page: Page, text: string) {
  await openSection(page, "about-you");
  await page.fill("#about-name", `Jo Example${text}`);
  await page.fill("#about-rank", "DC");
  await page.fill("#about-collar-number", "4521");
  await page.fill("#about-email", "jo.example@exampleshire.police.example");
  await page.fill("#about-phone", "01632 960001");
  await page.fill("#about-team", `Public Protection Unit${text}`);
  await saveSection(page);

  await openSection(page, "investigation");
  await page.check("#investigation-substantive");
  await page.fill("#investigation-crime-reference-0", "24/123456/25");
  await page.check("#investigation-offences");
  await page.check("#investigation-stage");
  await page.check("#investigation-bail-2");
  await saveSection(page);

  await openSection(page, "people");
  await page.fill("#people-0-name", `Sam Example${text}`);
  await fillDate(page, "people-0-dob", "3", "11", "1990");
  await page.check("#people-0-relationship");
  await page.check("#people-0-role");
  await saveSection(page);

  await openSection(page, "respondent");
  await page.fill("#respondent-name", `Chris Fictional${text}`);
  await fillDate(page, "respondent-dob", "12", "4", "1988");
  await page.fill("#respondent-address", `1 Example Street, Exampletown${text}`);
  await page.check("#respondent-area-connection");
  await page.check("#respondent-existing-spo-2");
  await saveSection(page);

  await openSection(page, "behaviour-and-risk");
  await page.check("#behaviour-seen");
  await page.fill("#behaviour-acts-evidence", `Followed Sam to work on three dates, seen on CCTV.${text}`);
  await page.fill("#behaviour-risk-evidence", `Messages escalating to threats.${text}`);
  await page.fill("#behaviour-necessity-evidence", `Bail ends with the case and has been breached.${text}`);
  await page.check("#behaviour-risk-tool");
  await page.fill("#behaviour-risk-outcome", `High risk, assessed 1 November 2026${text}`);
  await page.check("#behaviour-mental-health-2");
  await page.check("#behaviour-immediate-risk-2");
  await saveSection(page);

  await openSection(page, "existing-orders");
  await page.check("#existing-orders-any-2");
  await saveSection(page);

  await openSection(page, "order-sought");
  await page.check("#order-type");
  await page.fill("#order-interim-weeks", "8");
  await page.check("#order-full-duration");
  await page.fill("#order-full-months", "36");
  await page.check("#order-locality");
  await page.check("#order-avoid-times-2");
  await saveSection(page);

  await openSection(page, "summary");
  await page.fill("#summary-text", `Sam ended a relationship with Chris, who has since followed Sam daily.${text}`);
  await saveSection(page);

  await openSection(page, "conditions");
  await page.getByRole("button", { name: "Add condition: No contact with the protected person", exact: true }).click();
  await page.fill("#condition-1-slot-person", `Sam Example${text}`);
  await page.fill("#condition-1-reason", `Daily unwanted contact is the core of the risk.${text}`);
  await saveSection(page);

  await openSection(page, "victim-views");
  await page.check("#victim-views-obtained");
  await page.check("#victim-stance");
  await page.fill("#victim-views-on-conditions", `Wants no contact of any kind.${text}`);
  await page.check("#victim-advocate-2");
  await saveSection(page);
}

/** Neither payload has run, and no element it would create exists. */
export async function expectNothingRan(page: Page, where: string) {
  expect(await page.evaluate(() => (window as any).__pwned), `script ran on ${where}`).toBeUndefined();
  await expect(page.locator("main img, main script"), `markup from answers on ${where}`).toHaveCount(0);
}
