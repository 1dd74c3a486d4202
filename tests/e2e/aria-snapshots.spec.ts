// What assistive technology is given for the shared patterns, as accessibility-tree
// snapshots kept in the tests: a change to a role, name, state or order shows up here.
// No dates, ids or counts that change between runs are in these states.
import { test, expect, gotoApp } from "./fixtures";
import type { Page } from "@playwright/test";

async function openSection(page: Page, slug: string) {
  await gotoApp(page, "triage");
  await page.locator(`a[href$="triage/${slug}"]`).first().click();
  await expect(page.locator("#save-and-continue")).toBeVisible();
}

/** The fieldset that holds an input. */
function groupOf(page: Page, inputId: string) {
  return page.locator(`#${inputId}`).locator("xpath=ancestor::fieldset[1]");
}

test("the error summary", async ({ page, pageErrors }) => {
  await openSection(page, "about-you");
  await page.locator("#save-and-continue").click();
  await expect(page.locator("#error-summary")).toBeFocused();
  await expect(page.locator("#error-summary")).toMatchAriaSnapshot(`
    - alert:
      - heading "There is a problem" [level=2]
  `);
});

test("a date input", async ({ page, pageErrors }) => {
  await openSection(page, "respondent");
  await expect(groupOf(page, "respondent-dob-day")).toMatchAriaSnapshot(`
    - group "Respondent's date of birth"
  `);
});

test("radios with a revealed question", async ({ page, pageErrors }) => {
  await openSection(page, "investigation");
  await page.check("#investigation-substantive");
  await expect(page.locator("#investigation-crime-reference-0")).toBeVisible();
  await expect(groupOf(page, "investigation-substantive")).toMatchAriaSnapshot(`
    - group "Is there a substantive criminal investigation?"
  `);
});

test("add another", async ({ page, pageErrors }) => {
  await openSection(page, "people");
  await page.locator("#add-person").click();
  await expect(page.locator("#person-2")).toBeVisible();
  await expect(page.locator("#person-2")).toMatchAriaSnapshot(`
    - group "Person 2"
  `);
  await expect(page.locator("#add-person")).toMatchAriaSnapshot(`
    - button "Add another person"
  `);
});

test("the task list", async ({ page, pageErrors }) => {
  await gotoApp(page, "triage");
  await expect(page.locator(".task-list")).toMatchAriaSnapshot(`
    - list "Sections of the triage"
  `);
});

test("the conditions list", async ({ page, pageErrors }) => {
  await gotoApp(page, "conditions");
  for (const [words, name] of [
    ["contact", "Add condition: No contact with the protected person"],
    ["loiter", "Add condition: No waiting, loitering or parking outside a named place"],
  ]) {
    await page.fill("#conditions-add", words);
    await page.getByRole("button", { name, exact: true }).click();
  }
  await page.fill("#condition-1-slot-person", "Alex Example");
  await expect(page.locator(".chosen-section")).toMatchAriaSnapshot(`
    - region "Conditions in this set"
  `);
});
