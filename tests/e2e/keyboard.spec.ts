// The journeys with the keyboard alone (page.keyboard only: Tab, Shift+Tab, Enter,
// Space, arrow keys and typing). At every focus stop the focus must be visible and not
// hidden by anything else (WCAG 2.1.1, 2.4.3, 2.4.7, 2.4.11).
import { test, expect, appStarted, countFigure, expectNewPageLoaded, gotoApp, inboxFiles } from "./fixtures";
import type { Page } from "@playwright/test";
import * as fs from "fs";
import { choose, expectFocusVisible, focusStops, tabTo, typeInto } from "./a11y-support";
import { BuilderPage } from "./pages/builder-page";
import { GuidancePage } from "./pages/guidance-page";
import { TriagePage, answersTable } from "./pages/triage-page";

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

/** Type the example case's answers into the open section with the keyboard alone,
 *  finding each field by its label as the triage page object does. */
async function keyboardFill(page: Page, triage: TriagePage, slug: string) {
  for (const row of answersTable().rows.filter((r) => r.section === slug)) {
    const field = triage.field(row);
    if (!(await field.first().isVisible())) {
      // A later "add another" item: add it, and focus moves into it (on the next frame:
      // wait for it, or the next Tab would start from the button and go round the page).
      const add = triage.addButton(row);
      await tabTo(page, add);
      await page.keyboard.press("Enter");
      await expect(field.first()).toBeVisible();
      await expect(add).not.toBeFocused();
    }
    switch (row.kind) {
      case "text":
        // Typed fast, every character must stay (revealed questions lost keys once).
        await typeInto(page, field, row.values[0]);
        break;
      case "date":
        for (const [label, value] of [["Day", row.values[0]], ["Month", row.values[1]], ["Year", row.values[2]]]) {
          await typeInto(page, field.getByLabel(label, { exact: true }), value);
        }
        break;
      case "radios":
        await choose(page, field.getByRole("radio", { name: row.values[0], exact: true }));
        break;
      case "checkboxes":
        for (const v of row.values) await choose(page, triage.checkbox(field, row, v));
        break;
      case "checkbox":
        await choose(page, field);
        break;
    }
  }
}

/** The example case's conditions, added in the embedded builder with the keyboard alone. */
async function keyboardConditions(page: Page) {
  const main = page.getByRole("main");
  for (const [i, c] of answersTable().conditions.entries()) {
    await tabTo(page, main.getByRole("button", { name: `Add condition: ${c.title}`, exact: true }));
    await page.keyboard.press("Enter");
    const card = main.getByRole("group", { name: `Condition ${i + 1}: ${c.title}`, exact: true });
    // Focus goes to the new condition's first box.
    await expect(card.getByLabel(c.slots[0][0], { exact: true })).toBeFocused();
    for (const [label, value] of c.slots) await typeInto(page, card.getByLabel(label, { exact: true }), value);
    if (c.map_reference) await typeInto(page, card.getByLabel("Map reference", { exact: true }), c.map_reference);
    await typeInto(page, card.getByLabel("Why this condition is necessary", { exact: true }), c.reason);
  }
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
  // The form is another area: its page loads in full. Once its app has taken over, a
  // link within the form moves focus to the new heading (before, the browser follows it).
  await page.waitForLoadState("load");
  await appStarted(page);

  // About you, first with nothing typed: the error summary takes focus and its link
  // takes the officer to the field.
  await openSection(page, "about-you");
  await tabTo(page, "#save-and-continue");
  await page.keyboard.press("Enter");
  await expect(page.locator("#error-summary")).toBeFocused();
  await tabTo(page, ".error-summary__list a");
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Your full name", { exact: true })).toBeFocused();
  // Then every section, with the example case from the Rust fixture, by keyboard alone.
  const triage = new TriagePage(page);
  for (const slug of triage.sectionsToComplete()) {
    if (slug !== "about-you") await openSection(page, slug);
    if (slug === "conditions") await keyboardConditions(page);
    await keyboardFill(page, triage, slug);
    await saveSection(page);
  }

  await expect(page.locator("#progress")).toHaveText("You have completed 11 of 11 sections.");
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
  // Another area: its page loads in full, and Tab starts from the top.
  await expectNewPageLoaded(page, /\/conditions$/);
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
  await expectNewPageLoaded(page, /\/guidance$/);
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

test("the court pack's details, a Word file and a print page with the keyboard alone", async ({ page }) => {
  // Choosing a file is the browser's own dialog, so the two files are set on their boxes;
  // everything after is the keyboard.
  const data = (name: string) => ({ name, mimeType: "application/json", buffer: fs.readFileSync(`tests/e2e/data/${name}`) });
  await gotoApp(page, "pack");
  await page.getByLabel("The triage's file", { exact: true }).setInputFiles(data("example-v1.json"));
  await page.getByLabel("The advice file (optional)", { exact: true }).setInputFiles(data("example-v1-authorised.json"));
  await expect(page.getByText("Chosen: example-v1-authorised.json", { exact: true })).toBeVisible();
  await tabTo(page, "#open-case");
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toHaveText("Court pack for SPO-7KX4-M9QA");
  await expect(page.locator("h1")).toBeFocused();
  await tabTo(page, "#court-details-link");
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toHaveText("Court details");
  await expect(page.locator("h1")).toBeFocused();
  await typeInto(page, "court-name", "Exampletown Magistrates' Court");
  await choose(page, page.getByRole("group", { name: "Is the respondent to be served at their home address?" }).getByRole("radio", { name: "Yes", exact: true }));
  await choose(page, page.getByRole("group", { name: "Does the respondent or a witness need an interpreter?" }).getByRole("radio", { name: "No", exact: true }));
  await choose(page, page.getByRole("group", { name: "Does any witness need special measures or adjustments?" }).getByRole("radio", { name: "No", exact: true }));
  await choose(page, page.getByRole("group", { name: "Are the protected people's addresses to be kept off the order?" }).getByRole("radio", { name: "Yes", exact: true }));
  await choose(page, page.getByRole("group", { name: "Is the interim order sought at the first hearing?" }).getByRole("radio", { name: "Yes", exact: true }));
  await typeInto(page, "court-interim-why-now", "Bail ends on 30 June 2025");
  await typeInto(page, "court-time-estimate", "90");
  await tabTo(page, "#save-court");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Nothing is missing.")).toBeVisible();
  await expect(page.locator("h1")).toBeFocused();
  // The grounds as a Word file, then its print page.
  const download = page.getByRole("button", { name: /^Download as Word \(\.docx\)\s?: Statement of grounds$/ });
  await tabTo(page, download);
  const [file] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  expect(file.suggestedFilename()).toBe("SPO-7KX4-M9QA-spo-2-grounds.docx");
  await tabTo(page, page.getByRole("link", { name: /^View and print\s?: Statement of grounds$/ }), { back: true });
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toHaveText("Statement of grounds");
  await expect(page.locator("h1")).toBeFocused();
  await tabTo(page, "#download-document");
  const [again] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  expect(again.suggestedFilename()).toBe("SPO-7KX4-M9QA-spo-2-grounds.docx");
  await tabTo(page, page.getByRole("link", { name: "Back to the pack", exact: true }), { back: true });
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toHaveText("Court pack for SPO-7KX4-M9QA");
});
