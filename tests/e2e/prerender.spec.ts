// Prerendered pages (xtask/src/prerender.rs, public/boot.js, src/ui/takeover.rs): the page
// shows and takes typing before the app arrives; the app, fetched on the first sign of
// someone there, takes it over with every answer, the focus and the caret, and presses a
// button pressed meanwhile; saved answers are never hidden behind an empty form; nothing
// typed reaches a URL; without JavaScript the page still reads.
import { test, expect, expectNoAxeViolations, gotoApp } from "./fixtures";
import type { Page, Route } from "@playwright/test";
import { GuidancePage } from "./pages/guidance-page";
import { SitePage } from "./pages/site-page";
import { TriagePage } from "./pages/triage-page";

/** Hold the app's wasm until `release()` is called, to act as an officer would before it arrives. */
async function holdTheApp(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  const asked: string[] = [];
  await page.route(/\.wasm$/, async (route: Route) => {
    asked.push(route.request().url());
    await released;
    await route.continue();
  });
  return { release, asked };
}

test("a prerendered form takes typing before the app, which takes over every answer, the focus and the caret @both", async ({ page }) => {
  const site = new SitePage(page);
  const triage = new TriagePage(page);
  const name = triage.textBox("Your full name");
  const rank = triage.textBox("Rank");
  const app = await holdTheApp(page);
  await page.goto("triage/about-you");
  await expect(page.locator("html")).toHaveAttribute("data-prerendered", "triage/about-you");
  await expect(name).toBeEditable();
  await expect(page).toHaveTitle(/About you/);
  // By the load event (page.goto waits for it) the deferred boot.js has run and decided:
  // it waits for someone. Starting at once would have set spoBoot.started and asked for
  // the wasm in the same task.
  expect(await page.evaluate(() => (window as any).spoBoot?.started), "boot.js waits for someone to be there").toBe(false);
  expect(app.asked, "nothing fetches the app before someone is there").toEqual([]);

  await rank.fill("DS");
  await name.click();
  await page.keyboard.type("Jo Exampl");
  await page.keyboard.press("ArrowLeft");
  await expect(site.loadingFrame).toHaveCount(1);
  await expect.poll(() => app.asked.length, { message: "the first input fetches the app" }).toBeGreaterThan(0);
  await expectNoAxeViolations(page, "prerendered about-you page, typed into, app on its way");

  app.release();
  await expect(site.loadingFrame).toHaveCount(0, { timeout: 30_000 });
  await expect(name).toHaveValue("Jo Exampl");
  await expect(rank).toHaveValue("DS");
  await expect(name).toBeFocused();
  // The caret is where it was: one before the end.
  await page.keyboard.type("X");
  await expect(name).toHaveValue("Jo ExampXl");
  await page.keyboard.press("End");
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Backspace");
  await page.keyboard.type("le");
  await expect(name).toHaveValue("Jo Example");
  // The app holds both answers: they are in its draft, saved after a pause in typing.
  const draft = () => page.evaluate(() => localStorage.getItem("spo-triage-draft") ?? "");
  await expect.poll(draft).toContain("Jo Example");
  expect(await draft()).toContain('"DS"');
  await expectNoAxeViolations(page, "a prerendered page taken over by the app");
});

test("the first Tab on a prerendered page reaches the skip link, and the focus stays there when the app takes over @both", async ({ page }) => {
  const site = new SitePage(page);
  const app = await holdTheApp(page);
  await page.goto("guidance");
  await expect(page.locator("html")).toHaveAttribute("data-prerendered", "guidance");
  await page.keyboard.press("Tab");
  await expect(site.skipLink).toBeFocused();
  await expect.poll(() => app.asked.length, { message: "the key press fetches the app" }).toBeGreaterThan(0);
  app.release();
  await expect(site.loadingFrame).toHaveCount(0, { timeout: 30_000 });
  // The same stop in the app's page: it has no id, so it is found by its place.
  await expect(site.skipLink).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("banner").getByRole("link").first()).toBeFocused();
});

test("a section opened and a check answered before the app arrives stay so, with the focus", async ({ page }) => {
  const site = new SitePage(page);
  const guidance = new GuidancePage(page);
  // The first option of the first question, by its label as the site serves it.
  const first = guidance.question(1).option((await guidance.moduleJson("authorisation-court-and-after")).questions[0].options[0]);
  const app = await holdTheApp(page);
  await page.goto("guidance/authorisation-court-and-after");
  await guidance.disclosureSummary("The pathway in words", site.loadingFrame).click();
  await expect(guidance.disclosure("The pathway in words", site.loadingFrame)).toHaveAttribute("open", "");
  // The app is held, so the question is the prerendered frame's, which is still there.
  await first.check();
  await expect(site.loadingFrame).toHaveCount(1);
  app.release();
  await expect(site.loadingFrame).toHaveCount(0, { timeout: 30_000 });
  await expect(guidance.disclosure("The pathway in words")).toHaveAttribute("open", "");
  await expect(first).toBeChecked();
  await expect(first).toBeFocused();
  await expectNoAxeViolations(page, "a guidance module taken over with a section open and a check answered");
});

test("a button pressed before the app arrives is pressed by the app, and the form is never sent by the browser", async ({ page }) => {
  const site = new SitePage(page);
  const triage = new TriagePage(page);
  const email = triage.textBox("Work email address");
  const app = await holdTheApp(page);
  await page.goto("triage/about-you");
  await email.fill("not an email");
  // Enter in a field and the button itself: neither may submit the page's form.
  await email.press("Enter");
  await triage.saveAndContinueButton.click();
  await expect(site.bootStatus).toHaveText(/Getting the form ready/);
  expect(page.url(), "nothing typed is in the address").not.toContain("?");
  expect(page.url()).not.toContain("example");
  await expect(site.loadingFrame).toHaveCount(1);
  app.release();
  await expect(site.loadingFrame).toHaveCount(0, { timeout: 30_000 });
  // The app pressed "Save and continue" with the answer typed: its errors show.
  await expect(page.locator(".error-summary")).toBeVisible();
  await expect(page.locator(".error-summary")).toContainText(/email/i);
  await expect(email).toHaveValue("not an email");
  expect(page.url()).not.toContain("?");
  await expectNoAxeViolations(page, "errors after a button pressed before the app arrived");
});

test("saved answers are never hidden behind an empty prerendered form: the app starts at once", async ({ page }) => {
  const site = new SitePage(page);
  const name = new TriagePage(page).textBox("Your full name");
  await gotoApp(page, "triage/about-you");
  await name.fill("Jo Saved");
  await expect.poll(() => page.evaluate(() => localStorage.getItem("spo-triage-draft") ?? "")).toContain("Jo Saved");

  const app = await holdTheApp(page);
  await page.goto("triage/about-you");
  await expect(page.locator("html")).toHaveClass(/spo-restoring/);
  await expect(site.frameLoadingLine).toHaveText("Loading your saved answers…");
  await expect(site.frameHeadings).toHaveCount(1);
  await expect(site.frameForm).toBeHidden();
  await expect(site.frameHeading).toHaveText("About you");
  await expect.poll(() => app.asked.length, { message: "started without waiting for input" }).toBeGreaterThan(0);
  await expectNoAxeViolations(page, "prerendered page while saved answers are restored");
  app.release();
  await expect(site.loadingFrame).toHaveCount(0, { timeout: 30_000 });
  await expect(name).toHaveValue("Jo Saved");
});

test("an address without its own page shows 'Loading…', not the home page, until the app starts @both", async ({ page }) => {
  const site = new SitePage(page);
  const app = await holdTheApp(page);
  await page.goto("conditions");
  await expect(page.locator("html")).not.toHaveAttribute("data-prerendered");
  await expect(site.frameHeading).toHaveText("Loading…");
  await expect(site.frameSkipLink).toHaveAttribute("href", /\/conditions#main-content$/);
  await expect(site.frameMainHeading("Stalking Protection Orders")).toBeHidden();
  await expect.poll(() => app.asked.length).toBeGreaterThan(0);
  await expectNoAxeViolations(page, "index.html at an address without its own page, while the app starts");
  app.release();
  await expect(site.loadingFrame).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator("h1")).toHaveText(/Conditions builder/i);
});

test("each area's first pages are prerendered, read the same as the app, pass axe before it starts, and are taken over by their own area's app only @both", async ({ page }) => {
  const site = new SitePage(page);
  const fetched: string[] = [];
  page.on("request", (r) => r.url().endsWith(".wasm") && fetched.push(new URL(r.url()).pathname.split("/").pop()!.split("-")[0]));
  for (const [route, area] of [["", "site"], ["guidance", "guidance"], ["guidance/three-tests", "guidance"], ["triage", "triage"], ["examples", "conditions"], ["examples/former-colleague", "conditions"]]) {
    fetched.length = 0;
    await page.goto(route);
    await expect(page.locator("html")).toHaveAttribute("data-prerendered", route);
    const before = await page.locator("main").innerText();
    const title = await page.title();
    await expectNoAxeViolations(page, `prerendered ${route || "home"} before the app`);
    await page.mouse.move(4, 4);
    await page.mouse.move(8, 8);
    await expect(site.loadingFrame).toHaveCount(0, { timeout: 30_000 });
    // Apart from the frame's own status line, what the app shows is what was prerendered.
    expect(await page.locator("main").innerText(), `${route}: same text after the app took over`).toBe(before);
    expect(await page.title()).toBe(title);
    expect(fetched, `${route || "home"}: only the ${area} area's app is fetched`).toEqual([area]);
    expect(await page.evaluate(() => (window as any).spoBoot.area)).toBe(area);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("a prerendered guidance module still reads, and a form page says what it needs instead of showing a form that cannot work @both", async ({ page }) => {
    const site = new SitePage(page);
    await page.goto("guidance/three-tests");
    await expect(page.locator("main h1:visible")).toHaveCount(1);
    await expect(page.locator("main h1:visible")).not.toHaveText(/JavaScript|Loading/);
    const message = page.locator(".notice", { hasText: "This service needs JavaScript" });
    await expect(message).toBeVisible();
    await page.goto("triage/about-you");
    await expect(site.frameForm).toBeHidden();
    await expect(message).toBeVisible();
    await expect(site.forceContacts).toBeVisible();
    // axe-core cannot run here: it is a script, and scripts are off.
  });
});
