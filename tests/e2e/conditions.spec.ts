// The conditions builder and the example conditions library: an officer builds a set
// from the catalogue with the keyboard alone, sees the checks, reorders and removes,
// copies, downloads, saves and reopens; a trainer reads, prints and opens examples.
import { test, expect, expectNoAxeViolations, gotoApp, reloadApp } from "./fixtures";
import type { Page } from "@playwright/test";
import * as fs from "fs";

const INJECTED = `"><img src=x onerror=window.__x=1>`;

/** The builder, with the catalogue loaded. */
async function openBuilder(page: Page) {
  await gotoApp(page, "conditions");
  await expect(page.locator(".catalogue__item").first()).toBeVisible();
}

/** Press a button with the keyboard: focus it, then Enter. */
async function press(page: Page, name: string | RegExp) {
  const button = page.getByRole("button", { name, exact: typeof name === "string" });
  await button.focus();
  await page.keyboard.press("Enter");
}

/** Add a catalogue entry with the keyboard, searching for it first. */
async function addCondition(page: Page, search: string, title: string) {
  await page.locator("#conditions-add").focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.type(search);
  await press(page, `Add condition: ${title}`);
}

/** Everything a person-only condition needs, typed into the focused slot and its reason. */
async function fillPersonAndReason(page: Page, n: number, person: string) {
  await expect(page.locator(`#condition-${n}-slot-person`)).toBeFocused();
  await page.keyboard.type(person);
  await page.locator(`#condition-${n}-reason`).focus();
  await page.keyboard.type("He has sent forty messages a day since March despite being blocked.");
}

const conditionChecks = (page: Page, n: number) => page.locator(`#condition-${n} .chosen__checks`);

test.describe("the conditions builder @both", () => {
  test("the empty builder has one h1, the policy on keeping the set and no axe violations @both", async ({ page }) => {
    await openBuilder(page);
    await expect(page.locator("h1")).toHaveText("Conditions builder");
    await expect(page).toHaveTitle(/^Conditions builder – SPO triage and guidance/);
    expect(await page.locator(".catalogue__item").count()).toBeGreaterThanOrEqual(30);
    await expect(page.locator("#storage-policy")).toContainText("kept on this computer for 72 hours");
    await expect(page.locator("#checks-counts")).toHaveText("3 errors, 0 warnings, 0 questions, 0 notes");
    await expect(page.locator("#order-text")).toContainText("No conditions have been chosen yet.");
    await expectNoAxeViolations(page, "empty builder");
  });
});

test("an officer builds, checks, reorders and removes conditions with the keyboard alone", async ({ page }) => {
  await openBuilder(page);
  const total = await page.locator(".catalogue__item").count();

  // Filter: words, then kind and theme with the arrow keys.
  await page.locator("#conditions-add").focus();
  await page.keyboard.type("contact");
  await expect(page.locator("#picker-count")).not.toHaveText(`${total} conditions match`);
  await page.locator("#filter-kind").focus();
  await page.keyboard.press("ArrowDown"); // Prohibition
  await expect(page.locator("#filter-kind")).toHaveValue("prohibition");
  await page.keyboard.press("Tab");
  await expect(page.locator("#filter-theme")).toBeFocused();
  await page.keyboard.press("ArrowDown"); // Contact
  await expect(page.locator("#filter-theme")).toHaveValue("contact");
  const kinds = await page.locator(".catalogue__item .tag:not(.tag--plain)").allTextContents();
  expect(kinds.length).toBeGreaterThan(0);
  expect(new Set(kinds)).toEqual(new Set(["Prohibition"]));
  await expect(page.locator(".catalogue__item .tag--plain").first()).toHaveText("Contact");

  // Each entry shows when to use it, its pitfalls and sources.
  const first = page.locator(".catalogue__item").first();
  await first.locator("summary").focus();
  await page.keyboard.press("Enter");
  await expect(first.locator(".catalogue__more")).toContainText("When to use it:");
  await expect(first.locator(".catalogue__more")).toContainText("Pitfalls:");
  await expect(first.locator(".catalogue__more")).toContainText("Sources:");

  // Add: focus moves to the new condition's first slot, and the empty slot is an error.
  await press(page, "Add condition: No contact with the protected person");
  await expect(page.locator("#condition-1-slot-person")).toBeFocused();
  await expect(page.locator("#conditions-announce")).toContainText("Added condition 1: No contact with the protected person");
  await expect(conditionChecks(page, 1)).toContainText(/Error:\s+Enter the name of the person to be protected/);
  await fillPersonAndReason(page, 1, "Alex Example");
  await expect(conditionChecks(page, 1)).not.toContainText("Enter the name of the person");
  await expect(conditionChecks(page, 1)).toContainText("No problems found with this condition.");
  await expect(page.locator("#condition-1 .chosen__wording")).toContainText("contact, or try to contact, Alex Example by any means");

  // A distance with no unit is an error; a vague word is a warning.
  await press(page, "Clear the filters");
  await expect(page.locator("#filter-kind")).toHaveValue("");
  await addCondition(page, "loiter", "No waiting, loitering or parking outside a named place");
  await expect(page.locator("#condition-2-slot-distance")).toBeFocused();
  await page.keyboard.type("50");
  await page.locator("#condition-2-slot-place").focus();
  await page.keyboard.type("near Oakfield Park");
  await expect(conditionChecks(page, 2)).toContainText(/Error:\s+The distance 50 has no unit/);
  await expect(conditionChecks(page, 2)).toContainText(/Warning:\s+"near" in "Name of the place" is vague/);
  await page.locator("#condition-2-slot-distance-unit").focus();
  await page.keyboard.press("ArrowDown"); // metres
  await expect(page.locator("#condition-2-slot-distance-unit")).toHaveValue("metres");
  await expect(conditionChecks(page, 2)).not.toContainText("has no unit");
  await expect(page.locator("#condition-2 .chosen__wording")).toContainText("within 50 metres of near Oakfield Park");
  await page.locator("#condition-2-reason").focus();
  await page.keyboard.type("He has parked outside the park where she walks her dog on five mornings.");

  // A requirement with times asks a question, answered with a checkbox that stays.
  await addCondition(page, "sign on", "Sign on at a police station at set times");
  await expect(page.locator("#condition-3 .ask")).toContainText("Question:");
  const confirm = page.locator("#condition-3-confirm-times-clash");
  await confirm.focus();
  await page.keyboard.press("Space");
  await expect(confirm).toBeChecked();
  await expect(page.locator("#checks-list")).not.toContainText("Question");

  // The summary counts the findings, and its links go to the field.
  await expect(page.locator("#checks-counts")).toContainText(/\d+ errors?, 1 warning, 0 questions, \d+ notes?/);
  await page.locator("#checks-list a", { hasText: "enter the police station" }).first().focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("#condition-3-slot-station")).toBeFocused();
  await expectNoAxeViolations(page, "filled builder with findings");

  // Order text: grouped, numbered straight through, duration and locality.
  const order = page.locator("#order-text");
  await expect(order).toContainText("The respondent must not:");
  await expect(order).toContainText("The respondent must:");
  await expect(order.locator("li").nth(0)).toContainText("contact, or try to contact, Alex Example");
  await expect(order).toContainText("These prohibitions and requirements apply throughout the United Kingdom.");
  await page.locator("#order-full-duration-2").focus(); // "Until further order"
  await page.keyboard.press("Space");
  await expect(order).toContainText("The full order is to last until further order.");
  await page.locator("#order-interim-weeks").focus();
  await page.keyboard.type("8");
  await expect(order).toContainText("The interim order is to last for a fixed period of 8 weeks");

  // Reorder: focus follows the moved condition and the move is announced.
  await press(page, "Move up condition: No waiting, loitering or parking outside a named place");
  await expect(page.locator("#condition-1 h3")).toContainText("No waiting, loitering");
  await expect(page.getByRole("button", { name: "Move down condition: No waiting, loitering or parking outside a named place" })).toBeFocused();
  await expect(page.locator("#conditions-announce")).toContainText("Moved up: No waiting, loitering or parking outside a named place is now condition 1 of 3.");
  await expect(page.locator("#condition-1-slot-distance")).toHaveValue("50");
  await expect(page.locator("#condition-2-slot-person")).toHaveValue("Alex Example");
  await expect(order.locator("li").nth(0)).toContainText("within 50 metres");

  // Remove, with the chance to undo.
  await press(page, "Remove condition: No contact with the protected person");
  await expect(page.locator("#condition-removed")).toBeFocused();
  await expect(page.locator("#condition-removed")).toContainText("Removed condition 2: No contact with the protected person.");
  await expect(page.locator(".chosen")).toHaveCount(2);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter"); // Undo
  await expect(page.locator(".chosen")).toHaveCount(3);
  await expect(page.locator("#condition-2-slot-person")).toHaveValue("Alex Example");
  await expect(page.locator("#condition-2")).toBeFocused();
});

test("the set is kept in the browser across a reload and cleared on request", async ({ page }) => {
  await openBuilder(page);
  await addCondition(page, "contact", "No contact with the protected person");
  await fillPersonAndReason(page, 1, "Sam Sample");
  await reloadApp(page);
  await expect(page.locator("#condition-1-slot-person")).toHaveValue("Sam Sample");
  await press(page, "Clear this set");
  await press(page, "Yes, clear this set");
  await expect(page.locator(".chosen")).toHaveCount(0);
  await expect(page.locator("#clear-status")).toContainText("The set has been cleared.");
  await reloadApp(page);
  await expect(page.locator(".catalogue__item").first()).toBeVisible();
  await expect(page.locator(".chosen")).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem("spo-conditions-builder"))).toBeNull();
});

for (const [storage, kept, where] of [
  ["off", "not kept by the browser", null],
  ["this-tab", "kept in this browser tab", "sessionStorage"],
] as const) {
  test(`with draft storage "${storage}" the set is kept only where the force allows`, async ({ page }) => {
    const config = JSON.parse(fs.readFileSync("public/config.json", "utf8"));
    config.drafts = { storage };
    await page.route("**/config.json", (r) => r.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(config) }));
    await openBuilder(page);
    await expect(page.locator("#storage-policy")).toContainText(kept);
    await addCondition(page, "contact", "No contact with the protected person");
    await fillPersonAndReason(page, 1, "Sam Sample");
    await expect(page.locator("#order-text")).toContainText("Sam Sample");
    const stored = await page.evaluate(() => [localStorage.getItem("spo-conditions-builder"), sessionStorage.getItem("spo-conditions-builder")]);
    expect(stored[0]).toBeNull();
    if (where === "sessionStorage") expect(stored[1]).toContain("Sam Sample");
    else expect(stored[1]).toBeNull();
    await reloadApp(page);
    await expect(page.locator(".catalogue__item").first()).toBeVisible();
    await expect(page.locator(".chosen")).toHaveCount(where ? 1 : 0);
  });
}

test("a browser that refuses storage still lets the officer build a set", async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
  });
  await openBuilder(page);
  await addCondition(page, "contact", "No contact with the protected person");
  await fillPersonAndReason(page, 1, "Sam Sample");
  await expect(page.locator("#order-text")).toContainText("Sam Sample");
  await expect(page.locator(".conditions-page")).toContainText("This browser would not keep the set");
});

test("the order text is copied to the clipboard and downloaded as a text file", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openBuilder(page);
  await addCondition(page, "contact", "No contact with the protected person");
  await fillPersonAndReason(page, 1, "Alex Example");
  await press(page, "Copy the order text");
  await expect(page.locator("#order-output-status")).toContainText("The order text has been copied.");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain("OFFICIAL-SENSITIVE\n\nStalking Protection Order: proposed prohibitions and requirements");
  expect(copied).toContain("The respondent must not:\n1. contact, or try to contact, Alex Example by any means");

  const [download] = await Promise.all([page.waitForEvent("download"), press(page, "Download as a text file")]);
  expect(download.suggestedFilename()).toMatch(/^spo-conditions-\d{4}-\d{2}-\d{2}\.txt$/);
  const text = fs.readFileSync((await download.path())!, "utf8");
  expect(text).toBe(copied);
  await expect(page.locator("#order-output-status")).toContainText("downloaded as spo-conditions-");
});

test("when the clipboard is refused, the order text is selected for copying by hand", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: () => Promise.reject(new Error("denied")), readText: () => Promise.reject(new Error("denied")) },
    });
  });
  await openBuilder(page);
  await press(page, "Copy the order text");
  await expect(page.locator("#order-output-status")).toContainText("Your browser did not allow copying");
  const area = page.locator("#order-text-copy");
  await expect(area).toBeFocused();
  await expect(area).toHaveAttribute("readonly", "");
  const selected = await area.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toContain("No conditions have been chosen yet.");
});

test("a set saved as a file opens again, asking before it replaces the builder's conditions", async ({ page }) => {
  await openBuilder(page);
  await addCondition(page, "contact", "No contact with the protected person");
  await fillPersonAndReason(page, 1, "Alex Example");
  const [download] = await Promise.all([page.waitForEvent("download"), press(page, "Save this set as a file")]);
  expect(download.suggestedFilename()).toMatch(/^spo-conditions-set-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = fs.readFileSync((await download.path())!, "utf8");
  const json = JSON.parse(saved);
  expect(json.format).toBe("spo-conditions-set");
  expect(json.conditions[0].slots[0].text).toBe("Alex Example");

  // Change the set, then open the file: the builder asks first.
  await page.locator("#condition-1-slot-person").fill("Someone Else");
  await page.locator("#set-file").setInputFiles({ name: "set.json", mimeType: "application/json", buffer: Buffer.from(saved) });
  await expect(page.locator("#set-file-confirm")).toBeFocused();
  await expect(page.locator("#set-file-confirm")).toContainText("The builder already holds 1 condition.");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter"); // Keep the current set
  await expect(page.locator("#condition-1-slot-person")).toHaveValue("Someone Else");
  await page.locator("#set-file").setInputFiles({ name: "set.json", mimeType: "application/json", buffer: Buffer.from(saved) });
  await press(page, "Replace them with the saved set");
  await expect(page.locator("#condition-1-slot-person")).toHaveValue("Alex Example");
  await expect(page.locator("#set-files-status")).toContainText("Opened the saved set: 1 condition.");

  // A condition that has left the catalogue is kept and reported.
  json.conditions.push({ ...json.conditions[0], template_id: "retired-condition", wording: "do the old thing" });
  await page.locator("#set-file").setInputFiles({ name: "old.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(json)) });
  await press(page, "Replace them with the saved set");
  await expect(page.locator("#set-file-notices")).toContainText('Condition 2 ("retired-condition") is no longer in the list of conditions.');
  await expect(page.locator("#condition-2")).toContainText("This condition is not in the current list of conditions");
});

test("a corrupt, wrong-version or foreign file is refused with its message and an error summary", async ({ page }) => {
  await openBuilder(page);
  await addCondition(page, "contact", "No contact with the protected person");
  await fillPersonAndReason(page, 1, "Alex Example");
  const cases: [string, string][] = [
    ['{"format": "spo-conditions-set", "conditions": [', "This file could not be opened: it is not a saved set of conditions."],
    ['{"format": "spo-conditions-set", "version": 2}', "saved by a different version of the builder (file version 2)"],
    ['{"schema_version": 1}', "This file is not a saved set of conditions."],
  ];
  for (const [body, message] of cases) {
    await page.locator("#set-file").setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from(body) });
    await expect(page.locator("#set-file-error")).toContainText(message);
    await expect(page.locator("#error-summary")).toContainText(message);
    await expect(page.locator("#error-summary")).toBeFocused();
    await expect(page).toHaveTitle(/^Error: Conditions builder/);
    await expect(page.locator("#condition-1-slot-person")).toHaveValue("Alex Example");
  }
  await expectNoAxeViolations(page, "builder with an error summary");
  await page.locator("#error-summary a").click();
  await expect(page.locator("#set-file")).toBeFocused();
});

test("errors stop the set going into a triage until they are fixed; warnings do not", async ({ page }) => {
  await openBuilder(page);
  await addCondition(page, "loiter", "No waiting, loitering or parking outside a named place");
  await page.keyboard.type("50");
  await press(page, "Use these conditions in a triage");
  const summary = page.locator("#error-summary");
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: Conditions builder/);
  await expect(summary).toContainText("Choose how long the full order should last");
  await expect(summary).toContainText("the distance 50 has no unit");
  await expect(page.locator("#condition-1-slot-distance-unit-error")).toContainText("has no unit");
  await expectNoAxeViolations(page, "builder with blocking errors in the error summary");
  await summary.getByRole("link", { name: /has no unit/ }).click();
  await expect(page.locator("#condition-1-slot-distance-unit")).toBeFocused();
  await page.locator("#condition-1-slot-distance-unit").selectOption("metres");
  await page.locator("#condition-1-slot-place").fill("near Riverside Leisure Centre"); // a warning only
  await page.locator("#condition-1-reason").fill("He has sat in his car outside her gym on six evenings.");
  await page.locator("#order-full-duration").check();
  await page.locator("#order-full-months").fill("36");
  await page.locator("#order-interim-weeks").fill("8");
  await expect(summary).toHaveCount(0);
  await expect(page.locator("#checks-counts")).toContainText("0 errors, 1 warning");
  await press(page, "Use these conditions in a triage");
  await expect(page).toHaveURL(/\/triage\/conditions$/);
  await gotoApp(page, "conditions");
  await expect(page.locator("#condition-1-slot-place")).toHaveValue("near Riverside Leisure Centre");
});

test("text typed into a slot is shown as text everywhere and never runs", async ({ page }) => {
  await openBuilder(page);
  await addCondition(page, "contact", "No contact with the protected person");
  await page.keyboard.type(INJECTED);
  await expect(page.locator("#condition-1 .chosen__wording")).toContainText(INJECTED);
  await expect(page.locator("#order-text")).toContainText(INJECTED);
  await expect(page.locator("main img")).toHaveCount(0);
  const [download] = await Promise.all([page.waitForEvent("download"), press(page, "Download as a text file")]);
  expect(fs.readFileSync((await download.path())!, "utf8")).toContain(`contact, or try to contact, ${INJECTED} by any means`);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("#order-text")).toBeVisible();
  await expect(page.locator("#order-text")).toContainText(INJECTED);
  await page.emulateMedia({ media: "screen" });
  await reloadApp(page);
  await expect(page.locator("#condition-1-slot-person")).toHaveValue(INJECTED);
  expect(await page.evaluate(() => (window as any).__x)).toBeUndefined();
});

test("the printed builder shows the order text between markings, without the controls", async ({ page }) => {
  await openBuilder(page);
  await addCondition(page, "contact", "No contact with the protected person");
  await fillPersonAndReason(page, 1, "Alex Example");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-nav")).toBeHidden();
  await expect(page.locator(".picker")).toBeHidden();
  await expect(page.locator(".chosen-list")).toBeHidden();
  await expect(page.locator("#order-text")).toBeVisible();
  await expect(page.locator(".marking").first()).toBeVisible();
  await expect(page.locator(".marking--footer")).toBeVisible();
  await expect(page.locator("#order-text .order-text__marking")).toHaveCount(2);
});

test("the builder fits a 320 pixel screen without scrolling sideways", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openBuilder(page);
  await addCondition(page, "loiter", "No waiting, loitering or parking outside a named place");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test.describe("the example conditions library @both", () => {
  test("the list and a case render with no axe violations @both", async ({ page }) => {
    await gotoApp(page, "examples");
    await expect(page.locator("h1")).toHaveText("Example conditions");
    await expect(page.locator("#example-list > li")).toHaveCount(6);
    await expectNoAxeViolations(page, "example list");
    await page.locator("#example-list a").first().click();
    await expect(page.locator("h1")).toHaveText("Ex-partner: messages, tracking and turning up at work");
    await expect(page.locator("h1")).toBeFocused();
    await expect(page).toHaveTitle(/^Ex-partner: messages, tracking and turning up at work – /);
    await expect(page.getByRole("heading", { name: "The facts" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "The risk" })).toBeVisible();
    await expect(page.locator(".example-condition").first()).toContainText("The respondent must not: contact, or try to contact, Alex Example");
    await expect(page.locator(".example-condition").first()).toContainText("What makes it clear, necessary and enforceable:");
    const compare = page.locator(".compare").first();
    await expect(compare.locator(".compare__label")).toHaveText(["Weaker draft", "Better"]);
    await expect(page.locator(".comparison").first()).toContainText("What changed:");
    await expect(page.locator("#example-order-text")).toContainText("The full order is to last for a fixed period of 3 years");
    await expectNoAxeViolations(page, "example detail");
  });

  test("an unknown example says so @both", async ({ page }) => {
    await gotoApp(page, "examples/no-such-case");
    await expect(page.locator("h1")).toHaveText("Example not found");
    await expectNoAxeViolations(page, "unknown example");
  });
});

test("an example prints without the navigation and with the protective marking", async ({ page }) => {
  await gotoApp(page, "examples/ex-partner-online-and-physical");
  await expect(page.locator(".example-condition").first()).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-nav")).toBeHidden();
  await expect(page.locator("#open-in-builder")).toBeHidden();
  await expect(page.locator(".marking").first()).toBeVisible();
  await expect(page.locator(".marking").first()).toHaveText("OFFICIAL-SENSITIVE");
  await expect(page.locator(".marking--footer")).toBeVisible();
  await expect(page.locator(".compare").first()).toBeVisible();
});

test("the weaker and better drafts stack on a 320 pixel screen", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await gotoApp(page, "examples/ex-partner-online-and-physical");
  const cols = page.locator(".compare").first().locator(".compare__col");
  const [a, b] = [await cols.nth(0).boundingBox(), await cols.nth(1).boundingBox()];
  expect(b!.y).toBeGreaterThanOrEqual(a!.y + a!.height);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("an example opens in the builder, asking first when the builder holds conditions @both", async ({ page, baseURL }) => {
  await gotoApp(page, "examples/ex-partner-online-and-physical");
  await expect(page.locator(".example-condition").first()).toBeVisible();
  const count = await page.locator(".example-condition").count();
  expect(count).toBeGreaterThan(1);
  await page.locator("#open-in-builder").click();
  await expect(page).toHaveURL(new URL("conditions", baseURL).toString());
  await expect(page.locator("h1")).toHaveText("Conditions builder");
  await expect(page.locator(".chosen")).toHaveCount(count);
  await expect(page.locator("#condition-1-slot-person")).toHaveValue("Alex Example");
  await expect(page.locator("#order-text")).toContainText("The full order is to last for a fixed period of 3 years");

  await gotoApp(page, "examples/former-colleague");
  await expect(page.locator(".example-condition").first()).toBeVisible();
  const other = await page.locator(".example-condition").count();
  await page.locator("#open-in-builder").click();
  await expect(page.locator("#open-confirm")).toBeFocused();
  await expect(page.locator("#open-confirm")).toContainText(`The builder already holds ${count} conditions.`);
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.locator("#open-in-builder")).toBeFocused();
  await page.locator("#open-in-builder").click();
  await page.getByRole("button", { name: "Replace them with this example" }).click();
  await expect(page.locator("h1")).toHaveText("Conditions builder");
  await expect(page.locator(".chosen")).toHaveCount(other);
});
