// The three journeys with the keyboard alone (page.keyboard only: Tab, Shift+Tab, Enter,
// Space, arrow keys and typing). At every focus stop the focus must be visible and not
// hidden by anything else (WCAG 2.1.1, 2.4.3, 2.4.7, 2.4.11).
import { test, expect, countFigure, gotoApp, inboxFiles } from "./fixtures";
import type { Page } from "@playwright/test";
import * as fs from "fs";
import { choose, expectFocusVisible, focusStops, tabTo, typeInto } from "./a11y-support";
import { BuilderPage } from "./pages/builder-page";
import { GuidancePage } from "./pages/guidance-page";

/** From the task list, open a section by its link. */
async function openSection(page: Page, slug: string) {
  await expect(page.locator("h1")).toHaveText("SPO triage");
  await tabTo(page, `a[href$="triage/${slug}"]`);
  await page.keyboard.press("Enter");
  await expect(page.locator("#save-and-continue")).toBeVisible();
  // Focus goes to the new page's heading, so the next Tab starts from the top of the form.
  await expect(page.locator("h1")).toBeFocused();
}

async function saveSection(page: Page) {
  await tabTo(page, "#save-and-continue");
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toHaveText("SPO triage");
  await expect(page.locator("h1")).toBeFocused();
}

async function typeDate(page: Page, stem: string, d: string, m: string, y: string) {
  await typeInto(page, `${stem}-day`, d);
  await typeInto(page, `${stem}-month`, m);
  await typeInto(page, `${stem}-year`, y);
}

// Every focus stop checked here is counted for the accessibility statement's figure.
test.beforeEach(() => {
  focusStops.count = 0;
});
test.afterEach(({}, testInfo) => {
  console.log(`${testInfo.title}: ${focusStops.count} focus stops checked`);
  countFigure("focusStops", testInfo.titlePath.join(" › "), focusStops.count);
});

test("the skip link is the first stop, is visible, and moves focus to the main content", async ({ page }) => {
  await gotoApp(page, "");
  await page.keyboard.press("Tab");
  await expect(page.locator(".skip-link")).toBeFocused();
  await expectFocusVisible(page, "skip link");
  await page.keyboard.press("Enter");
  await expect(page.locator("#main-content")).toBeFocused();
  // The next Tab continues inside the main content, not back in the header.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => !!document.activeElement?.closest("#main-content"))).toBeTruthy();
  await expectFocusVisible(page, "first stop after the skip link");
});

test("an officer completes and sends a triage with the keyboard alone; the inbox receives it", async ({ page, baseURL }) => {
  test.setTimeout(600_000);
  await gotoApp(page, "");
  await tabTo(page, { text: "Triage form" });
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toHaveText("SPO triage");

  // About you, first with nothing typed: the error summary takes focus and its link
  // takes the officer to the field.
  await openSection(page, "about-you");
  await tabTo(page, "#save-and-continue");
  await page.keyboard.press("Enter");
  await expect(page.locator("#error-summary")).toBeFocused();
  await tabTo(page, ".error-summary__list a");
  await page.keyboard.press("Enter");
  await expect(page.locator("#about-name")).toBeFocused();
  await page.keyboard.type("Jo Example");
  await typeInto(page, "about-rank", "DC");
  await typeInto(page, "about-collar-number", "4521");
  await typeInto(page, "about-email", "jo.example@exampleshire.police.example");
  await typeInto(page, "about-phone", "01632 960001");
  await typeInto(page, "about-team", "Public Protection Unit");
  await saveSection(page);

  await openSection(page, "investigation");
  await choose(page, "investigation-substantive");
  // A revealed question: typed fast, every character must stay.
  await typeInto(page, "investigation-crime-reference-0", "24/123456/25");
  await choose(page, "investigation-offences");
  await choose(page, "investigation-stage");
  await choose(page, "investigation-bail-2");
  await saveSection(page);

  await openSection(page, "people");
  await typeInto(page, "people-0-name", "Sam Example");
  await typeDate(page, "people-0-dob", "3", "11", "1990");
  await choose(page, "people-0-relationship");
  await choose(page, "people-0-role");
  await saveSection(page);

  await openSection(page, "respondent");
  await typeInto(page, "respondent-name", "Chris Fictional");
  await typeDate(page, "respondent-dob", "12", "4", "1988");
  await typeInto(page, "respondent-address", "1 Example Street, Exampletown");
  await choose(page, "respondent-area-connection");
  await choose(page, "respondent-existing-spo-2");
  await choose(page, "respondent-sex-offender-notification-2");
  await saveSection(page);

  await openSection(page, "behaviour-and-risk");
  await choose(page, "behaviour-seen");
  await typeInto(page, "behaviour-acts-evidence", "Followed Sam to work on three dates, seen on CCTV.");
  await typeInto(page, "behaviour-risk-evidence", "Messages escalating to threats; risk of psychological harm.");
  await typeInto(page, "behaviour-necessity-evidence", "Bail ends with the case and has been breached already.");
  await choose(page, "behaviour-risk-tool");
  await typeInto(page, "behaviour-risk-outcome", "High risk, assessed 1 November 2026");
  await choose(page, "behaviour-mental-health-2");
  await choose(page, "behaviour-immediate-risk-2");
  await saveSection(page);

  await openSection(page, "existing-orders");
  await choose(page, "existing-orders-any-2");
  await saveSection(page);

  await openSection(page, "order-sought");
  await choose(page, "order-type");
  await typeInto(page, "order-interim-weeks", "8");
  await choose(page, "order-full-duration");
  await typeInto(page, "order-full-months", "36");
  await choose(page, "order-locality");
  await choose(page, "order-avoid-times-2");
  await saveSection(page);

  await openSection(page, "summary");
  await typeInto(page, "summary-text", "Sam ended a relationship with Chris, who has since followed and messaged Sam daily.");
  await saveSection(page);

  await openSection(page, "conditions");
  await tabTo(page, { text: "Add condition: No contact with the protected person" });
  await page.keyboard.press("Enter");
  await expect(page.locator("#condition-1-slot-person")).toBeFocused();
  await page.keyboard.type("Sam Example");
  await typeInto(page, "condition-1-reason", "Daily unwanted contact is the core of the risk to Sam.");
  await saveSection(page);

  await openSection(page, "victim-views");
  await choose(page, "victim-views-obtained");
  await choose(page, "victim-stance");
  await typeInto(page, "victim-views-on-conditions", "Wants no contact of any kind.");
  await choose(page, "victim-advocate-2");
  await saveSection(page);

  await expect(page.locator("#progress")).toHaveText("You have completed 10 of 10 sections.");
  await tabTo(page, "#check-answers-link");
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toHaveText("Check your answers before sending");
  // Each new page starts the Tab order from its focused heading: wait for it, or the
  // first presses could start elsewhere and the stops would differ from run to run.
  await expect(page.locator("h1")).toBeFocused();
  await choose(page, "declaration-confirmed");
  await tabTo(page, "#send");
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toHaveText("Triage sent", { timeout: 30_000 });
  await expect(page.locator("h1")).toBeFocused();
  const reference = (await page.locator("#reference").textContent())!.trim();
  const stored = inboxFiles(baseURL)
    .map((f) => JSON.parse(fs.readFileSync(f, "utf8")))
    .filter((p) => p.reference === reference);
  expect(stored).toHaveLength(1);
  expect(stored[0].officer.name).toBe("Jo Example");
  expect(JSON.stringify(stored[0])).toContain("24/123456/25");
  // The confirmation's own controls are reachable too.
  await tabTo(page, "a, button");
});

test("a trainer composes a set in the builder and reaches its order text with the keyboard alone", async ({ page }) => {
  test.setTimeout(300_000);
  const builder = new BuilderPage(page);
  await gotoApp(page, "");
  await tabTo(page, { text: "Conditions builder" });
  await page.keyboard.press("Enter");
  await expect(builder.heading).toHaveText("Conditions builder");
  await expect(builder.heading).toBeFocused();
  await typeInto(page, builder.search, "contact");
  await tabTo(page, builder.addButton("No contact with the protected person"));
  await page.keyboard.press("Enter");
  const condition = builder.condition(1);
  await expect(condition.slot("Name of the person to be protected")).toBeFocused();
  await page.keyboard.type("Alex Example");
  await typeInto(page, condition.reason, "Daily unwanted contact is the core of the risk.");
  // The duration, a revealed question: choose a fixed period and type the months.
  await choose(page, builder.fullFixed);
  // What is typed stays in the box; before, every key that was not a digit vanished.
  await typeInto(page, builder.fullMonths, "36 months");
  await typeInto(page, builder.interimWeeks, "12");
  await tabTo(page, builder.button("Copy the order text"));
  const order = builder.orderText;
  await expect(order).toContainText("contact, or try to contact, Alex Example");
  await expect(order).toContainText(/3 years|36 months/);
  await expect(order).toContainText("12 weeks");
  // Shift+Tab goes back through the same stops, each still visible.
  await tabTo(page, builder.interimWeeks, { back: true });
});

test("a trainee reads a module, scrolls its table and checks their understanding with the keyboard alone", async ({ page }) => {
  test.setTimeout(300_000);
  const guidance = new GuidancePage(page);
  const module = await guidance.moduleJson("what-is-an-spo");
  const question = module.questions[0];
  await gotoApp(page, "");
  await tabTo(page, { text: "Guidance" });
  await page.keyboard.press("Enter");
  await expect(guidance.heading).toHaveText("Guidance");
  await expect(guidance.heading).toBeFocused();
  await tabTo(page, page.getByRole("link", { name: module.title, exact: true }));
  await page.keyboard.press("Enter");
  await expect(guidance.heading).toHaveText(module.title);
  await expect(guidance.heading).toBeFocused();
  // The wide table is a focusable region: its focus is visible like any other.
  await tabTo(page, guidance.tableRegions.first());
  await page.keyboard.press("ArrowRight");
  const q1 = guidance.question(1);
  await tabTo(page, q1.nth(1));
  for (let i = 0; i < question.answer; i++) {
    await page.keyboard.press("ArrowDown");
    await expectFocusVisible(page, "question options");
  }
  await expect(q1.nth(question.answer + 1)).toBeChecked();
  await tabTo(page, q1.check);
  await page.keyboard.press("Enter");
  await expect(q1.result).toContainText("Correct.");
  // On to the next module by its "Next" link.
  await tabTo(page, guidance.pagination.getByRole("link", { name: /Next module/ }));
  await page.keyboard.press("Enter");
  await expect(guidance.heading).not.toHaveText(module.title);
});
