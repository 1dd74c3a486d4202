// The officer's triage journey, shared by the specs that walk it: open a section from
// the task list, save it, fill a date, and complete every section with the example
// case from the Rust fixture (through the page object in pages/triage-page.ts).
import { expect } from "./fixtures";
import type { Page } from "@playwright/test";
import { TriagePage } from "./pages/triage-page";

export async function openSection(page: Page, slug: string) {
  await new TriagePage(page).openSection(slug);
}

export async function saveSection(page: Page) {
  await new TriagePage(page).saveAndContinue();
}

/** Type a date into the three boxes of the date question with this legend. */
export async function fillDate(page: Page, legend: string, d: string, m: string, y: string, within = page.getByRole("main")) {
  const group = within.getByRole("group", { name: legend, exact: true });
  await expect(group).toBeVisible();
  await group.getByLabel("Day", { exact: true }).fill(d);
  await group.getByLabel("Month", { exact: true }).fill(m);
  await group.getByLabel("Year", { exact: true }).fill(y);
}

/** Complete every section with the example case. `text` goes at the end of each typed answer. */
export async function completeTriage(page: Page, text = "") {
  await new TriagePage(page).completeAll(text);
}
