// Issue #16's optional POST of the advice to a review endpoint (config.json's
// `review_endpoint`; the dev inbox's `POST /api/advice`, xtask/src/advice_inbox.rs):
// the reviewer sends the advice, the inbox holds exactly the advice file they would
// download, sending again after a change replaces it, and a refusal says what happened
// beside the buttons while the advice stays on the page.
import { test, expect, expectNoAxeViolations, inboxDir } from "./fixtures";
import { ReviewPage } from "./pages/review-page";
import * as fs from "fs";
import * as path from "path";

const data = (name: string) => fs.readFileSync(path.join(__dirname, "data", name), "utf8");

test("the reviewer sends the advice to the review inbox; a refusal keeps it on the page and says why", async ({ page, baseURL }) => {
  const v1 = data("example-v1.json");
  const reference = JSON.parse(v1).reference;
  const review = new ReviewPage(page);
  await review.open();
  await review.chooseFile(`${reference}.json`, v1);
  await expect(review.heading).toHaveText(`Review of ${reference}`);
  await review.commentOn("Summary of the case", "Clarification needed", "When did the messages from new accounts start?");
  await review.decide("Clarification needed");
  const send = page.getByRole("button", { name: "Check and send the advice to the review inbox", exact: true });

  // Incomplete advice is checked first, as for the download: nothing is sent.
  let posts = 0;
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url().endsWith("/api/advice")) posts++;
  });
  await send.click();
  await expect(page.locator("#error-summary")).toBeFocused();
  await expect(page.locator("#error-summary")).toContainText("Enter the reviewer's name");
  expect(posts).toBe(0);

  await review.reviewerName.fill("Ash Example");
  await review.reviewerRole.fill("Solicitor, force legal services");
  await send.click();
  await expect(page.locator("#advice-done")).toHaveText("The advice has been sent to the review inbox. It is not sent to the officer from there: send them the advice file or the email too.");
  await expectNoAxeViolations(page, "review: the advice sent to the review inbox");

  // What the inbox holds is the advice file itself, byte for byte.
  const [download] = await Promise.all([page.waitForEvent("download"), review.download.click()]);
  const file = fs.readFileSync((await download.path())!, "utf8");
  const advice = JSON.parse(file);
  const held = path.join(inboxDir(baseURL), "advice", `${advice.advice_reference}.json`);
  expect(fs.readFileSync(held, "utf8")).toBe(file);

  // A second comment, sent again: the inbox keeps the latest, still one file.
  await review.commentOn("Evidence of acts associated with stalking", "Note", "The neighbours' statements are strong.");
  await send.click();
  await expect.poll(() => JSON.parse(fs.readFileSync(held, "utf8")).comments.length).toBe(2);
  await expect(page.locator("#advice-done")).toContainText("The advice has been sent to the review inbox.");
  expect(posts).toBe(2);
  expect(fs.readdirSync(path.dirname(held)).filter((f) => f.startsWith(advice.advice_reference))).toEqual([`${advice.advice_reference}.json`]);

  // The inbox refuses: the reason is shown, in the reviewer's words, and nothing is lost.
  await page.route("**/api/advice", (route) => route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify({ error: "Down for maintenance" }) }));
  await send.click();
  const failed = page.locator("#advice-send-failed");
  await expect(failed).toHaveText(
    "The advice has not been sent. The review inbox refused the advice (error 503). It said: \u201cDown for maintenance\u201d. Your advice is kept on this page: download the advice file or the email instead, and tell your IT service desk if it happens again.",
  );
  await expect(page.locator("#advice-done")).toHaveCount(0);
  await expectNoAxeViolations(page, "review: the review inbox refused the advice");
  await expect(review.reviewerName).toHaveValue("Ash Example");
  const [again] = await Promise.all([page.waitForEvent("download"), review.download.click()]);
  expect(JSON.parse(fs.readFileSync((await again.path())!, "utf8")).comments).toHaveLength(2);
});
