// The officer's form is built twice (issue #16's 5 KiB limit): the plain form every
// officer loads, and the advice build, which can hold legal advice being answered.
// public/boot.js loads the advice build only when advice is in hand; the plain build,
// finding advice anywhere boot.js could not look (a draft file, another tab's save),
// reloads as the advice build (src/pages/triage/advice_build.rs). These tests check
// which build each page ran, and that no answers or advice are lost on the way.
import { test, expect, expectNoAxeViolations, gotoApp } from "./fixtures";
import type { Page } from "@playwright/test";
import { TriagePage } from "./pages/triage-page";
import { AnswerAdvicePage } from "./pages/answer-advice-page";
import * as fs from "fs";
import * as path from "path";

const data = (name: string) => fs.readFileSync(path.join(__dirname, "data", name), "utf8");
const REFERENCE = JSON.parse(data("example-v1.json")).reference;
const DRAFT_KEY = "spo-triage-draft";

/** Which build boot.js started on this page: "triage" or "triage_advice". */
const app = (page: Page) => page.evaluate(() => (window as any).spoBoot?.app as string);

/** The wasm files the page fetched, by build. */
function wasmFetched(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (r) => {
    const m = /\/(triage(?:_advice)?)-[^/]*_bg\.wasm$/.exec(new URL(r.url()).pathname);
    if (m) seen.push(m[1]);
  });
  return seen;
}

/** The example advice opened with its triage on the officer's page, as legal services sent them. */
async function openExampleAdvice(page: Page) {
  const opener = new AnswerAdvicePage(page);
  await gotoApp(page, "review/answer");
  await expect(opener.heading).toHaveText("Open advice from legal services");
  await opener.choose(opener.adviceFile, `${REFERENCE}-v1-advice.json`, data("example-v1-advice.json"));
  await opener.choose(opener.triageFile, `${REFERENCE}.json`, data("example-v1.json"));
  if (await opener.replaceSaved.isVisible()) await opener.replaceSaved.check();
  await opener.openButton.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("SPO triage");
  await expect(page.locator("#advice-in-hand")).toContainText(`Answering advice on ${REFERENCE} version 1`);
}

/** The stored draft once the form has saved the advice with it. */
async function draftWithAdvice(page: Page): Promise<string> {
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k) ?? "", DRAFT_KEY)).toContain('"answering":');
  return page.evaluate((k) => localStorage.getItem(k)!, DRAFT_KEY);
}

test("the plain form loads without the advice's code; advice in hand, its draft and a draft file holding it load the advice build", async ({ page }) => {
  const fetched = wasmFetched(page);
  const triage = new TriagePage(page);
  await triage.openTaskList();
  expect(await app(page)).toBe("triage");
  expect(fetched).toEqual(["triage"]);

  // From the Review area's "Open advice" page: the advice build, at once.
  await openExampleAdvice(page);
  expect(await app(page)).toBe("triage_advice");
  expect(fetched.at(-1)).toBe("triage_advice");
  const stored = await draftWithAdvice(page);

  // Coming back later: the saved draft holds the advice, so boot.js loads the advice build.
  await triage.openTaskList();
  expect(await app(page)).toBe("triage_advice");
  await expect(page.locator("#advice-in-hand")).toContainText("3 comments still need you");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Save to a file", exact: true }).click()]);
  const file = fs.readFileSync((await download.path())!, "utf8");
  expect(file).toContain('"answering":');

  // The draft deleted: the plain form again.
  await page.getByRole("button", { name: "Delete this draft from this computer", exact: true }).click();
  await page.getByRole("button", { name: "Yes, delete it", exact: true }).click();
  await expect(page.locator("#draft-message")).toContainText("Your draft has been deleted");
  await triage.openTaskList();
  expect(await app(page)).toBe("triage");
  await expect(page.locator("#advice-in-hand")).toHaveCount(0);

  // The draft file opened in the plain form: it reloads as the advice build and opens
  // the file there, advice and all; the file's text is not left in session storage.
  await page.getByLabel("Open a saved file", { exact: true }).setInputFiles({ name: download.suggestedFilename(), mimeType: "application/json", buffer: Buffer.from(file, "utf8") });
  await expect(page.locator("#advice-in-hand")).toContainText(`Answering advice on ${REFERENCE} version 1`);
  expect(await app(page)).toBe("triage_advice");
  await expect(page.locator("#draft-message")).toContainText("The saved answers have been opened.");
  expect(await page.evaluate(() => [sessionStorage.getItem("spo-triage-file-with-advice"), sessionStorage.getItem("spo-triage-advice-build")])).toEqual([null, null]);
  const reopened = JSON.parse(await draftWithAdvice(page));
  expect(reopened.triage.answering).toBe(JSON.parse(stored).triage.answering);
  await expectNoAxeViolations(page, "task list: a draft file holding advice, opened from the plain form");
});

test("another tab's save with advice in hand: a plain form with nothing unsaved reloads as the advice build and shows it", async ({ page, context }) => {
  const triage = new TriagePage(page);
  await triage.openTaskList();
  expect(await app(page)).toBe("triage");

  const other = await context.newPage();
  await openExampleAdvice(other);
  await draftWithAdvice(other);

  await expect(page.locator("#advice-in-hand")).toContainText(`Answering advice on ${REFERENCE} version 1`);
  expect(await app(page)).toBe("triage_advice");
  await expectNoAxeViolations(page, "task list: advice taken up from another tab");
  await other.close();
});

test("if boot.js loads the plain form even so, it says so once, keeps the draft with its advice, and does not reload again", async ({ page }) => {
  await openExampleAdvice(page);
  const stored = await draftWithAdvice(page);
  // A boot.js that never chooses the advice build (a broken deployment).
  await page.route("**/boot.js", async (route) => {
    const res = await route.fetch();
    const body = (await res.text()).replace('area === "triage" && wantsAdvice()', "false");
    expect(body).not.toContain("wantsAdvice() ?");
    await route.fulfill({ response: res, body });
  });
  let loads = 0;
  page.on("load", () => loads++);
  const triage = new TriagePage(page);
  await triage.openTaskList();
  expect(await app(page)).toBe("triage");
  const notice = page.locator("#draft-unreadable");
  await expect(notice).toContainText("These answers hold legal advice being answered, which this page cannot open: reload the page.");
  expect(loads, "one reload to ask for the advice build, and no more").toBe(2);
  expect(await page.evaluate((k) => localStorage.getItem(k), DRAFT_KEY)).toBe(stored);
  expect(await page.evaluate(() => sessionStorage.getItem("spo-triage-advice-build"))).toBeNull();
  await expectNoAxeViolations(page, "task list: the plain form, with a draft holding advice it cannot open");

  // With boot.js mended, the same draft opens with its advice.
  await page.unroute("**/boot.js");
  await triage.openTaskList();
  expect(await app(page)).toBe("triage_advice");
  await expect(page.locator("#advice-in-hand")).toBeVisible();
});
