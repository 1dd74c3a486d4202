// The officer's triage journey, shared by the specs that walk it: open a section from
// the task list, save it, fill a date, and complete every section with a fictional
// adult case (used by the triage, security, limits and snapshot specs).
import { expect, gotoApp } from "./fixtures";
import type { Page } from "@playwright/test";

export async function openSection(page: Page, slug: string) {
  await gotoApp(page, "triage");
  await page.locator(`a[href$="triage/${slug}"]`).first().click();
  await expect(page.locator("#save-and-continue")).toBeVisible();
}

export async function saveSection(page: Page) {
  await page.locator("#save-and-continue").click();
  await expect(page.locator("h1")).toHaveText("SPO triage");
}

export async function fillDate(page: Page, stem: string, d: string, m: string, y: string) {
  await page.fill(`#${stem}-day`, d);
  await page.fill(`#${stem}-month`, m);
  await page.fill(`#${stem}-year`, y);
}

/** Complete every section with a fictional adult case. `text` goes in each free-text answer. */
export async function completeTriage(page: Page, text = "") {
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
  await page.fill("#behaviour-risk-evidence", `Messages escalating to threats; risk of psychological harm.${text}`);
  await page.fill("#behaviour-necessity-evidence", `Bail ends with the case and has been breached already.${text}`);
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
  await page.fill("#summary-text", `Sam ended a relationship with Chris, who has since followed and messaged Sam daily.${text}`);
  await saveSection(page);

  await openSection(page, "conditions");
  await page.getByRole("button", { name: "Add condition: No contact with the protected person", exact: true }).click();
  await page.fill("#condition-1-slot-person", `Sam Example${text}`);
  await page.fill("#condition-1-reason", `Daily unwanted contact is the core of the risk to Sam.${text}`);
  await saveSection(page);

  await openSection(page, "victim-views");
  await page.check("#victim-views-obtained");
  await page.check("#victim-stance");
  await page.fill("#victim-views-on-conditions", `Wants no contact of any kind.${text}`);
  await page.check("#victim-advocate-2");
  await saveSection(page);
}
