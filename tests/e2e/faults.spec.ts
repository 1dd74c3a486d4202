// Faults (issue #7): a slow, dropped, redirected, odd or failing endpoint, the browser
// going offline, storage that is off, full or forgetful, and two tabs on one draft.
// Each case checks the message, that every answer is still there (and survives a
// reload), and that the inbox holds at most one record of the triage.
import { test, expect, expectNoAxeViolations, gotoApp } from "./fixtures";
import type { Page, Route } from "@playwright/test";
import {
  DEAF_TO_OTHER_TABS,
  FORGETFUL_STORAGE,
  FULL_STORAGE,
  THROWING_STORAGE,
  openCompleteTriage,
  pendingSubmission,
  shownAnswers,
  storedCount,
} from "./faults-support";
import { TriagePage } from "./pages/triage-page";
import { FaultsPage } from "./pages/faults-page";

const SUBMISSIONS = "**/api/submissions";

/** Send, expect the failure message, and check the answers and the draft are intact. */
async function sendAndFail(page: Page, expected: RegExp, state: string, before: string[]) {
  const triage = new TriagePage(page);
  const faults = new FaultsPage(page);
  await triage.sendButton.click();
  await expect(faults.sendFailed).toContainText(expected, { timeout: 30_000 });
  await expect(faults.sendFailed).toContainText("your answers are still here");
  await expect(page.locator("h1")).toHaveText("Check your answers before sending");
  expect(await shownAnswers(page)).toEqual(before);
  await expect(triage.sendButton).toBeEnabled();
  await expectNoAxeViolations(page, state);
}

/** The draft outlives a failure: reloading shows the same answers. */
async function reloadKeepsAnswers(page: Page, before: string[]) {
  await page.reload();
  await gotoApp(page, "triage/check-answers");
  await expect(page.locator("main")).toContainText("Chris Fictional");
  expect(await shownAnswers(page)).toEqual(before);
  await new TriagePage(page).confirmDeclaration();
}

/** Try again with the real inbox: sent, and exactly one record of this triage. */
async function retrySucceeds(page: Page, baseURL: string | undefined) {
  const triage = new TriagePage(page);
  await page.unrouteAll({ behavior: "wait" });
  await triage.sendButton.click();
  await expect(page.locator("h1")).toHaveText("Triage sent", { timeout: 30_000 });
  const reference = (await triage.reference.textContent())!.trim();
  expect(storedCount(baseURL, reference)).toBe(1);
}

test.describe("the endpoint misbehaves", () => {
  test("a slow answer shows progress, cannot be sent twice, and stores one record", async ({ page, baseURL }) => {
    await openCompleteTriage(page);
    let requests = 0;
    let release!: () => void;
    const released = new Promise<void>((ok) => (release = ok));
    await page.route(SUBMISSIONS, async (route: Route) => {
      requests += 1;
      await released;
      await route.continue();
    });
    const triage = new TriagePage(page);
    const send = triage.sendButton;
    await send.click();
    await expect(send).toHaveText("Sending…");
    await expect(send).toBeDisabled();
    await expect(send).toHaveAttribute("aria-disabled", "true");
    await expect(page.getByRole("status").filter({ hasText: "Sending your triage" })).toHaveCount(1);
    // A second press, or submitting the form by other means, sends nothing more.
    await send.click({ force: true }).catch(() => {});
    await send.evaluate((button) => (button as HTMLButtonElement).form!.requestSubmit());
    await expectNoAxeViolations(page, "sending, waiting for a slow answer");
    expect(requests).toBe(1);
    release();
    await expect(page.locator("h1")).toHaveText("Triage sent", { timeout: 30_000 });
    expect(requests).toBe(1);
    const reference = (await triage.reference.textContent())!.trim();
    expect(storedCount(baseURL, reference)).toBe(1);
  });

  test("a connection dropped after the inbox stored it: the retry is recognised, one record", async ({ page, baseURL }) => {
    await openCompleteTriage(page);
    const before = await shownAnswers(page);
    // The request reaches the inbox, and the answer is lost on the way back.
    await page.route(SUBMISSIONS, async (route: Route) => {
      await route.fetch();
      await route.abort("connectionreset");
    });
    await sendAndFail(page, /could not be sent, or the connection was lost/, "send failed: connection dropped", before);
    const { reference } = await pendingSubmission(page);
    expect(storedCount(baseURL, reference)).toBe(1);
    await reloadKeepsAnswers(page, before);
    await retrySucceeds(page, baseURL);
    await expect(new TriagePage(page).reference).toHaveText(reference);
  });

  test("a connection dropped before the inbox got it: nothing stored, then one record", async ({ page, baseURL }) => {
    await openCompleteTriage(page);
    const before = await shownAnswers(page);
    await page.route(SUBMISSIONS, (route: Route) => route.abort("internetdisconnected"));
    await sendAndFail(page, /could not be sent/, "send failed: no connection", before);
    const { reference } = await pendingSubmission(page);
    expect(storedCount(baseURL, reference)).toBe(0);
    await retrySucceeds(page, baseURL);
  });

  test("a redirect is not followed and is reported; nothing stored", async ({ page, baseURL }) => {
    await openCompleteTriage(page);
    const before = await shownAnswers(page);
    let signInRequests = 0;
    await page.route("**/sign-in**", (route: Route) => {
      signInRequests += 1;
      return route.fulfill({ status: 200, contentType: "text/html", body: "<html><title>Sign in</title></html>" });
    });
    await page.route(SUBMISSIONS, (route: Route) => route.fulfill({ status: 302, headers: { Location: "/sign-in?next=/api/submissions" }, body: "" }));
    await sendAndFail(page, /sending the form to another address/, "send failed: redirected", before);
    expect(signInRequests).toBe(0);
    const { reference } = await pendingSubmission(page);
    expect(storedCount(baseURL, reference)).toBe(0);
    await reloadKeepsAnswers(page, before);
    await retrySucceeds(page, baseURL);
  });

  test("a 2xx with a page instead of a receipt is not taken as success", async ({ page, baseURL }) => {
    await openCompleteTriage(page);
    const before = await shownAnswers(page);
    await page.route(SUBMISSIONS, (route: Route) =>
      route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>Please sign in</title><p>Sign in to continue</p>" }),
    );
    await sendAndFail(page, /answered, but not in the way this form expects.*Check with the stalking unit before sending again/, "send failed: odd answer", before);
    const { reference } = await pendingSubmission(page);
    expect(storedCount(baseURL, reference)).toBe(0);
    // A receipt naming another triage is just as wrong.
    await page.unrouteAll({ behavior: "wait" });
    await page.route(SUBMISSIONS, (route: Route) => route.fulfill({ status: 201, contentType: "application/json", body: '{"reference":"SPO-2222-3333"}' }));
    await sendAndFail(page, /not in the way this form expects/, "send failed: another reference", before);
    await retrySucceeds(page, baseURL);
  });

  test("500 and 413 answers say what happened and how to carry on", async ({ page, baseURL }) => {
    await openCompleteTriage(page);
    const before = await shownAnswers(page);
    await page.route(SUBMISSIONS, (route: Route) => route.fulfill({ status: 500, contentType: "application/json", body: '{"error":"Database unavailable"}' }));
    await sendAndFail(page, /had a problem \(error 500\).*Database unavailable/, "send failed: 500", before);
    await page.unrouteAll({ behavior: "wait" });
    await page.route(SUBMISSIONS, (route: Route) => route.fulfill({ status: 413, body: "" }));
    await sendAndFail(page, /too large \(error 413\).*Shorten the longest answers/, "send failed: 413", before);
    const faults = new FaultsPage(page);
    await expect(faults.downloadJson).toBeVisible();
    await expect(faults.downloadText).toBeVisible();
    const { reference } = await pendingSubmission(page);
    expect(storedCount(baseURL, reference)).toBe(0);
    await retrySucceeds(page, baseURL);
  });

  test("offline and back: says so, keeps the answers, and sends once when online", async ({ page, context, baseURL }) => {
    await openCompleteTriage(page);
    const before = await shownAnswers(page);
    await context.setOffline(true);
    await sendAndFail(page, /This computer is offline, so your triage has not been sent/, "send failed: offline", before);
    await context.setOffline(false);
    const faults = new FaultsPage(page);
    await expect(faults.backOnline).toContainText("back online");
    await expectNoAxeViolations(page, "send failed: back online");
    const { reference } = await pendingSubmission(page);
    expect(storedCount(baseURL, reference)).toBe(0);
    await faults.tryAgain.click();
    await expect(page.locator("h1")).toHaveText("Triage sent", { timeout: 30_000 });
    expect(storedCount(baseURL, reference)).toBe(1);
  });
});

test.describe("draft storage misbehaves", () => {
  /** Answer a question and go back to the task list: the form works from memory. */
  async function answerOne(page: Page) {
    const triage = new TriagePage(page);
    await gotoApp(page, "triage");
    await triage.taskLink("about-you").click();
    await triage.textBox("Your full name").fill("Jo Storage");
    // Back, not "Save and continue": the section is incomplete.
    await triage.backLink.click();
    await expect(page.locator("h1")).toHaveText("SPO triage");
    await triage.expectStatus("about-you", "In progress");
    await triage.taskLink("about-you").click();
    await expect(triage.textBox("Your full name")).toHaveValue("Jo Storage");
  }

  test("storage that throws on every use (locked-down browser)", async ({ page }) => {
    await page.addInitScript(THROWING_STORAGE);
    await answerOne(page);
    const problem = new FaultsPage(page).draftStorageProblem;
    await expect(problem).toContainText(/does not allow drafts to be kept|could not be saved/);
    await expect(problem).toContainText("Save to a file");
    await expectNoAxeViolations(page, "section page, storage throwing");
    await new TriagePage(page).backLink.click();
    await expect(page.locator("h1")).toHaveText("SPO triage");
    await expect(problem).toBeVisible();
    await expectNoAxeViolations(page, "task list, storage throwing");
  });

  test("storage that is full (QuotaExceededError)", async ({ page }) => {
    await page.addInitScript(FULL_STORAGE);
    await answerOne(page);
    const problem = new FaultsPage(page).draftStorageProblem;
    await expect(problem).toContainText("Your answers could not be saved in this browser");
    await expect(problem).toContainText("keep this tab open");
    await expectNoAxeViolations(page, "section page, storage full");
  });

  test("storage that accepts writes and keeps nothing is caught by reading back", async ({ page }) => {
    await page.addInitScript(FORGETFUL_STORAGE);
    await answerOne(page);
    await expect(new FaultsPage(page).draftStorageProblem).toContainText("Your answers could not be saved in this browser");
  });
});

test.describe("two tabs on one draft", () => {
  test("an idle tab takes up the other tab's saved answers", async ({ context }) => {
    const [a, b] = [await context.newPage(), await context.newPage()];
    const name = (p: Page) => new TriagePage(p).textBox("Your full name");
    await gotoApp(a, "triage/about-you");
    await gotoApp(b, "triage/about-you");
    await name(a).fill("Jo Alpha");
    await expect(name(b)).toHaveValue("Jo Alpha", { timeout: 15_000 });
    await expect(new FaultsPage(b).draftUpdated).toContainText("answers saved in another tab");
    await expect(new FaultsPage(a).draftConflict).toHaveCount(0);
    await expectNoAxeViolations(b, "section page updated from another tab");
  });

  test("neither tab overwrites the other's newer answers without the officer choosing", async ({ context }) => {
    // Neither page hears the other's saves, so the check before writing is what counts.
    await context.addInitScript(DEAF_TO_OTHER_TABS);
    const [a, b] = [await context.newPage(), await context.newPage()];
    const stored = () => a.evaluate(() => localStorage.getItem("spo-triage-draft") ?? "");
    const [triageA, triageB] = [new TriagePage(a), new TriagePage(b)];
    const [faultsA, faultsB] = [new FaultsPage(a), new FaultsPage(b)];
    await gotoApp(a, "triage/about-you");
    await gotoApp(b, "triage/about-you");
    await triageA.textBox("Your full name").fill("Jo Alpha");
    await expect.poll(stored).toContain("Jo Alpha");

    // b, which never saw Jo Alpha, changes an answer: it is asked, and nothing is written.
    await triageB.textBox("Your full name").fill("Jo Bravo");
    const conflict = faultsB.draftConflict;
    await expect(conflict).toContainText("changed in another tab");
    await expect(conflict).toHaveAttribute("role", "alert");
    await expectNoAxeViolations(b, "section page with a draft conflict");
    expect(await stored()).toContain("Jo Alpha");
    expect(await stored()).not.toContain("Jo Bravo");
    await faultsB.useOtherTabsAnswers.click();
    await expect(conflict).toHaveCount(0);
    await expect(triageB.textBox("Your full name")).toHaveValue("Jo Alpha");
    await expect(triageB.heading).toBeFocused();
    await expect(faultsB.draftUpdated).toBeVisible();

    // Having seen a's answers, b may save over them.
    await triageB.textBox("Team or station").fill("Bravo Team");
    await expect.poll(stored).toContain("Bravo Team");

    // Now a is behind: its change is held until it chooses to keep its own answers.
    await triageA.textBox("Your full name").fill("Jo Alpha Again");
    await expect(faultsA.draftConflict).toBeVisible();
    expect(await stored()).not.toContain("Jo Alpha Again");
    await faultsA.keepThisTabsAnswers.click();
    await expect(faultsA.draftConflict).toHaveCount(0);
    await expect.poll(stored).toContain("Jo Alpha Again");
    expect(await stored()).not.toContain("Bravo Team");

    // A reloaded tab opens the answers kept.
    await b.reload();
    await gotoApp(b, "triage/about-you");
    await expect(triageB.textBox("Your full name")).toHaveValue("Jo Alpha Again");
  });
});
