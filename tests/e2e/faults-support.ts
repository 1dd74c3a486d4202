// Helpers for faults.spec.ts: a complete draft put in place without typing every
// section, the answers as shown, and what the inbox stored for this triage.
import { expect, gotoApp, inboxFiles } from "./fixtures";
import type { Page } from "@playwright/test";
import { TriagePage } from "./pages/triage-page";
import * as fs from "fs";

/** The complete fictional triage (written by `cargo xtask test`), saved just now. */
export function sampleDraft(): string {
  const file = process.env.SPO_SAMPLE_DRAFT;
  if (!file) throw new Error("SPO_SAMPLE_DRAFT not set: run the tests with `cargo xtask test`");
  const draft = JSON.parse(fs.readFileSync(file, "utf8"));
  draft.saved_at = new Date().toISOString();
  return JSON.stringify(draft);
}

/** Open "Check your answers" with the complete triage restored from a draft. */
export async function openCompleteTriage(page: Page) {
  await gotoApp(page, "triage");
  await page.evaluate((d) => localStorage.setItem("spo-triage-draft", d), sampleDraft());
  await gotoApp(page, "triage/check-answers");
  await expect(page.locator("h1")).toHaveText("Check your answers before sending");
  await expect(page.locator("main")).toContainText("Chris Fictional");
  await new TriagePage(page).confirmDeclaration();
}

/** Every answer as listed on "Check your answers". */
export async function shownAnswers(page: Page): Promise<string[]> {
  return page.locator(".summary-list").allInnerTexts();
}

/** The submission id and reference this triage is sent with (made on the first send). */
export async function pendingSubmission(page: Page): Promise<{ submission_id: string; reference: string }> {
  const text = await page.evaluate(() => localStorage.getItem("spo-triage-pending"));
  expect(text, "the submission id is kept for retries").not.toBeNull();
  return JSON.parse(text!);
}

/** How many records the inbox holds for this reference. */
export function storedCount(baseURL: string | undefined, reference: string): number {
  return inboxFiles(baseURL).filter((f) => JSON.parse(fs.readFileSync(f, "utf8")).reference === reference).length;
}

/** Storage that throws on every use, as in some locked-down browsers. */
export const THROWING_STORAGE = `
  for (const name of ["localStorage", "sessionStorage"]) {
    Object.defineProperty(window, name, { configurable: true, get() { throw new DOMException("Access is denied", "SecurityError"); } });
  }`;

/** Storage that is full: every write throws QuotaExceededError. */
export const FULL_STORAGE = `
  Storage.prototype.setItem = function () { throw new DOMException("The quota has been exceeded", "QuotaExceededError"); };`;

/** Storage that accepts writes and keeps nothing. */
export const FORGETFUL_STORAGE = `Storage.prototype.setItem = function () {};`;

/** This page never hears of other tabs' saves (as when the event is missed). */
export const DEAF_TO_OTHER_TABS = `window.addEventListener("storage", (e) => e.stopImmediatePropagation(), true);`;

/** Send the complete fictional triage to the dev inbox: its reference and the JSON stored. */
export async function sendCompleteTriage(page: Page, baseURL: string | undefined): Promise<{ reference: string; stored: string }> {
  await openCompleteTriage(page);
  const triage = new TriagePage(page);
  await triage.sendButton.click();
  await expect(page.locator("h1")).toHaveText("Triage sent", { timeout: 30_000 });
  const reference = (await triage.reference.textContent())!.trim();
  const file = inboxFiles(baseURL).find((f) => JSON.parse(fs.readFileSync(f, "utf8")).reference === reference)!;
  return { reference, stored: fs.readFileSync(file, "utf8") };
}
