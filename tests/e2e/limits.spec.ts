// Bad input in the browser: a 1 MB paste, control and hidden formatting characters
// pasted into a name, and names in many scripts, which must go through untouched.
import { test, expect, expectNoAxeViolations, gotoApp } from "./fixtures";
import type { Page } from "@playwright/test";
import { openSection, saveSection } from "./triage-journey";
import { TriagePage } from "./pages/triage-page";

// 1,045,000 characters: a whole document pasted into a box that takes 5,000.
const MEGABYTE_PASTE = "Statement pasted from the case file, page after page. ".repeat(20_000).slice(0, 1_045_000);

/** Continue with errors: the summary lists `message`, its link focuses the field with
 *  this label, and the field shows the message too, tied to it for screen readers. */
async function expectRefused(page: Page, label: string, message: string) {
  await page.getByRole("button", { name: "Save and continue" }).click();
  // The summary is a plain block that takes focus; it has no role of its own to find it by.
  const summary = page.locator("#error-summary");
  await expect(summary).toBeFocused();
  const link = summary.getByRole("link", { name: message, exact: true });
  await expect(link).toHaveCount(1);
  const field = page.getByLabel(label, { exact: true });
  const escaped = `Error: ${message}`.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  await expect(field).toHaveAccessibleDescription(new RegExp(escaped));
  await link.click();
  await expect(field).toBeFocused();
}

test("a 1 MB paste into the case summary is counted, refused with the excess, and the page keeps working", async ({ page }) => {
  test.setTimeout(180_000);
  await openSection(page, "summary");
  const box = page.getByLabel("Summary of the case", { exact: true });
  // The visible count is hidden from screen readers (they hear it once they pause), so it has no name to find it by.
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

  await expectRefused(page, "Summary of the case", "Summary of the case must be 5,000 characters or fewer: remove 1,040,001 characters");
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
  await page.getByLabel("Your full name", { exact: true }).fill(MEGABYTE_PASTE);
  await expectRefused(page, "Your full name", "Your full name must be 100 characters or fewer: remove 1,044,900 characters");
  await expectNoAxeViolations(page, "about you with a 1 MB name");
});

test("control and hidden formatting characters pasted into a name are refused, then a clean name is accepted", async ({ page }) => {
  test.setTimeout(120_000);
  const triage = new TriagePage(page);
  await triage.openSection("respondent");
  await triage.fillSection("respondent", { except: ["Respondent's full name"] });
  const name = page.getByLabel("Respondent's full name", { exact: true });

  // A bell and an escape pasted from a terminal or an old case system.
  await name.fill("Chris\u0007Fictional\u001b");
  await expectRefused(
    page,
    "Respondent's full name",
    "Respondent's full name must not contain line breaks, tabs or other hidden characters: type it again instead of pasting it",
  );
  await expectNoAxeViolations(page, "respondent name with control characters");

  // A right-to-left override makes "Chris Fictional" display back to front.
  for (const hidden of ["\u202e", "\u2066", "\u200b"]) {
    await name.fill(`Chris${hidden} Fictional`);
    await expectRefused(
      page,
      "Respondent's full name",
      "Respondent's full name contains a hidden formatting character that changes how the text is shown: type it again instead of pasting it",
    );
  }

  await name.fill("Chris Fictional");
  await triage.saveAndContinue();
  await triage.expectStatus("respondent", "Completed");
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
  const triage = new TriagePage(page);
  await triage.openSection("about-you");
  await triage.fillSection("about-you", { except: ["Your full name"] });
  await page.getByLabel("Your full name", { exact: true }).fill(NAMES.officer);
  await triage.saveAndContinue();

  await triage.openSection("people");
  await triage.fillSection("people");
  // The example's two people, renamed.
  await page.getByRole("group", { name: "Person 1" }).getByLabel("Full name", { exact: true }).fill(NAMES.person);
  await page.getByRole("group", { name: "Person 2" }).getByLabel("Full name", { exact: true }).fill(NAMES.secondPerson);
  await triage.saveAndContinue();

  await triage.openSection("respondent");
  await triage.fillSection("respondent");
  await page.getByLabel("Respondent's full name", { exact: true }).fill(NAMES.respondent);
  await page.getByLabel("Other names they use (optional)", { exact: true }).fill(NAMES.otherNames);
  await triage.saveAndContinue();

  for (const slug of ["about-you", "people", "respondent"]) await triage.expectStatus(slug, "Completed");
  await triage.checkAnswers();
  const main = page.locator("main");
  for (const name of Object.values(NAMES)) {
    await expect(main).toContainText(name);
  }
  await expectNoAxeViolations(page, "check answers with names in many scripts");
});
