// The officer's journey through the triage: sections, errors, youth routes, sending
// with failures and retries, drafts and saved files, and text that must never run.
// Fields, buttons and links are found by role and label. The notices, messages, the
// progress line and the reference are plain blocks with no role or name of their own,
// so those are found by their ids.
import { test, expect, expectDraftToHold, expectNoAxeViolations, gotoApp, inboxFiles, reloadApp } from "./fixtures";
import type { Page, Route } from "@playwright/test";
import { completeTriage, fillDate, openSection, saveSection } from "./triage-journey";
import { TriagePage } from "./pages/triage-page";
import * as fs from "fs";

const SECTIONS = ["about-you", "investigation", "people", "respondent", "chronology", "behaviour-and-risk", "existing-orders", "order-sought", "summary", "conditions", "victim-views"];
const XSS = `<script>window.__pwned=1</script>"><img src=x onerror="window.__pwned=1">`;

async function send(page: Page) {
  await page.getByRole("link", { name: "Check your answers and send", exact: true }).click();
  await expect(page.locator("h1")).toHaveText("Check your answers before sending");
  await new TriagePage(page).confirmDeclaration();
  await new TriagePage(page).sendButton.click();
}

/** A payload without what the moment of sending decides: ids, times, ages, the force's
 *  name and the builder's wording (checked on its own). */
function comparable(payload: any): any {
  // The notification repeats the answers with the moment's ids and times in it; the
  // delivery spec checks it on its own.
  const drop = new Set(["submission_id", "reference", "submitted_at", "force", "age", "wording", "notification"]);
  const walk = (v: any): any =>
    Array.isArray(v) ? v.map(walk) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).filter(([k]) => !drop.has(k)).map(([k, x]) => [k, walk(x)])) : v;
  return walk(payload);
}

function storedFor(baseURL: string | undefined, reference: string) {
  return inboxFiles(baseURL)
    .map((f) => JSON.parse(fs.readFileSync(f, "utf8")))
    .filter((p) => p.reference === reference);
}

test("an officer completes every section and sends; the inbox holds exactly those answers", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  await completeTriage(page);
  await expect(page.locator("#progress")).toHaveText("You have completed 11 of 11 sections.");
  await expectNoAxeViolations(page, "task list, all completed");
  await page.getByRole("link", { name: "Check your answers and send", exact: true }).click();
  await expect(page.locator("main")).toContainText("Chris Fictional");
  await expectNoAxeViolations(page, "check your answers");
  await new TriagePage(page).confirmDeclaration();
  await new TriagePage(page).sendButton.click();
  await expect(page.locator("h1")).toHaveText("Triage sent");
  const reference = (await page.locator("#reference").textContent())!.trim();
  expect(reference).toMatch(/^SPO-[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{4}$/);
  await expect(page.locator("#contacts")).toContainText("Stalking and Harassment Unit");
  await expect(page.locator("#answers-copy")).toContainText("Sam Example");
  await expectNoAxeViolations(page, "confirmation");
  const stored = storedFor(baseURL, reference);
  expect(stored).toHaveLength(1);
  const p = stored[0];
  // Everything in the example case came through the form: the payload equals the one
  // the domain builds from the same Rust fixture, less what the moment of sending
  // decides (ids, times, ages on today's date) and the force's name from config.
  const expected = JSON.parse(fs.readFileSync(process.env.SPO_SAMPLE_PAYLOAD ?? "target/e2e/sample-payload.json", "utf8"));
  expect(comparable(p)).toEqual(comparable(expected));
  expect(p.notification.text, "the message carries the answers the officer typed").toContain("Chris Fictional");
  expect(p).toMatchObject({ schema_version: 1, reference, force: "Exampleshire Police", priority: "routine", declaration_confirmed: true });
  expect(p.respondent.sex_offender_notification).toBe("no");
  expect(p.behaviour_risk.mental_health_checks).toContain("custody record");
  expect(p.conditions[0].wording).toContain(p.conditions[0].slots[0].text);
  expect(p.submission_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  // The draft is cleared after a successful submission.
  await gotoApp(page, "triage");
  await expect(page.locator("#progress")).toHaveText(/You have completed 0 of/);
});

test.describe("continuing from an empty section", () => {
  for (const slug of SECTIONS) {
    test(`"${slug}" shows the error summary, focused, with links that focus each field`, async ({ page }) => {
      await openSection(page, slug);
      await page.getByRole("button", { name: "Save and continue" }).click();
      const summary = page.locator("#error-summary");
      await expect(summary).toBeVisible();
      await expect(summary).toBeFocused();
      await expect(summary).toContainText("There is a problem");
      await expect(page).toHaveTitle(/^Error: /);
      const links = summary.locator("a");
      expect(await links.count()).toBeGreaterThan(0);
      const first = links.first();
      const href = (await first.getAttribute("href"))!;
      const message = (await first.textContent())!;
      await first.click();
      const target = page.locator(href.slice(href.indexOf("#")));
      await expect(target).toBeFocused();
      // The same message stands by the field, with a hidden "Error:" prefix.
      await expect(page.locator(".error-message").filter({ hasText: message }).first()).toContainText(`Error: ${message}`);
      await expectNoAxeViolations(page, `${slug} with errors`);
    });
  }
});

test("an under-18 respondent is sent to the Youth Justice Service, and an under-10 is stopped", async ({ page }) => {
  const triage = new TriagePage(page);
  await triage.openSection("respondent");
  const year = new Date().getFullYear();
  await triage.fillSection("respondent", { except: ["Respondent's date of birth"] });
  await fillDate(page, "Respondent's date of birth", "1", "1", String(year - 15));
  await expect(page.locator("#youth-route")).toContainText("Youth Justice Service");
  await expect(page.locator("#youth-route")).toContainText("Exampleshire Youth Justice Service");
  await expectNoAxeViolations(page, "respondent aged 15");
  await triage.saveAndContinue();
  await expect(page.getByRole("link", { name: "Youth Justice Service", exact: true })).toBeVisible();
  await triage.openSection("youth-justice");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("alert")).toContainText("Youth Justice Service");
  await page
    .getByRole("group", { name: "Have you contacted the Youth Justice Service about this respondent?" })
    .getByRole("radio", { name: "Yes", exact: true })
    .check();
  await fillDate(page, "Date you contacted the Youth Justice Service", "1", "1", String(year - 1));
  await page.getByLabel("Name of the person you contacted", { exact: true }).fill("Pat Example");
  await triage.saveAndContinue();
  await triage.expectStatus("youth-justice", "Completed");

  await triage.openSection("respondent");
  await fillDate(page, "Respondent's date of birth", "1", "1", String(year - 8));
  await expect(page.locator("#under-ten")).toContainText("should not be sought for a child under 10");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("alert")).toContainText("under 10");
  await expectNoAxeViolations(page, "respondent aged 8 with errors");
});

test("with no date of birth, the officer's answer on under 18 decides the youth route, on every page", async ({ page }) => {
  const triage = new TriagePage(page);
  await triage.openSection("respondent");
  await triage.fillSection("respondent", { except: ["Respondent's date of birth"] });
  await page.getByRole("checkbox", { name: "I do not know their date of birth", exact: true }).check();
  await expect(page.getByRole("group", { name: "Respondent's date of birth" })).toHaveCount(0);
  // The new question is asked, and required.
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("alert")).toContainText("Select whether the respondent is under 18");
  const under18 = page.getByRole("group", { name: "Is the respondent under 18?", exact: true });
  await under18.getByRole("radio", { name: "Yes", exact: true }).check();
  await expect(page.locator("#youth-route")).toContainText("Youth Justice Service");
  await expectNoAxeViolations(page, "respondent said to be under 18");
  await triage.saveAndContinue();
  await expect(page.getByRole("link", { name: "Youth Justice Service", exact: true })).toBeVisible();
  await triage.checkAnswers();
  const answers = page.getByRole("main");
  await expect(answers).toContainText("Respondent under 18");
  await expect(answers).toContainText("Youth route");
  await expect(answers).toContainText("Subject to sex offender notification");
  // Back to "No": the route and its section go.
  await triage.openSection("respondent");
  await under18.getByRole("radio", { name: "No", exact: true }).check();
  await expect(page.locator("#youth-route")).toHaveCount(0);
  await triage.saveAndContinue();
  await expect(page.getByRole("link", { name: "Youth Justice Service", exact: true })).toHaveCount(0);
});

test("the form asks what was checked when mental health is not known, and only then", async ({ page }) => {
  const triage = new TriagePage(page);
  await triage.openSection("behaviour-and-risk");
  const mental = page.getByRole("group", { name: "Does the respondent have known mental health issues?", exact: true });
  const checked = page.getByLabel("What did you check?", { exact: true });
  await mental.getByRole("radio", { name: "No", exact: true }).check();
  await expect(checked).toHaveCount(0);
  await mental.getByRole("radio", { name: "Not known", exact: true }).check();
  await expect(checked).toBeVisible();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("alert")).toContainText("Enter what you checked to find out about the respondent's mental health");
  await expectNoAxeViolations(page, "mental health not known, with errors");
});

test("failures keep every answer and a later retry stores one record", async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  // A short timeout so the timeout case is quick.
  const config = JSON.parse(fs.readFileSync("public/config.json", "utf8"));
  config.endpoint.timeout_seconds = 2;
  await page.route("**/config.json", (r) => r.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(config) }));
  await completeTriage(page);
  await page.getByRole("link", { name: "Check your answers and send", exact: true }).click();
  await new TriagePage(page).confirmDeclaration();
  // The timeout case: the endpoint never answers; the request is let go once the app
  // has given up on it and said so.
  const unanswered: Route[] = [];
  const cases: [string, (r: Route) => Promise<void>, RegExp][] = [
    ["500", (r) => r.fulfill({ status: 500, body: "oops" }), /had a problem \(error 500\)/],
    ["400 with a message", (r) => r.fulfill({ status: 400, contentType: "application/json", body: JSON.stringify({ error: "Missing field crime_references" }) }), /refused the answers \(error 400\).*Missing field crime_references/],
    ["400 without a message", (r) => r.fulfill({ status: 400, body: "" }), /refused the answers \(error 400\)/],
    ["no server", (r) => r.abort("connectionrefused"), /could not be sent/],
    ["timeout", async (r) => void unanswered.push(r), /no answer .* within 2 seconds/],
  ];
  for (const [name, handler, expected] of cases) {
    await page.route("**/api/submissions", handler);
    await new TriagePage(page).sendButton.click();
    await expect(page.locator("#send-failed"), name).toContainText(expected);
    await expect(page.locator("h1")).toHaveText("Check your answers before sending");
    await expect(page.locator("main")).toContainText("Chris Fictional");
    await expectNoAxeViolations(page, `send failed: ${name}`);
    await page.unroute("**/api/submissions");
  }
  expect(unanswered, "the timeout case's request reached the endpoint").toHaveLength(1);
  // The app aborted it already, so Playwright may find nothing left to abort.
  for (const r of unanswered) await r.abort().catch(() => {});
  // Downloads of the answers work while the endpoint is failing.
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download a readable copy (text)", exact: true }).click()]);
  const copy = fs.readFileSync((await dl.path())!, "utf8");
  expect(copy).toContain("OFFICIAL-SENSITIVE");
  expect(copy).toContain("Chris Fictional");
  expect(dl.suggestedFilename()).toMatch(/^spo-triage-\d{4}-\d{2}-\d{2}\.txt$/);
  await page.getByRole("button", { name: "Try again", exact: true }).click();
  await expect(page.locator("h1")).toHaveText("Triage sent");
  const reference = (await page.locator("#reference").textContent())!.trim();
  expect(storedFor(baseURL, reference)).toHaveLength(1);
});

test("a draft survives a reload and is deleted on request", async ({ page }) => {
  await openSection(page, "about-you");
  await page.getByLabel("Your full name", { exact: true }).fill("Jo Draft");
  await expectDraftToHold(page, "Jo Draft");
  await reloadApp(page);
  await gotoApp(page, "triage");
  await expect(page.locator("#draft-restored")).toContainText("We have restored your draft");
  await expect(new TriagePage(page).taskLink("about-you")).toHaveAccessibleDescription("In progress");
  await expectNoAxeViolations(page, "task list with a restored draft");
  await page.getByRole("button", { name: "Delete this draft from this computer", exact: true }).click();
  await page.getByRole("button", { name: "Yes, delete it", exact: true }).click();
  await expect(page.locator("#draft-message")).toContainText("deleted from this computer");
  await reloadApp(page);
  await gotoApp(page, "triage");
  await expect(new TriagePage(page).taskLink("about-you")).toHaveAccessibleDescription("Not started");
  await expect(page.locator("#draft-restored")).toHaveCount(0);
});

test("a saved file reopens; a corrupt file and a corrupt draft are refused with a message", async ({ page }) => {
  await openSection(page, "about-you");
  await page.getByLabel("Your full name", { exact: true }).fill("Jo Saved");
  // The section is not complete, so go back rather than "Save and continue"; the answer
  // is kept all the same.
  await page.locator("a.back-link").click();
  await expect(page.locator("h1")).toHaveText("SPO triage");
  await expect(new TriagePage(page).taskLink("about-you")).toHaveAccessibleDescription("In progress");
  // "Save to a file" must give a download, and the file must hold the answer typed:
  // without either, the rest of the test would reopen nothing.
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Save to a file", exact: true }).click()]);
  const saved = (await dl.path())!;
  const file = JSON.parse(fs.readFileSync(saved, "utf8"));
  expect(file.format).toBe("spo-triage-draft");
  expect(JSON.stringify(file), "the saved file holds the answer typed").toContain('"Jo Saved"');
  await page.getByRole("button", { name: "Delete this draft from this computer", exact: true }).click();
  await page.getByRole("button", { name: "Yes, delete it", exact: true }).click();
  await page.getByLabel("Open a saved file", { exact: true }).setInputFiles(saved);
  await expect(page.locator("#draft-message")).toContainText("The saved answers have been opened");
  await openSection(page, "about-you");
  await expect(page.getByLabel("Your full name", { exact: true })).toHaveValue("Jo Saved");
  // A corrupt file: refused, current answers kept.
  await gotoApp(page, "triage");
  await page.getByLabel("Open a saved file", { exact: true }).setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"format": "spo-triage-draft", "schema_version": 1, "triage": {"people": "oops"') });
  await expect(page.locator("#draft-message")).toContainText("not a saved triage");
  await page.getByLabel("Open a saved file", { exact: true }).setInputFiles({ name: "other.json", mimeType: "application/json", buffer: Buffer.from('{"hello": 1}') });
  await expect(page.locator("#draft-message")).toContainText("This file is not a saved SPO triage");
  await expectNoAxeViolations(page, "task list after a refused file");
  await openSection(page, "about-you");
  await expect(page.getByLabel("Your full name", { exact: true })).toHaveValue("Jo Saved");
  // A corrupt draft in storage: set aside with a message, never a crash. Clear the
  // answers first, or leaving the page would save them over the corrupt draft.
  await gotoApp(page, "triage");
  await page.getByRole("button", { name: "Delete this draft from this computer", exact: true }).click();
  await page.getByRole("button", { name: "Yes, delete it", exact: true }).click();
  await page.evaluate(() => localStorage.setItem("spo-triage-draft", "{not json"));
  await gotoApp(page, "triage");
  await expect(page.locator("#draft-unreadable")).toContainText("could not be opened");
  expect(await page.evaluate(() => localStorage.getItem("spo-triage-draft-unreadable"))).toBe("{not json");
});

test("text with script and markup in every free-text answer is shown as text and never runs", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  await completeTriage(page, XSS);
  await page.getByRole("link", { name: "Check your answers and send", exact: true }).click();
  await expect(page.locator("main")).toContainText(XSS);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  expect(await page.locator("main img").count()).toBe(0);
  await new TriagePage(page).confirmDeclaration();
  await new TriagePage(page).sendButton.click();
  await expect(page.locator("h1")).toHaveText("Triage sent");
  await expect(page.locator("#answers-copy")).toContainText(XSS);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  const reference = (await page.locator("#reference").textContent())!.trim();
  expect(storedFor(baseURL, reference)[0].respondent.name).toBe(`Chris Fictional${XSS}`);
});

test("an immediate risk of harm shows urgent next steps, suggests an interim order and marks the task list", async ({ page }) => {
  await openSection(page, "behaviour-and-risk");
  await page.getByRole("group", { name: "Is there an immediate risk of harm?", exact: true }).getByRole("radio", { name: "Yes", exact: true }).check();
  const urgent = page.locator("#urgent-next-steps");
  await expect(urgent).toContainText("Urgent: act now");
  await expect(urgent).toContainText("interim SPO");
  await expectNoAxeViolations(page, "behaviour section with the urgent steps revealed");
  await page.getByLabel("What is the immediate risk?", { exact: true }).fill("Threatened to come to the house tonight");
  await expectDraftToHold(page, "Threatened to come to the house tonight");
  await gotoApp(page, "triage");
  await expect(page.locator("#urgent-banner")).toContainText("immediate risk of harm");
});

test("\"Why we ask this\" opens the guidance at the right section", async ({ page, context }) => {
  await openSection(page, "behaviour-and-risk");
  // The question's block has no role of its own: find the link beside the box by the box's id.
  const link = page.locator("#behaviour-acts-evidence").locator("xpath=ancestor::div[contains(@class,'form-group')]").getByRole("link", { name: /Why we ask this/ });
  const [guide] = await Promise.all([context.waitForEvent("page"), link.click()]);
  await guide.waitForLoadState();
  expect(new URL(guide.url()).pathname).toMatch(/guidance\/three-tests$/);
  expect(new URL(guide.url()).hash).toBe("#acts");
  await expect(guide.locator("#acts")).toBeVisible({ timeout: 30_000 });
  await expect(guide.locator("h1")).toContainText(/test/i);
});

async function withDrafts(page: Page, drafts: object) {
  const config = JSON.parse(fs.readFileSync("public/config.json", "utf8"));
  config.drafts = drafts;
  await page.route("**/config.json", (r) => r.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(config) }));
}

test("with drafts off, nothing is kept on the computer and the page says so", async ({ page }) => {
  await withDrafts(page, { storage: "off" });
  await gotoApp(page, "triage");
  await expect(page.locator("#draft-policy")).toContainText("Not saved");
  await openSection(page, "about-you");
  await page.getByLabel("Your full name", { exact: true }).fill("Jo Nowhere");
  // The answer is held in memory: the task list shows the section begun. Leaving the
  // page is when the app saves at the latest (on "pagehide"), so after this page is
  // gone nothing may be in either storage, however long a save might have taken.
  await page.locator("a.back-link").click();
  await expect(new TriagePage(page).taskLink("about-you")).toHaveAccessibleDescription("In progress");
  await gotoApp(page, "triage");
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  await expect(new TriagePage(page).taskLink("about-you")).toHaveAccessibleDescription("Not started");
});

test("with drafts off, leaving the form for another part of the site asks first, as the answers would be lost", async ({ page }) => {
  await withDrafts(page, { storage: "off" });
  const triage = new TriagePage(page);
  await gotoApp(page, "triage/about-you");
  // Typed as an officer would: the browser asks only on a page someone has used.
  await triage.textBox("Your full name").click();
  await page.keyboard.type("Jo Nowhere");
  const asked: string[] = [];
  // The officer stays: the browser's own "Leave site?" question is dismissed.
  page.once("dialog", (d) => {
    asked.push(d.type());
    void d.dismiss();
  });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Guidance" }).click();
  await expect.poll(() => asked).toEqual(["beforeunload"]);
  await expect(page).toHaveURL(/\/triage\/about-you$/);
  await expect(triage.textBox("Your full name")).toHaveValue("Jo Nowhere");
  // Within the form nothing is asked: its pages share the answers.
  await triage.backLink.click();
  await expect(triage.taskLink("about-you")).toHaveAccessibleDescription("In progress");
  // The officer leaves: the page goes, with the answers.
  page.once("dialog", (d) => {
    asked.push(d.type());
    void d.accept();
  });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Guidance" }).click();
  await expect(page).toHaveURL(/\/guidance$/);
  expect(asked).toEqual(["beforeunload", "beforeunload"]);
});

test("with drafts kept in this tab, answers live in session storage only", async ({ page }) => {
  await withDrafts(page, { storage: "this-tab" });
  await openSection(page, "about-you");
  await page.getByLabel("Your full name", { exact: true }).fill("Jo Tab");
  await expectDraftToHold(page, "Jo Tab", "sessionStorage");
  expect(await page.evaluate(() => localStorage.getItem("spo-triage-draft"))).toBeNull();
  await gotoApp(page, "triage");
  await expect(page.locator("#draft-restored")).toBeVisible();
});

test("a draft older than the expiry is deleted unread, with a notice", async ({ page }) => {
  await gotoApp(page, "triage");
  await page.evaluate(() => {
    const old = { format: "spo-triage-draft", schema_version: 1, saved_at: "2020-01-01T00:00:00.000Z", app_version: "0.1.0", triage: { about_you: { name: "Jo Old" } } };
    localStorage.setItem("spo-triage-draft", JSON.stringify(old));
  });
  await gotoApp(page, "triage");
  await expect(page.locator("#draft-expired")).toContainText("older than your force allows");
  expect(await page.evaluate(() => localStorage.getItem("spo-triage-draft"))).toBeNull();
  await expect(new TriagePage(page).taskLink("about-you")).toHaveAccessibleDescription("Not started");
  await expectNoAxeViolations(page, "task list after an expired draft");
});

test("the confirmation page reached without sending says so", async ({ page }) => {
  await gotoApp(page, "triage/confirmation");
  await expect(page.locator("h1")).toHaveText("No triage sent in this session");
  await expectNoAxeViolations(page, "confirmation with nothing sent");
});
