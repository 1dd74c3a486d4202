// The trainee's journey through the guidance: contents and progress, reading a module,
// checking understanding, search, deep links, the glossary, the pathway diagram,
// print, and the accessibility statement.
import { test, expect, expectNoAxeViolations, gotoApp, reloadApp } from "./fixtures";
import type { Page } from "@playwright/test";

type Question = { prompt: string; options: string[]; answer: number; explanation: string };
type Module = { slug: string; title: string; questions: Question[]; contents: { id: string; text: string }[] };

const PROGRESS_KEY = "spo-guidance-progress";

/** A module as the site serves it, so the tests follow the content rather than copy it. */
async function moduleJson(page: Page, slug: string): Promise<Module> {
  const response = await page.request.get(`guidance/modules/${slug}.json`);
  expect(response.ok()).toBeTruthy();
  return response.json();
}

async function openModule(page: Page, slug: string, title: string) {
  await gotoApp(page, `guidance/${slug}`);
  await expect(page.locator("h1")).toHaveText(title);
}

/** The page never needs to scroll sideways. */
async function expectNoSidewaysScroll(page: Page, what: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${what} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
}

test.describe("guidance pages @both", () => {
  test("the contents lists every module with its reading time and status, and no axe violations @both", async ({ page }) => {
    await gotoApp(page, "guidance");
    await expect(page.locator("h1")).toHaveText("Guidance");
    await expect(page).toHaveTitle(/^Guidance – SPO triage and guidance/);
    const items = page.locator("#module-list > li");
    await expect(items).toHaveCount(10);
    await expect(items.first()).toContainText("What an SPO is and when to consider one");
    await expect(items.first()).toContainText(/\d minute read/);
    await expect(items.first()).toContainText("Not started");
    await expect(page.locator("#progress-summary")).toHaveText("0 of 10 modules completed");
    await expect(page.locator("#progress-next")).toContainText("Start with the first module");
    await expectNoAxeViolations(page, "guidance contents");
  });

  test("a module has a contents list, previous and next links, and no axe violations @both", async ({ page, baseURL }) => {
    const module = await moduleJson(page, "three-tests");
    await openModule(page, "three-tests", module.title);
    await expect(page).toHaveTitle(new RegExp(`^${module.title} – `));
    const contents = page.getByRole("navigation", { name: "Contents" });
    for (const { text } of module.contents) await expect(contents.getByRole("link", { name: text, exact: true })).toBeVisible();
    await expect(contents.getByRole("link", { name: "Check your understanding" })).toBeVisible();
    const base = new URL(baseURL!).pathname;
    await expect(contents.getByRole("link").first()).toHaveAttribute("href", `${base}guidance/three-tests#${module.contents[0].id}`);
    const pagination = page.getByRole("navigation", { name: "Previous and next modules" });
    await expect(pagination.getByRole("link", { name: /Previous module:\s*Recognising stalking/ })).toBeVisible();
    await expect(pagination.getByRole("link", { name: /Next module:\s*Interim and full orders/ })).toBeVisible();
    // Glossary terms are linked where they first appear.
    await expect(page.locator(".guidance-body a.glossary-term").first()).toBeVisible();
    await expectNoAxeViolations(page, "module page");

    await pagination.getByRole("link", { name: /Next module/ }).click();
    await expect(page.locator("h1")).toHaveText("Interim and full orders");
    await expect(page.locator("h1")).toBeFocused();
  });

  test("a deep link with an anchor opens the module at that section, with its heading focused @both", async ({ page }) => {
    await gotoApp(page, "guidance/three-tests#necessity");
    const heading = page.locator("h2#necessity");
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    // A link in the contents list moves to its section the same way.
    await page.getByRole("navigation", { name: "Contents" }).getByRole("link", { name: "Standard of proof" }).click();
    await expect(page.locator("h2#standard-of-proof")).toBeFocused();
    await expect(page).toHaveURL(/guidance\/three-tests#standard-of-proof$/);
  });

  test("an unknown module says so and links back to the contents @both", async ({ page }) => {
    await gotoApp(page, "guidance/no-such-module");
    await expect(page.locator("h1")).toHaveText("Module not found");
    await expect(page.locator("#guidance-load-error")).toContainText("no guidance module at this address");
    await page.getByRole("link", { name: "Go to the list of guidance modules" }).click();
    await expect(page.locator("h1")).toHaveText("Guidance");
  });

  test("search as you type finds a word inside a passage and lands on that section @both", async ({ page }) => {
    const searchRequests: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("guidance/search.json")) searchRequests.push(r.url());
    });
    await gotoApp(page, "guidance");
    await expect(page.locator("#module-list > li")).toHaveCount(10);
    expect(searchRequests, "the search index is not fetched before the box is used").toEqual([]);

    const box = page.getByLabel("Search the modules and glossary");
    await box.pressSequentially("fingerpr");
    const result = page.locator(".search-results__item").filter({ has: page.getByRole("link", { name: "Notification" }) });
    await expect(result).toHaveCount(1);
    await expect(result.locator(".search-results__place")).toHaveText("Module: Authorisation, court and after the order");
    await expect(result.locator("mark").first()).toHaveText(/^fingerpr/i);
    await expect(page.locator("#search-status")).toHaveText(/\d+ results? for ‘fingerpr’\./);
    expect(searchRequests.length).toBe(1);
    await expectNoAxeViolations(page, "contents page with search results");

    await result.getByRole("link", { name: "Notification" }).click();
    await expect(page).toHaveURL(/guidance\/authorisation-court-and-after#notification$/);
    const heading = page.locator("h2#notification");
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
  });

  test("the search page works with the Search button, keeps the words in the address, and has no axe violations @both", async ({ page }) => {
    await gotoApp(page, "guidance/search");
    await expect(page.locator("h1")).toHaveText("Search the guidance");
    await page.getByLabel("Search the modules and glossary").fill("youth justice");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page.locator("#search-summary")).toContainText("for ‘youth justice’");
    await expect(page.locator("#search-status")).toContainText("for ‘youth justice’");
    await expect(page).toHaveURL(/guidance\/search\?q=youth%20justice$/);
    const marks = page.locator("#search-results mark");
    expect(await marks.count()).toBeGreaterThan(0);
    for (const text of await marks.allTextContents()) expect(text.toLowerCase()).toMatch(/^(youth|justice)/);
    await expectNoAxeViolations(page, "search page with results");

    // Reloading the address shows the same results.
    await reloadApp(page);
    await expect(page.getByLabel("Search the modules and glossary")).toHaveValue("youth justice");
    await expect(page.locator("#search-results > li").first()).toBeVisible();

    // Words that match nothing say so.
    await page.getByLabel("Search the modules and glossary").fill("qwertyuiop");
    await expect(page.locator("#search-summary")).toHaveText(/^No results for ‘qwertyuiop’/);
    await expect(page.locator("#search-results")).toHaveCount(0);
  });

  test("the glossary has an anchor per term, and module text links to it @both", async ({ page }) => {
    const index = await (await page.request.get("guidance/index.json")).json();
    await gotoApp(page, "guidance/glossary");
    await expect(page.locator("h1")).toHaveText("Glossary");
    await expect(page.locator(".glossary__term")).toHaveCount(index.glossary.length);
    for (const term of index.glossary.slice(0, 3)) await expect(page.locator(`h2#${term.id}`)).toHaveText(term.term);
    await expectNoAxeViolations(page, "glossary");

    await openModule(page, "three-tests", (await moduleJson(page, "three-tests")).title);
    const link = page.locator(".guidance-body a.glossary-term").first();
    const target = (await link.getAttribute("href"))!.split("#")[1];
    await link.click();
    await expect(page.locator("h1")).toHaveText("Glossary");
    await expect(page.locator(`h2#${target}`)).toBeFocused();
  });

  test("the pathway diagram has a text alternative, on its page and in the module @both", async ({ page }) => {
    await gotoApp(page, "guidance");
    await page.getByRole("link", { name: /The SPO pathway/ }).click();
    await expect(page.locator("h1")).toHaveText("The SPO pathway: from report to order and after");
    const diagram = page.getByRole("img", { name: /The SPO pathway, from report to order and after/ });
    await expect(diagram).toBeVisible();
    const steps = page.locator("#pathway-steps > li");
    await expect(steps).toHaveCount(8);
    await expect(steps.nth(1)).toContainText("Triage (this form)");
    await expect(steps.nth(3)).toContainText("draft national guidance");
    await expect(steps.nth(5)).toContainText("within 3 days");
    await expectNoAxeViolations(page, "pathway page");

    await openModule(page, "authorisation-court-and-after", "Authorisation, court and after the order");
    await expect(page.getByRole("img", { name: /The SPO pathway/ })).toBeVisible();
    await page.getByText("The pathway in words").click();
    await expect(page.locator("#module-pathway-steps > li")).toHaveCount(8);
    await expectNoAxeViolations(page, "module page with the pathway");
  });

  test("the accessibility statement shows the support contact from config @both", async ({ page }) => {
    await gotoApp(page, "accessibility");
    await expect(page.locator("h1")).toHaveText("Accessibility statement");
    const contact = page.locator("#support-contact");
    await expect(contact).toContainText("IT Service Desk");
    await expect(contact.getByRole("link", { name: "servicedesk@exampleshire.police.example" })).toHaveAttribute(
      "href",
      "mailto:servicedesk@exampleshire.police.example",
    );
    await expect(contact).toContainText("01234 567899");
    const main = page.locator("main");
    await expect(main).toContainText("Equality Advisory and Support Service");
    await expect(main).toContainText("partially compliant");
    await expect(main).toContainText("WCAG");
    await expect(main).toContainText("axe-core");
    await expect(main).toContainText("23 November 2026");
    await page.getByRole("navigation", { name: "Contents" }).getByRole("link", { name: "How we tested this service" }).click();
    await expect(page.locator("h2#testing")).toBeFocused();
    await expectNoAxeViolations(page, "accessibility statement");
  });
});

test("a trainee answers a module's questions, right and wrong, and sees each explanation", async ({ page }) => {
  const module = await moduleJson(page, "three-tests");
  await openModule(page, "three-tests", module.title);
  const [first, second] = module.questions;
  const q1 = page.locator(".question").nth(0);
  const q2 = page.locator(".question").nth(1);
  await expect(q1.getByRole("group", { name: new RegExp(first.prompt.replace(/[.?*+^$()[\]{}|\\]/g, "\\$&")) })).toBeVisible();

  // Checking with nothing chosen asks for an answer.
  await q2.getByRole("button", { name: /Check answer/ }).click();
  await expect(q2.locator(".error-message")).toHaveText("Error: Choose an answer to check");

  const wrong = first.answer === 0 ? 1 : 0;
  await q1.getByLabel(first.options[wrong], { exact: true }).check();
  await q1.getByRole("button", { name: /Check answer/ }).click();
  await expect(q1.locator(".question__result")).toContainText("Not quite.");
  await expect(q1.locator(".question__result")).toContainText(`The answer is: ${first.options[first.answer]}`);
  await expect(q1.locator(".question__result")).toContainText(first.explanation);
  await expectNoAxeViolations(page, "a question answered wrongly and one not answered");

  await q1.getByLabel(first.options[first.answer], { exact: true }).check();
  await expect(q1.locator(".question__result")).toBeEmpty();
  await q1.getByRole("button", { name: /Check answer/ }).click();
  await expect(q1.locator(".question__result")).toContainText("Correct.");
  await expect(q1.locator(".question__result")).toContainText(first.explanation);

  await q2.getByLabel(second.options[second.answer], { exact: true }).check();
  await q2.getByRole("button", { name: /Check answer/ }).click();
  await expect(q2.locator(".question__result")).toContainText("Correct.");
  await expect(q2.locator(".error-message")).toHaveCount(0);
  await expectNoAxeViolations(page, "questions answered");
});

test("the questions work with the keyboard alone", async ({ page }) => {
  const module = await moduleJson(page, "authorisation-court-and-after");
  await openModule(page, module.slug, module.title);
  const question = module.questions[0];
  await page.locator("#question-1-option-1").focus();
  await page.keyboard.press("Space");
  await expect(page.locator("#question-1-option-1")).toBeChecked();
  // Arrow keys move between the options of one question, and select as they go.
  for (let i = 0; i < question.answer; i++) await page.keyboard.press("ArrowDown");
  await expect(page.locator(`#question-1-option-${question.answer + 1}`)).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Check answer to question 1" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#question-1-result")).toContainText("Correct.");
});

test("a trainee marks a module complete, sees progress after a reload, continues where they left off and resets", async ({ page }) => {
  await gotoApp(page, "guidance");
  await page.getByRole("link", { name: "The three tests and the standard of proof" }).click();
  await expect(page.locator("h1")).toHaveText("The three tests and the standard of proof");
  await expect(page.locator("#module-status")).toHaveText("In progress");
  await page.getByRole("button", { name: "Mark as complete" }).click();
  await expect(page.locator("#module-complete-status")).toHaveText("You have marked this module as complete.");
  await expect(page.locator("#module-status")).toHaveText("Completed");
  await expect(page.getByRole("button", { name: "Mark as not complete" })).toBeFocused();

  // Open another module and leave it unfinished.
  await page.getByRole("navigation", { name: "Previous and next modules" }).getByRole("link", { name: /Next module/ }).click();
  await expect(page.locator("h1")).toHaveText("Interim and full orders");

  await gotoApp(page, "guidance");
  await reloadApp(page);
  await expect(page.locator("#progress-summary")).toHaveText("1 of 10 modules completed");
  const items = page.locator("#module-list > li");
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
  await expect(page.locator("h1")).toHaveText("Interim and full orders");
  await expect(page.locator("h1")).toBeFocused();

  // Reset, with a confirmation step: first changing their mind, then going ahead.
  await gotoApp(page, "guidance");
  await page.getByRole("button", { name: "Reset my progress" }).click();
  await expect(page.getByRole("heading", { name: "Reset your progress?" })).toBeFocused();
  await expectNoAxeViolations(page, "reset confirmation");
  await page.getByRole("button", { name: "No, keep my progress" }).click();
  await expect(page.getByRole("button", { name: "Reset my progress" })).toBeFocused();
  await expect(page.locator("#progress-summary")).toHaveText("1 of 10 modules completed");

  await page.getByRole("button", { name: "Reset my progress" }).click();
  await page.getByRole("button", { name: "Yes, reset my progress" }).click();
  await expect(page.locator("#reset-status")).toHaveText("Your progress has been reset.");
  await expect(page.locator("#progress-summary")).toHaveText("0 of 10 modules completed");
  await expect(page.getByRole("heading", { name: "Your progress", exact: true })).toBeFocused();
  expect(await page.evaluate((k) => localStorage.getItem(k), PROGRESS_KEY)).toBeNull();
  await reloadApp(page);
  await expect(page.locator("#progress-summary")).toHaveText("0 of 10 modules completed");
  await expect(page.locator("#module-list > li").nth(2)).toContainText("Not started");
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
  await gotoApp(page, "guidance");
  await expect(page.locator("#progress-summary")).toHaveText("0 of 10 modules completed");
  await expect(page.locator("#progress-not-saved")).toContainText("cannot be saved on this computer");
  await openModule(page, "three-tests", "The three tests and the standard of proof");
  await expect(page.locator("#progress-not-saved")).toBeVisible();
  await page.getByRole("button", { name: "Mark as complete" }).click();
  await expect(page.locator("#module-status")).toHaveText("Completed");
  await expectNoAxeViolations(page, "module page when progress cannot be saved");
});

test("printing a module hides navigation and buttons but keeps its headings and sources", async ({ page }) => {
  await openModule(page, "three-tests", "The three tests and the standard of proof");
  await page.emulateMedia({ media: "print" });
  for (const hidden of [".site-nav", "nav.contents-list", "nav.pagination", "#mark-complete", ".module-tools", ".question .button"]) {
    await expect(page.locator(hidden).first(), `${hidden} is hidden in print`).toBeHidden();
  }
  await expect(page.locator("h1")).toBeVisible();
  await expect(page.locator("h2#necessity")).toBeVisible();
  await expect(page.locator("h2#sources")).toBeVisible();
  await expect(page.locator(".source-list li").first()).toBeVisible();
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
  const box = await page.locator(".pathway__svg").boundingBox();
  expect(box!.width).toBeLessThanOrEqual(320);
  expect(box!.width).toBeGreaterThan(250);
});
