// Bad input in the browser: a 1 MB paste, control and hidden formatting characters
// pasted into a name, and names in many scripts, which must go through untouched.
import { test, expect, expectNoAxeViolations, gotoApp } from "./fixtures";
import type { Page } from "@playwright/test";
import { fillDate, openSection, saveSection } from "./triage-journey";

// 1,045,000 characters: a whole document pasted into a box that takes 5,000.
const MEGABYTE_PASTE = "Statement pasted from the case file, page after page. ".repeat(20_000).slice(0, 1_045_000);

/** Continue with errors: the summary lists `message` and the field shows it too. */
async function expectRefused(page: Page, field: string, message: string) {
  await page.locator("#save-and-continue").click();
  const summary = page.locator("#error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.locator(`a[href="#${field}"]`).filter({ hasText: message })).toHaveCount(1);
  await expect(page.locator(`#${field}-error`)).toHaveText(`Error: ${message}`);
  await expect(page.locator(`#${field}`)).toHaveAttribute("aria-describedby", new RegExp(`${field}-error`));
}

test("a 1 MB paste into the case summary is counted, refused with the excess, and the page keeps working", async ({ page }) => {
  test.setTimeout(180_000);
  await openSection(page, "summary");
  const box = page.locator("#summary-text");
  const count = page.locator("#summary-text-info");
  await box.fill(MEGABYTE_PASTE);
  await expect(count).toHaveText("You have 1,040,000 characters too many", { timeout: 30_000 });
  await expect(count).toHaveClass(/character-count--over/);

  // Still responsive: one more key press is counted promptly.
  const started = Date.now();
  await box.press("End");
  await box.press("!");
  await expect(count).toHaveText("You have 1,040,001 characters too many", { timeout: 15_000 });
  test.info().annotations.push({ type: "key press after a 1 MB paste", description: `${Date.now() - started} ms` });

  await expectRefused(page, "summary-text", "Summary of the case must be 5,000 characters or fewer: remove 1,040,001 characters");
  // The page title names the problem, never the answer.
  await expect(page).toHaveTitle(/^Error: /);
  expect((await page.title()).includes("Statement pasted")).toBe(false);
  await expectNoAxeViolations(page, "summary with a 1 MB paste");

  // Cutting it back to the limit clears the message.
  await box.fill(MEGABYTE_PASTE.slice(0, 5_000));
  await expect(count).toHaveText("You have 0 characters remaining");
  await saveSection(page);
});

test("a 1 MB paste into a name is refused with the excess in thousands", async ({ page }) => {
  test.setTimeout(180_000);
  await openSection(page, "about-you");
  await page.fill("#about-name", MEGABYTE_PASTE);
  await expectRefused(page, "about-name", "Your name must be 100 characters or fewer: remove 1,044,900 characters");
  await expectNoAxeViolations(page, "about you with a 1 MB name");
});

test("control and hidden formatting characters pasted into a name are refused, then a clean name is accepted", async ({ page }) => {
  test.setTimeout(120_000);
  await openSection(page, "respondent");
  await fillDate(page, "respondent-dob", "12", "4", "1988");
  await page.fill("#respondent-address", "1 Example Street, Exampletown");
  await page.check("#respondent-area-connection");
  await page.check("#respondent-existing-spo-2");

  // A bell and an escape pasted from a terminal or an old case system.
  await page.fill("#respondent-name", "Chris\u0007Fictional\u001b");
  await expectRefused(
    page,
    "respondent-name",
    "Respondent's name must not contain line breaks, tabs or other hidden characters: type it again instead of pasting it",
  );
  await expectNoAxeViolations(page, "respondent name with control characters");

  // A right-to-left override makes "Chris Fictional" display back to front.
  for (const hidden of ["\u202e", "\u2066", "\u200b"]) {
    await page.fill("#respondent-name", `Chris${hidden} Fictional`);
    await expectRefused(
      page,
      "respondent-name",
      "Respondent's name contains a hidden formatting character that changes how the text is shown: type it again instead of pasting it",
    );
  }

  await page.fill("#respondent-name", "Chris Fictional");
  await saveSection(page);
  await expect(page.locator("#status-respondent")).toHaveText("Completed");
});

// Names as officers meet them: accents (composed, and decomposed as some systems paste
// them), apostrophes straight and curly, hyphens, and scripts written right to left.
const NAMES = {
  officer: "Siobhán O'Brien-Ní Mhaoláin",
  person: "Анна-Мария Іванова",
  secondPerson: "Zoe\u0308 D\u2019Arcy",
  respondent: "محمد عبد الله",
  otherNames: "王小明; Γιώργος Παπαδόπουλος; देवनागरी शर्मा; 김민준",
};

test("names in many scripts with apostrophes, hyphens and accents are accepted and shown as typed", async ({ page }) => {
  test.setTimeout(180_000);
  await openSection(page, "about-you");
  await page.fill("#about-name", NAMES.officer);
  await page.fill("#about-rank", "DS");
  await page.fill("#about-collar-number", "4521");
  await page.fill("#about-email", "s.obrien@exampleshire.police.example");
  await page.fill("#about-phone", "01632 960001");
  await page.fill("#about-team", "Public Protection Unit");
  await saveSection(page);

  await openSection(page, "people");
  await page.fill("#people-0-name", NAMES.person);
  await fillDate(page, "people-0-dob", "3", "11", "1990");
  await page.check("#people-0-relationship");
  await page.check("#people-0-role");
  await page.locator("#add-person").click();
  await page.fill("#people-1-name", NAMES.secondPerson);
  await fillDate(page, "people-1-dob", "14", "2", "1993");
  await page.check("#people-1-relationship-3");
  await page.check("#people-1-role-2");
  await saveSection(page);

  await openSection(page, "respondent");
  await page.fill("#respondent-name", NAMES.respondent);
  await page.fill("#respondent-other-names", NAMES.otherNames);
  await fillDate(page, "respondent-dob", "12", "4", "1988");
  await page.fill("#respondent-address", "1 Example Street, Exampletown");
  await page.check("#respondent-area-connection");
  await page.check("#respondent-existing-spo-2");
  await saveSection(page);

  for (const slug of ["about-you", "people", "respondent"]) {
    await expect(page.locator(`#status-${slug}`)).toHaveText("Completed");
  }
  await page.locator("#check-answers-link").click();
  await expect(page.locator("h1")).toHaveText("Check your answers before sending");
  const main = page.locator("main");
  for (const name of Object.values(NAMES)) {
    await expect(main).toContainText(name);
  }
  await expectNoAxeViolations(page, "check answers with names in many scripts");
});
