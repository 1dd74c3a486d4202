// The conditions builder and the example conditions library: an officer builds a set
// from the catalogue with the keyboard alone, sees the checks, reorders and removes,
// copies, downloads, saves and reopens; a trainer reads, prints and opens examples.
import { test, expect, expectNoAxeViolations, reloadApp } from "./fixtures";
import * as fs from "fs";
import { BuilderPage } from "./pages/builder-page";
import { ExamplesPage } from "./pages/examples-page";

const INJECTED = `"><img src=x onerror=window.__x=1>`;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Everything a person-only condition needs, typed into the focused slot and its reason. */
async function fillPersonAndReason(builder: BuilderPage, n: number, person: string) {
  const condition = builder.condition(n);
  await expect(condition.slot(PERSON)).toBeFocused();
  await builder.page.keyboard.type(person);
  await condition.reason.focus();
  await builder.page.keyboard.type("He has sent forty messages a day since March despite being blocked.");
}

const NO_CONTACT = "No contact with the protected person";
const NO_LOITERING = "No waiting, loitering or parking outside a named place";
const SIGN_ON = "Sign on at a police station at set times";
/** The label of the person slot (content/conditions/catalogue.toml). */
const PERSON = "Name of the person to be protected";

test.describe("the conditions builder @both", () => {
  test("the empty builder has one h1, the policy on keeping the set and no axe violations @both", async ({ page }) => {
    const builder = new BuilderPage(page);
    await builder.open();
    await expect(builder.heading).toHaveText("Conditions builder");
    await expect(page).toHaveTitle(/^Conditions builder – SPO triage and guidance/);
    expect(await builder.entries.count()).toBeGreaterThanOrEqual(30);
    await expect(builder.storagePolicy).toContainText("kept on this computer for 72 hours");
    await expect(builder.checksCounts).toHaveText("3 errors, 0 warnings, 0 questions, 0 notes");
    await expect(builder.orderText).toContainText("No conditions have been chosen yet.");
    await expectNoAxeViolations(page, "empty builder");
  });
});

test("an officer builds, checks, reorders and removes conditions with the keyboard alone", async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open();
  const total = await builder.entries.count();

  // Filter: words, then kind and theme with the arrow keys.
  await builder.search.focus();
  await page.keyboard.type("contact");
  await expect(builder.matchCount).not.toHaveText(`${total} conditions match`);
  await builder.kind.focus();
  await page.keyboard.press("ArrowDown"); // Prohibition
  await expect(builder.kind).toHaveValue("prohibition");
  await page.keyboard.press("Tab");
  await expect(builder.theme).toBeFocused();
  await page.keyboard.press("ArrowDown"); // Contact
  await expect(builder.theme).toHaveValue("contact");
  // Every entry shown is a prohibition (its kind is a tag, plain text with no role).
  const shown = await builder.entries.count();
  expect(shown).toBeGreaterThan(0);
  await expect(builder.entries.filter({ has: page.getByText("Prohibition", { exact: true }) })).toHaveCount(shown);
  await expect(builder.entries.first().getByText("Contact", { exact: true })).toBeVisible();

  // Each entry shows when to use it, its pitfalls and sources.
  const first = builder.entries.first();
  await first.getByText("When to use it, pitfalls and sources").focus();
  await page.keyboard.press("Enter");
  for (const part of ["When to use it:", "Pitfalls:", "Sources:"]) await expect(first.getByText(part, { exact: true })).toBeVisible();

  // Add: focus moves to the new condition's first slot, and the empty slot is an error.
  await builder.press(`Add condition: ${NO_CONTACT}`);
  await expect(builder.condition(1).slot(PERSON)).toBeFocused();
  await expect(builder.announcement).toContainText(`Added condition 1: ${NO_CONTACT}`);
  await expect(builder.condition(1).checks).toContainText(/Error:\s+Enter the name of the person to be protected/);
  await fillPersonAndReason(builder, 1, "Alex Example");
  await expect(builder.condition(1).checks).not.toContainText("Enter the name of the person");
  await expect(builder.condition(1).checks).toContainText("No problems found with this condition.");
  await expect(builder.condition(1).wording).toContainText("contact, or try to contact, Alex Example by any means");

  // A distance with no unit is an error; a vague word is a warning.
  await builder.press("Clear the filters");
  await expect(builder.kind).toHaveValue("");
  await builder.addWithKeyboard("loiter", NO_LOITERING);
  const loitering = builder.condition(2);
  await expect(loitering.slot("Number")).toBeFocused();
  await page.keyboard.type("50");
  await loitering.slot("Name of the place").focus();
  await page.keyboard.type("near Oakfield Park");
  await expect(loitering.checks).toContainText(/Error:\s+The distance 50 has no unit/);
  await expect(loitering.checks).toContainText(/Warning:\s+"near" in "Name of the place" is vague/);
  await loitering.unit.focus();
  await page.keyboard.press("ArrowDown"); // metres
  await expect(loitering.unit).toHaveValue("metres");
  await expect(loitering.checks).not.toContainText("has no unit");
  await expect(loitering.wording).toContainText("within 50 metres of near Oakfield Park");
  await loitering.reason.focus();
  await page.keyboard.type("He has parked outside the park where she walks her dog on five mornings.");

  // A requirement with times asks a question, answered with a checkbox that stays.
  await builder.addWithKeyboard("sign on", SIGN_ON);
  const signOn = builder.condition(3);
  await expect(signOn.question).toContainText("Question:");
  await signOn.considered.focus();
  await page.keyboard.press("Space");
  await expect(signOn.considered).toBeChecked();
  await expect(builder.checksList).not.toContainText("Question");

  // The summary counts the findings, and its links go to the field.
  await expect(builder.checksCounts).toContainText(/\d+ errors?, 1 warning, 0 questions, \d+ notes?/);
  await builder.checksList.getByRole("link", { name: /enter the police station/ }).first().focus();
  await page.keyboard.press("Enter");
  await expect(signOn.slot("Police station")).toBeFocused();
  await expectNoAxeViolations(page, "filled builder with findings");

  // Order text: grouped, numbered straight through, duration and locality.
  const order = builder.orderText;
  await expect(order).toContainText("The respondent must not:");
  await expect(order).toContainText("The respondent must:");
  await expect(order.getByRole("listitem").nth(0)).toContainText("contact, or try to contact, Alex Example");
  await expect(order).toContainText("These prohibitions and requirements apply throughout the United Kingdom.");
  await builder.fullUntilFurtherOrder.focus();
  await page.keyboard.press("Space");
  await expect(order).toContainText("The full order is to last until further order.");
  await builder.interimWeeks.focus();
  await page.keyboard.type("8");
  await expect(order).toContainText("The interim order is to last for a fixed period of 8 weeks");

  // Reorder: focus follows the moved condition and the move is announced.
  await builder.press(`Move up condition: ${NO_LOITERING}`);
  await expect(builder.chosen.nth(0)).toHaveAccessibleName(`Condition 1: ${NO_LOITERING}`);
  await expect(builder.button(`Move down condition: ${NO_LOITERING}`)).toBeFocused();
  await expect(builder.announcement).toContainText(`Moved up: ${NO_LOITERING} is now condition 1 of 3.`);
  await expect(builder.condition(1).slot("Number")).toHaveValue("50");
  await expect(builder.condition(2).slot(PERSON)).toHaveValue("Alex Example");
  await expect(order.getByRole("listitem").nth(0)).toContainText("within 50 metres");

  // Remove, with the chance to undo.
  await builder.press(`Remove condition: ${NO_CONTACT}`);
  await expect(builder.removedNotice).toBeFocused();
  await expect(builder.removedNotice).toContainText(`Removed condition 2: ${NO_CONTACT}.`);
  await expect(builder.chosen).toHaveCount(2);
  await page.keyboard.press("Tab");
  await expect(builder.button(`Undo removing ${NO_CONTACT}`)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(builder.chosen).toHaveCount(3);
  await expect(builder.condition(2).slot(PERSON)).toHaveValue("Alex Example");
  await expect(builder.condition(2).root).toBeFocused();
});

test("the set is kept in the browser across a reload and cleared on request", async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open();
  await builder.addWithKeyboard("contact", NO_CONTACT);
  await fillPersonAndReason(builder, 1, "Sam Sample");
  await reloadApp(page);
  await expect(builder.condition(1).slot(PERSON)).toHaveValue("Sam Sample");
  await builder.press("Clear this set");
  await builder.press("Yes, clear this set");
  await expect(builder.chosen).toHaveCount(0);
  await expect(builder.clearStatus).toContainText("The set has been cleared.");
  await reloadApp(page);
  await expect(builder.entries.first()).toBeVisible();
  await expect(builder.chosen).toHaveCount(0);
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
    const builder = new BuilderPage(page);
    await builder.open();
    await expect(builder.storagePolicy).toContainText(kept);
    await builder.addWithKeyboard("contact", NO_CONTACT);
    await fillPersonAndReason(builder, 1, "Sam Sample");
    await expect(builder.orderText).toContainText("Sam Sample");
    const stored = await page.evaluate(() => [localStorage.getItem("spo-conditions-builder"), sessionStorage.getItem("spo-conditions-builder")]);
    expect(stored[0]).toBeNull();
    if (where === "sessionStorage") expect(stored[1]).toContain("Sam Sample");
    else expect(stored[1]).toBeNull();
    await reloadApp(page);
    await expect(builder.entries.first()).toBeVisible();
    await expect(builder.chosen).toHaveCount(where ? 1 : 0);
  });
}

test("a browser that refuses storage still lets the officer build a set", async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
  });
  const builder = new BuilderPage(page);
  await builder.open();
  await builder.addWithKeyboard("contact", NO_CONTACT);
  await fillPersonAndReason(builder, 1, "Sam Sample");
  await expect(builder.orderText).toContainText("Sam Sample");
  await expect(page.getByRole("status").filter({ hasText: "This browser would not keep the set" })).toBeVisible();
});

test("the order text is copied to the clipboard and downloaded as a text file", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const builder = new BuilderPage(page);
  await builder.open();
  await builder.addWithKeyboard("contact", NO_CONTACT);
  await fillPersonAndReason(builder, 1, "Alex Example");
  await builder.press("Copy the order text");
  await expect(builder.outputStatus).toContainText("The order text has been copied.");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain("OFFICIAL-SENSITIVE\n\nStalking Protection Order: proposed prohibitions and requirements");
  expect(copied).toContain("The respondent must not:\n1. contact, or try to contact, Alex Example by any means");

  const [download] = await Promise.all([page.waitForEvent("download"), builder.press("Download as a text file")]);
  expect(download.suggestedFilename()).toMatch(/^spo-conditions-\d{4}-\d{2}-\d{2}\.txt$/);
  const text = fs.readFileSync((await download.path())!, "utf8");
  expect(text).toBe(copied);
  await expect(builder.outputStatus).toContainText("downloaded as spo-conditions-");
});

test("when the clipboard is refused, the order text is selected for copying by hand", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: () => Promise.reject(new Error("denied")), readText: () => Promise.reject(new Error("denied")) },
    });
  });
  const builder = new BuilderPage(page);
  await builder.open();
  await builder.press("Copy the order text");
  await expect(builder.outputStatus).toContainText("Your browser did not allow copying");
  const area = builder.copyFallback;
  await expect(area).toBeFocused();
  await expect(area).toHaveAttribute("readonly", "");
  const selected = await area.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toContain("No conditions have been chosen yet.");
});

test("a set saved as a file opens again, asking before it replaces the builder's conditions", async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open();
  await builder.addWithKeyboard("contact", NO_CONTACT);
  await fillPersonAndReason(builder, 1, "Alex Example");
  const [download] = await Promise.all([page.waitForEvent("download"), builder.press("Save this set as a file")]);
  expect(download.suggestedFilename()).toMatch(/^spo-conditions-set-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = fs.readFileSync((await download.path())!, "utf8");
  const json = JSON.parse(saved);
  expect(json.format).toBe("spo-conditions-set");
  expect(json.conditions[0].slots[0].text).toBe("Alex Example");

  // Change the set, then open the file: the builder asks first.
  await builder.condition(1).slot(PERSON).fill("Someone Else");
  await builder.openSetFile("set.json", saved);
  await expect(builder.replaceConfirm).toBeFocused();
  await expect(builder.replaceConfirm).toContainText("The builder already holds 1 condition.");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(builder.button("Keep the current set")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(builder.condition(1).slot(PERSON)).toHaveValue("Someone Else");
  await builder.openSetFile("set.json", saved);
  await builder.press("Replace them with the saved set");
  await expect(builder.condition(1).slot(PERSON)).toHaveValue("Alex Example");
  await expect(builder.setFilesStatus).toContainText("Opened the saved set: 1 condition.");

  // A condition that has left the catalogue is kept and reported.
  json.conditions.push({ ...json.conditions[0], template_id: "retired-condition", wording: "do the old thing" });
  await builder.openSetFile("old.json", JSON.stringify(json));
  await builder.press("Replace them with the saved set");
  await expect(builder.setFileNotices).toContainText('Condition 2 ("retired-condition") is no longer in the list of conditions.');
  await expect(builder.condition(2).root).toContainText("This condition is not in the current list of conditions");
});

test("a corrupt, wrong-version or foreign file is refused with its message and an error summary", async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open();
  await builder.addWithKeyboard("contact", NO_CONTACT);
  await fillPersonAndReason(builder, 1, "Alex Example");
  const cases: [string, string][] = [
    ['{"format": "spo-conditions-set", "conditions": [', "This file could not be opened: it is not a saved set of conditions."],
    ['{"format": "spo-conditions-set", "version": 2}', "saved by a different version of the builder (file version 2)"],
    ['{"schema_version": 1}', "This file is not a saved set of conditions."],
  ];
  for (const [body, message] of cases) {
    await builder.openSetFile("bad.json", body);
    // The message is tied to the file box, so a screen reader gives it with the box.
    await expect(builder.openFile).toHaveAccessibleDescription(new RegExp(escapeRegExp(message)));
    await expect(builder.errorSummary).toContainText(message);
    await expect(builder.errorSummary).toBeFocused();
    await expect(page).toHaveTitle(/^Error: Conditions builder/);
    await expect(builder.condition(1).slot(PERSON)).toHaveValue("Alex Example");
  }
  await expectNoAxeViolations(page, "builder with an error summary");
  await builder.errorSummary.getByRole("link").click();
  await expect(builder.openFile).toBeFocused();
});

test("errors stop the set going into a triage until they are fixed; warnings do not", async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open();
  await builder.addWithKeyboard("loiter", NO_LOITERING);
  await page.keyboard.type("50");
  await builder.press("Use these conditions in a triage");
  const summary = builder.errorSummary;
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: Conditions builder/);
  await expect(summary).toContainText("Choose how long the full order should last");
  await expect(summary).toContainText("the distance 50 has no unit");
  const condition = builder.condition(1);
  await expect(condition.unit).toHaveAccessibleDescription(/has no unit/);
  await expectNoAxeViolations(page, "builder with blocking errors in the error summary");
  await summary.getByRole("link", { name: /has no unit/ }).click();
  await expect(condition.unit).toBeFocused();
  await condition.unit.selectOption("metres");
  await condition.slot("Name of the place").fill("near Riverside Leisure Centre"); // a warning only
  await condition.reason.fill("He has sat in his car outside her gym on six evenings.");
  await builder.fullFixed.check();
  await builder.fullMonths.fill("36");
  await builder.interimWeeks.fill("8");
  await expect(summary).toHaveCount(0);
  await expect(builder.checksCounts).toContainText("0 errors, 1 warning");
  await builder.press("Use these conditions in a triage");
  // The triage is another area's app: it takes the set up as it starts, and keeps it.
  await expect(page).toHaveURL(/\/triage\/conditions$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Proposed conditions/);
  await expect(builder.condition(1).slot("Name of the place")).toHaveValue("near Riverside Leisure Centre");
  expect(await page.evaluate(() => (window as any).spoBoot.area)).toBe("triage");
  expect(await page.evaluate(() => sessionStorage.getItem("spo-conditions-to-triage")), "the handoff is taken up once").toBeNull();
  await expect.poll(() => page.evaluate(() => localStorage.getItem("spo-triage-draft") ?? "")).toContain("near Riverside Leisure Centre");
  await builder.open();
  await expect(builder.condition(1).slot("Name of the place")).toHaveValue("near Riverside Leisure Centre");
});

test("a browser that will not pass the set on says so, and the builder keeps it", async ({ page }) => {
  // Session storage refused for the handoff only (a full or locked-down store).
  await page.addInitScript(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === "spo-conditions-to-triage") throw new DOMException("full", "QuotaExceededError");
      return set.call(this, key, value);
    };
  });
  const builder = new BuilderPage(page);
  await builder.open();
  await builder.addWithKeyboard("contact", NO_CONTACT);
  await page.keyboard.type("Alex Example");
  await builder.condition(1).reason.fill("Daily unwanted contact is the core of the risk.");
  await builder.fullFixed.check();
  await builder.fullMonths.fill("24");
  await builder.interimWeeks.fill("8");
  await builder.press("Use these conditions in a triage");
  await expect(page.getByRole("alert")).toContainText("This browser would not pass the conditions to the triage. Save the set as a file instead");
  await expect(page).toHaveURL(/\/conditions$/);
  await expect(builder.condition(1).slot("Name of the person to be protected")).toHaveValue("Alex Example");
  await expectNoAxeViolations(page, "builder that could not hand its set to the triage");
});

test("a triage that holds other conditions asks before the builder's set replaces them", async ({ page }) => {
  const builder = new BuilderPage(page);
  const replace = page.getByRole("group", { name: "Replace the conditions in the triage?" });
  await builder.open();
  await builder.addWithKeyboard("contact", NO_CONTACT);
  await page.keyboard.type("Alex Example");
  await builder.condition(1).reason.fill("Daily unwanted contact is the core of the risk.");
  await builder.fullFixed.check();
  await builder.fullMonths.fill("24");
  await builder.interimWeeks.fill("8");
  // An empty triage takes the set without asking.
  await builder.press("Use these conditions in a triage");
  await expect(page).toHaveURL(/\/triage\/conditions$/);
  await expect(builder.condition(1).slot("Name of the person to be protected")).toHaveValue("Alex Example");
  await expect(replace).toHaveCount(0);

  // A second set, different: the triage asks, beside the conditions it would replace.
  await builder.open();
  await builder.condition(1).slot("Name of the person to be protected").fill("Sam Example");
  await builder.press("Use these conditions in a triage");
  await expect(page).toHaveURL(/\/triage\/conditions$/);
  await expect(replace).toBeFocused();
  await expect(replace).toContainText("You chose to use 1 condition from the conditions builder. This triage already has 1 condition");
  await expectNoAxeViolations(page, "triage asking whether to replace its conditions with the builder's");
  await replace.getByRole("button", { name: "Keep the triage's conditions" }).click();
  await expect(replace).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await expect(builder.condition(1).slot("Name of the person to be protected")).toHaveValue("Alex Example");

  // Asked again, the officer replaces them; a reload does not ask a third time.
  await builder.open();
  await builder.press("Use these conditions in a triage");
  await expect(replace).toBeFocused();
  await replace.getByRole("button", { name: "Replace them with the builder's set" }).click();
  await expect(builder.condition(1).slot("Name of the person to be protected")).toHaveValue("Sam Example");
  await expect.poll(() => page.evaluate(() => localStorage.getItem("spo-triage-draft") ?? "")).toContain("Sam Example");
  await reloadApp(page);
  await expect(replace).toHaveCount(0);
  await expect(builder.condition(1).slot("Name of the person to be protected")).toHaveValue("Sam Example");
});

test("text typed into a slot is shown as text everywhere and never runs", async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open();
  await builder.addWithKeyboard("contact", NO_CONTACT);
  await page.keyboard.type(INJECTED);
  await expect(builder.condition(1).wording).toContainText(INJECTED);
  await expect(builder.orderText).toContainText(INJECTED);
  await expect(page.locator("main img")).toHaveCount(0);
  const [download] = await Promise.all([page.waitForEvent("download"), builder.press("Download as a text file")]);
  expect(fs.readFileSync((await download.path())!, "utf8")).toContain(`contact, or try to contact, ${INJECTED} by any means`);
  await page.emulateMedia({ media: "print" });
  await expect(builder.orderText).toBeVisible();
  await expect(builder.orderText).toContainText(INJECTED);
  await page.emulateMedia({ media: "screen" });
  await reloadApp(page);
  await expect(builder.condition(1).slot(PERSON)).toHaveValue(INJECTED);
  expect(await page.evaluate(() => (window as any).__x)).toBeUndefined();
});

test("the printed builder shows the order text between markings, without the controls", async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open();
  await builder.addWithKeyboard("contact", NO_CONTACT);
  await fillPersonAndReason(builder, 1, "Alex Example");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(builder.picker).toBeHidden();
  await expect(builder.chosenList).toBeHidden();
  await expect(builder.orderText).toBeVisible();
  // The page's protective markings (header and footer) are plain text with no role.
  await expect(page.locator(".marking").first()).toBeVisible();
  await expect(page.locator(".marking--footer")).toBeVisible();
  await expect(builder.orderText.getByText("OFFICIAL-SENSITIVE", { exact: true })).toHaveCount(2);
});

test("the builder fits a 320 pixel screen without scrolling sideways", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const builder = new BuilderPage(page);
  await builder.open();
  await builder.addWithKeyboard("loiter", NO_LOITERING);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test.describe("the example conditions library @both", () => {
  test("the list and a case render with no axe violations @both", async ({ page }) => {
    const examples = new ExamplesPage(page);
    await examples.openList();
    await expect(examples.heading).toHaveText("Example conditions");
    await expect(examples.caseLinks).toHaveCount(10);
    await expectNoAxeViolations(page, "example list");
    await examples.caseLinks.first().click();
    await expect(examples.heading).toHaveText("Ex-partner: messages, tracking and turning up at work");
    await expect(examples.heading).toBeFocused();
    await expect(page).toHaveTitle(/^Ex-partner: messages, tracking and turning up at work – /);
    await expect(examples.section("The facts")).toBeVisible();
    await expect(examples.section("The risk")).toBeVisible();
    await expect(examples.conditions.first()).toContainText("The respondent must not: contact, or try to contact, Alex Example");
    await expect(examples.conditions.first()).toContainText("What makes it clear, necessary and enforceable:");
    await expect(examples.sides(examples.comparisons.first())).toHaveText(["Weaker draft", "Better"]);
    await expect(examples.comparisons.first()).toContainText("What changed:");
    await expect(examples.orderText).toContainText("The full order is to last for a fixed period of 3 years");
    await expectNoAxeViolations(page, "example detail");
  });

  test("an unknown example says so @both", async ({ page }) => {
    const examples = new ExamplesPage(page);
    await examples.openCase("no-such-case");
    await expect(examples.heading).toHaveText("Example not found");
    await expectNoAxeViolations(page, "unknown example");
  });
});

test("an example prints without the navigation and with the protective marking", async ({ page }) => {
  const examples = new ExamplesPage(page);
  await examples.openCase("ex-partner-online-and-physical");
  await expect(examples.conditions.first()).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(examples.openInBuilder).toBeHidden();
  // The page's protective markings (header and footer) are plain text with no role.
  await expect(page.locator(".marking").first()).toBeVisible();
  await expect(page.locator(".marking").first()).toHaveText("OFFICIAL-SENSITIVE");
  await expect(page.locator(".marking--footer")).toBeVisible();
  await expect(examples.sides(examples.comparisons.first()).first()).toBeVisible();
});

test("the weaker and better drafts stack on a 320 pixel screen", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const examples = new ExamplesPage(page);
  await examples.openCase("ex-partner-online-and-physical");
  // Each side is its label and the draft under it.
  const sides = examples.sides(examples.comparisons.first()).locator("xpath=..");
  const [a, b] = [await sides.nth(0).boundingBox(), await sides.nth(1).boundingBox()];
  expect(b!.y).toBeGreaterThanOrEqual(a!.y + a!.height);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("an example opens in the builder, asking first when the builder holds conditions @both", async ({ page, baseURL }) => {
  const examples = new ExamplesPage(page);
  const builder = new BuilderPage(page);
  await examples.openCase("ex-partner-online-and-physical");
  await expect(examples.conditions.first()).toBeVisible();
  const count = await examples.conditions.count();
  expect(count).toBeGreaterThan(1);
  await examples.openInBuilder.click();
  await expect(page).toHaveURL(new URL("conditions", baseURL).toString());
  await expect(builder.heading).toHaveText("Conditions builder");
  await expect(builder.chosen).toHaveCount(count);
  await expect(builder.condition(1).slot(PERSON)).toHaveValue("Alex Example");
  await expect(builder.orderText).toContainText("The full order is to last for a fixed period of 3 years");

  await examples.openCase("former-colleague");
  await expect(examples.conditions.first()).toBeVisible();
  const other = await examples.conditions.count();
  await examples.openInBuilder.click();
  await expect(examples.replaceConfirm).toBeFocused();
  await expect(examples.replaceConfirm).toContainText(`The builder already holds ${count} conditions.`);
  await examples.cancel.click();
  await expect(examples.openInBuilder).toBeFocused();
  await examples.openInBuilder.click();
  await examples.replace.click();
  await expect(builder.heading).toHaveText("Conditions builder");
  await expect(builder.chosen).toHaveCount(other);
});
