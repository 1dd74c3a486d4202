// The trainee's journey through the guidance: contents and progress, reading a module,
// checking understanding, search, deep links, the glossary, the pathway diagram,
// print, and the accessibility statement.
import { test, expect, expectNoAxeViolations, gotoApp, reloadApp } from "./fixtures";
import type { Locator, Page } from "@playwright/test";
import { GuidancePage } from "./pages/guidance-page";

const PROGRESS_KEY = "spo-guidance-progress";

/** The page never needs to scroll sideways. */
async function expectNoSidewaysScroll(page: Page, what: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${what} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
}

test.describe("guidance pages @both", () => {
  test("the contents lists every module with its reading time and status, and no axe violations @both", async ({ page }) => {
    const guidance = new GuidancePage(page);
    await guidance.openContents();
    await expect(guidance.heading).toHaveText("Guidance");
    await expect(page).toHaveTitle(/^Guidance – SPO triage and guidance/);
    await expect(guidance.modules).toHaveCount(11);
    await expect(guidance.modules.first()).toContainText("What an SPO is and when to consider one");
    await expect(guidance.modules.first()).toContainText(/\d minute read/);
    await expect(guidance.modules.first()).toContainText("Not started");
    await expect(guidance.progressSummary).toHaveText("0 of 11 modules completed");
    await expect(guidance.progressNext).toContainText("Start with the first module");
    await expectNoAxeViolations(page, "guidance contents");
  });

  test("a module has a contents list, previous and next links, and no axe violations @both", async ({ page, baseURL }) => {
    const guidance = new GuidancePage(page);
    const module = await guidance.moduleJson("three-tests");
    await guidance.openModule("three-tests", module.title);
    await expect(page).toHaveTitle(new RegExp(`^${module.title} – `));
    const contents = guidance.contents;
    for (const { text } of module.contents) await expect(contents.getByRole("link", { name: text, exact: true })).toBeVisible();
    await expect(contents.getByRole("link", { name: "Check your understanding" })).toBeVisible();
    const base = new URL(baseURL!).pathname;
    await expect(contents.getByRole("link").first()).toHaveAttribute("href", `${base}guidance/three-tests#${module.contents[0].id}`);
    const pagination = guidance.pagination;
    await expect(pagination.getByRole("link", { name: /Previous module:\s*Recognising stalking/ })).toBeVisible();
    await expect(pagination.getByRole("link", { name: /Next module:\s*Interim and full orders/ })).toBeVisible();
    // Glossary terms are linked where they first appear.
    await expect(guidance.glossaryLinks.first()).toBeVisible();
    await expectNoAxeViolations(page, "module page");

    await pagination.getByRole("link", { name: /Next module/ }).click();
    await expect(guidance.heading).toHaveText("Interim and full orders");
    await expect(guidance.heading).toBeFocused();
  });

  test("a deep link with an anchor opens the module at that section, with its heading focused @both", async ({ page }) => {
    const guidance = new GuidancePage(page);
    const module = await guidance.moduleJson("three-tests");
    const section = (id: string) => guidance.sectionHeading(module.contents.find((c) => c.id === id)!.text);
    await gotoApp(page, "guidance/three-tests#necessity");
    await expect(section("necessity")).toBeFocused();
    await expect(section("necessity")).toBeInViewport();
    // A link in the contents list moves to its section the same way.
    await guidance.contents.getByRole("link", { name: "Standard of proof" }).click();
    await expect(section("standard-of-proof")).toBeFocused();
    await expect(page).toHaveURL(/guidance\/three-tests#standard-of-proof$/);
  });

  test("an unknown module says so and links back to the contents @both", async ({ page }) => {
    const guidance = new GuidancePage(page);
    await gotoApp(page, "guidance/no-such-module");
    await expect(guidance.heading).toHaveText("Module not found");
    await expect(guidance.loadError).toContainText("no guidance module at this address");
    await page.getByRole("link", { name: "Go to the list of guidance modules" }).click();
    await expect(guidance.heading).toHaveText("Guidance");
  });

  test("search as you type finds a word inside a passage and lands on that section @both", async ({ page }) => {
    const guidance = new GuidancePage(page);
    const searchRequests: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("guidance/search.json")) searchRequests.push(r.url());
    });
    await guidance.openContents();
    await expect(guidance.modules).toHaveCount(11);
    expect(searchRequests, "the search index is not fetched before the box is used").toEqual([]);

    await guidance.search.pressSequentially("fingerpr");
    const result = guidance.result("Notification");
    await expect(result).toHaveCount(1);
    await expect(result.getByText(/^Module: /)).toHaveText("Module: Authorisation, court and after the order");
    await expect(result.locator("mark").first()).toHaveText(/^fingerpr/i);
    await expect(guidance.searchStatus).toHaveText(/\d+ results? for ‘fingerpr’\./);
    expect(searchRequests.length).toBe(1);
    await expectNoAxeViolations(page, "contents page with search results");

    await result.getByRole("link", { name: "Notification" }).click();
    await expect(page).toHaveURL(/guidance\/authorisation-court-and-after#notification$/);
    const heading = guidance.sectionHeading("Notification");
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
  });

  test("the search page works with the Search button, keeps the words in the address, and has no axe violations @both", async ({ page }) => {
    const guidance = new GuidancePage(page);
    await gotoApp(page, "guidance/search");
    await expect(guidance.heading).toHaveText("Search the guidance");
    await guidance.search.fill("youth justice");
    await guidance.searchButton.click();
    await expect(guidance.searchSummary).toContainText("for ‘youth justice’");
    await expect(guidance.searchStatus).toContainText("for ‘youth justice’");
    await expect(page).toHaveURL(/guidance\/search\?q=youth%20justice$/);
    const marks = guidance.searchResults.locator("mark");
    expect(await marks.count()).toBeGreaterThan(0);
    for (const text of await marks.allTextContents()) expect(text.toLowerCase()).toMatch(/^(youth|justice)/);
    await expectNoAxeViolations(page, "search page with results");

    // Reloading the address shows the same results.
    await reloadApp(page);
    await expect(guidance.search).toHaveValue("youth justice");
    await expect(guidance.searchResults.getByRole("listitem").first()).toBeVisible();

    // Words that match nothing say so.
    await guidance.search.fill("qwertyuiop");
    await expect(guidance.searchSummary).toHaveText(/^No results for ‘qwertyuiop’/);
    await expect(guidance.searchResults).toHaveCount(0);
  });

  test("the glossary has an anchor per term, and module text links to it @both", async ({ page }) => {
    const guidance = new GuidancePage(page);
    const index = await (await page.request.get("guidance/index.json")).json();
    await gotoApp(page, "guidance/glossary");
    await expect(guidance.heading).toHaveText("Glossary");
    // One heading per term, each with its anchor, listed under "Terms".
    await expect(page.getByRole("navigation", { name: "Terms" }).getByRole("link")).toHaveCount(index.glossary.length);
    for (const term of index.glossary) await expect(guidance.sectionHeading(term.term)).toHaveAttribute("id", term.id);
    await expectNoAxeViolations(page, "glossary");

    await guidance.openModule("three-tests", (await guidance.moduleJson("three-tests")).title);
    const link = guidance.glossaryLinks.first();
    const target = (await link.getAttribute("href"))!.split("#")[1];
    const term = index.glossary.find((t: { id: string }) => t.id === target);
    await link.click();
    await expect(guidance.heading).toHaveText("Glossary");
    await expect(guidance.sectionHeading(term.term)).toBeFocused();
  });

  test("the pathway diagram has a text alternative, on its page and in the module @both", async ({ page }) => {
    const guidance = new GuidancePage(page);
    await guidance.openContents();
    await page.getByRole("link", { name: /The SPO pathway/ }).click();
    await expect(guidance.heading).toHaveText("The SPO pathway: from report to order and after");
    const diagram = page.getByRole("img", { name: /The SPO pathway, from report to order and after/ });
    await expect(diagram).toBeVisible();
    // The steps in words: a list with no name of its own, under "The steps in words".
    const steps = page.locator("#pathway-steps").getByRole("listitem");
    await expect(steps).toHaveCount(8);
    await expect(steps.nth(1)).toContainText("Triage (this form)");
    await expect(steps.nth(3)).toContainText("draft national guidance");
    await expect(steps.nth(5)).toContainText("within 3 days");
    await expectNoAxeViolations(page, "pathway page");

    await guidance.openModule("authorisation-court-and-after", "Authorisation, court and after the order");
    await expect(page.getByRole("img", { name: /The SPO pathway/ })).toBeVisible();
    await page.getByText("The pathway in words").click();
    await expect(page.locator("#module-pathway-steps").getByRole("listitem")).toHaveCount(8);
    await expectNoAxeViolations(page, "module page with the pathway");
  });

  test("the accessibility statement shows the support contact from config @both", async ({ page }) => {
    await gotoApp(page, "accessibility");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accessibility statement");
    // The contact panel is a box with no role or name.
    const contact = page.locator("#support-contact");
    await expect(contact).toContainText("IT Service Desk");
    await expect(contact.getByRole("link", { name: "servicedesk@exampleshire.police.example" })).toHaveAttribute(
      "href",
      "mailto:servicedesk@exampleshire.police.example",
    );
    await expect(contact).toContainText("01234 567899");
    const main = page.getByRole("main");
    await expect(main).toContainText("Equality Advisory and Support Service");
    await expect(main).toContainText("partially compliant");
    await expect(main).toContainText("WCAG");
    await expect(main).toContainText("axe-core");
    await expect(main).toContainText("23 November 2026");
    await page.getByRole("navigation", { name: "Contents" }).getByRole("link", { name: "How we tested this service" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "How we tested this service" })).toBeFocused();
    await expectNoAxeViolations(page, "accessibility statement");
  });
});

test("a trainee answers a module's questions, right and wrong, and sees each explanation", async ({ page }) => {
  const guidance = new GuidancePage(page);
  const module = await guidance.moduleJson("three-tests");
  await guidance.openModule("three-tests", module.title);
  const [first, second] = module.questions;
  const q1 = guidance.question(1);
  const q2 = guidance.question(2);
  await expect(q1.group).toHaveAccessibleName(new RegExp(first.prompt.replace(/[.?*+^$()[\]{}|\\]/g, "\\$&")));

  // Checking with nothing chosen asks for an answer.
  await q2.check.click();
  await expect(q2.error).toHaveText("Error: Choose an answer to check");

  const wrong = first.answer === 0 ? 1 : 0;
  await q1.option(first.options[wrong]).check();
  await q1.check.click();
  await expect(q1.result).toContainText("Not quite.");
  await expect(q1.result).toContainText(`The answer is: ${first.options[first.answer]}`);
  await expect(q1.result).toContainText(first.explanation);
  await expectNoAxeViolations(page, "a question answered wrongly and one not answered");

  await q1.option(first.options[first.answer]).check();
  await expect(q1.result).toBeEmpty();
  await q1.check.click();
  await expect(q1.result).toContainText("Correct.");
  await expect(q1.result).toContainText(first.explanation);

  await q2.option(second.options[second.answer]).check();
  await q2.check.click();
  await expect(q2.result).toContainText("Correct.");
  await expect(q2.error).toHaveCount(0);
  await expectNoAxeViolations(page, "questions answered");
});

test("the questions work with the keyboard alone", async ({ page }) => {
  const guidance = new GuidancePage(page);
  const module = await guidance.moduleJson("authorisation-court-and-after");
  await guidance.openModule(module.slug, module.title);
  const question = module.questions[0];
  const q1 = guidance.question(1);
  await q1.nth(1).focus();
  await page.keyboard.press("Space");
  await expect(q1.nth(1)).toBeChecked();
  // Arrow keys move between the options of one question, and select as they go.
  for (let i = 0; i < question.answer; i++) await page.keyboard.press("ArrowDown");
  await expect(q1.option(question.options[question.answer])).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(q1.check).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(q1.result).toContainText("Correct.");
});

test("a trainee marks a module complete, sees progress after a reload, continues where they left off and resets", async ({ page }) => {
  const guidance = new GuidancePage(page);
  await guidance.openContents();
  await page.getByRole("link", { name: "The three tests and the standard of proof" }).click();
  await expect(guidance.heading).toHaveText("The three tests and the standard of proof");
  await expect(guidance.moduleStatus).toHaveText("In progress");
  await guidance.button("Mark as complete").click();
  await expect(guidance.completeStatus).toHaveText("You have marked this module as complete.");
  await expect(guidance.moduleStatus).toHaveText("Completed");
  await expect(guidance.button("Mark as not complete")).toBeFocused();

  // Open another module and leave it unfinished.
  await guidance.pagination.getByRole("link", { name: /Next module/ }).click();
  await expect(guidance.heading).toHaveText("Interim and full orders");

  await guidance.openContents();
  await reloadApp(page);
  await expect(guidance.progressSummary).toHaveText("1 of 11 modules completed");
  const items = guidance.modules;
  await expect(items.nth(2)).toContainText("Completed");
  await expect(items.nth(3)).toContainText("In progress");
  await expect(items.nth(0)).toContainText("Not started");
  await expectNoAxeViolations(page, "contents with progress");

  // Only module slugs and statuses are kept.
  const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), PROGRESS_KEY))!);
  expect(stored).toEqual({
    modules: { "three-tests": "completed", "interim-and-full-orders": "in-progress" },
    recent: ["interim-and-full-orders", "three-tests"],
  });

  await page.getByRole("link", { name: "Continue where you left off: Interim and full orders" }).click();
  await expect(guidance.heading).toHaveText("Interim and full orders");
  await expect(guidance.heading).toBeFocused();

  // Reset, with a confirmation step: first changing their mind, then going ahead.
  await guidance.openContents();
  await guidance.button("Reset my progress").click();
  await expect(page.getByRole("heading", { name: "Reset your progress?" })).toBeFocused();
  await expectNoAxeViolations(page, "reset confirmation");
  await guidance.button("No, keep my progress").click();
  await expect(guidance.button("Reset my progress")).toBeFocused();
  await expect(guidance.progressSummary).toHaveText("1 of 11 modules completed");

  await guidance.button("Reset my progress").click();
  await guidance.button("Yes, reset my progress").click();
  await expect(guidance.resetStatus).toHaveText("Your progress has been reset.");
  await expect(guidance.progressSummary).toHaveText("0 of 11 modules completed");
  await expect(page.getByRole("heading", { name: "Your progress", exact: true })).toBeFocused();
  expect(await page.evaluate((k) => localStorage.getItem(k), PROGRESS_KEY)).toBeNull();
  await reloadApp(page);
  await expect(guidance.progressSummary).toHaveText("0 of 11 modules completed");
  await expect(guidance.modules.nth(2)).toContainText("Not started");
});

test("when this computer cannot store progress, the pages say so and keep working", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      configurable: true,
      get() {
        throw new DOMException("Storage is turned off", "SecurityError");
      },
    });
  });
  const guidance = new GuidancePage(page);
  await guidance.openContents();
  await expect(guidance.progressSummary).toHaveText("0 of 11 modules completed");
  await expect(guidance.progressNotSaved).toContainText("cannot be saved on this computer");
  await guidance.openModule("three-tests", "The three tests and the standard of proof");
  await expect(guidance.progressNotSaved).toBeVisible();
  await guidance.button("Mark as complete").click();
  await expect(guidance.moduleStatus).toHaveText("Completed");
  await expectNoAxeViolations(page, "module page when progress cannot be saved");
});

test("printing a module hides navigation and buttons but keeps its headings and sources", async ({ page }) => {
  const guidance = new GuidancePage(page);
  const module = await guidance.moduleJson("three-tests");
  await guidance.openModule("three-tests", module.title);
  await page.emulateMedia({ media: "print" });
  const hidden: [string, Locator][] = [
    ["the main navigation", page.getByRole("navigation", { name: "Main" })],
    ["the contents list", guidance.contents],
    ["the previous and next links", guidance.pagination],
    ["Mark as complete", guidance.button("Mark as complete")],
    ["Print this module", guidance.button("Print this module")],
    ["the questions' buttons", guidance.question(1).check],
  ];
  for (const [what, locator] of hidden) await expect(locator, `${what} is hidden in print`).toBeHidden();
  await expect(guidance.heading).toBeVisible();
  await expect(guidance.sectionHeading(module.contents.find((c) => c.id === "necessity")!.text)).toBeVisible();
  const sources = guidance.sectionHeading("Sources");
  await expect(sources).toBeVisible();
  await expect(page.getByRole("region", { name: "Sources" }).getByRole("listitem").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Check your understanding" })).toBeVisible();
});

test("every guidance page reflows at 320 pixels wide", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const route of ["guidance", "guidance/three-tests", "guidance/glossary", "guidance/pathway", "guidance/search?q=order", "accessibility"]) {
    await gotoApp(page, route);
    await expect(page.locator(".loading")).toHaveCount(0);
    await expectNoSidewaysScroll(page, route);
  }
  // The diagram scales to the width and its words stay a readable size.
  await gotoApp(page, "guidance/pathway");
  const box = await page.getByRole("img", { name: /The SPO pathway/ }).boundingBox();
  expect(box!.width).toBeLessThanOrEqual(320);
  expect(box!.width).toBeGreaterThan(250);
});
