// The Review area (issue #16), first part: a reviewer opens the triage the inbox
// received, reads it headed by what a lawyer looks for first, pins clarifications and a
// suggested change, decides, downloads the advice file and prints the note. Files that
// are not a triage are refused with a message, and nothing is half-opened.
import { test, expect, expectNoAxeViolations, inboxFiles } from "./fixtures";
import { openCompleteTriage } from "./faults-support";
import { TriagePage } from "./pages/triage-page";
import { ReviewPage } from "./pages/review-page";
import { choose, tabTo, typeInto } from "./a11y-support";
import * as fs from "fs";

test("a reviewer opens a sent triage, asks two clarifications and suggests a change, and downloads the advice", async ({ page, baseURL }) => {
  await openCompleteTriage(page);
  await new TriagePage(page).sendButton.click();
  await expect(page.locator("h1")).toHaveText("Triage sent", { timeout: 30_000 });
  const reference = (await new TriagePage(page).reference.textContent())!.trim();
  const file = inboxFiles(baseURL).find((f) => JSON.parse(fs.readFileSync(f, "utf8")).reference === reference)!;
  const stored = fs.readFileSync(file, "utf8");

  const review = new ReviewPage(page);
  await review.open();
  await expectNoAxeViolations(page, "review: open a triage");

  // Refused, each with its reason, and nothing opened.
  await review.chooseFile("broken.json", stored.slice(0, 200));
  await expect(review.errorSummary).toBeFocused();
  await expect(review.errorSummary).toContainText("There is a problem");
  await expect(page.locator("#triage-file-error")).toBeVisible();
  await expect(review.heading).toHaveText("Review a triage");
  await expectNoAxeViolations(page, "review: a damaged file refused");
  await review.pasteBox.fill(JSON.stringify({ kind: "spo-advice", schema_version: 1 }));
  await review.openPasted.click();
  await expect(review.errorSummary).toContainText(/advice file/i);
  await expect(review.heading).toHaveText("Review a triage");

  // Opened: what matters first, then every answer.
  await review.chooseFile(`${reference}.json`, stored);
  await expect(review.heading).toHaveText(`Review of ${reference}`);
  await expect(page.getByRole("heading", { name: "What to look at first" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Chris Fictional");
  await expect(page.locator("#condition-checks")).toBeVisible();
  await expectNoAxeViolations(page, "review: a triage open");

  // A comment with nothing chosen is an error beside its fields.
  await review.addComment.click();
  await expect(review.errorSummary).toContainText("Choose the answer or condition the comment is about");
  await expect(review.errorSummary).toContainText("Enter the comment");
  await expectNoAxeViolations(page, "review: comment errors");

  await review.commentOn("Summary of the case", "Clarification needed", "When did the messages from new accounts start?");
  await review.commentOn("Evidence of acts associated with stalking", "Clarification needed", "Which neighbours gave statements, and when?");
  await review.commentOn("Condition 2", "Suggested change", "Name the stretch of road on the map.", "Enter Meadow Road, Exampletown, between numbers 1 and 40, as shown on Map A.");
  await expect(page.locator("#comment-list > li")).toHaveCount(3);
  await expect(review.note).toContainText("When did the messages from new accounts start?");

  // Deciding needs a name and role.
  await review.decide("Clarification needed");
  await review.download.click();
  await expect(review.errorSummary).toContainText("Enter the reviewer's name");
  await review.reviewerName.fill("Ash Example");
  await review.reviewerRole.fill("Solicitor, force legal services");
  const [download] = await Promise.all([page.waitForEvent("download"), review.download.click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${reference}.*advice.*\\.json$`));
  const advice = JSON.parse(fs.readFileSync((await download.path())!, "utf8"));
  expect(advice.kind).toBe("spo-advice");
  expect(advice.triage.reference).toBe(reference);
  expect(advice.triage.submission_id).toBe(JSON.parse(stored).submission_id);
  expect(advice.decision.outcome).toBe("clarification_needed");
  expect(advice.comments.map((c: any) => c.kind)).toEqual(["clarification_needed", "clarification_needed", "suggested_change"]);
  expect(advice.comments[2].target).toMatchObject({ on: "condition", index: 1 });
  expect(advice.reviewer).toEqual({ name: "Ash Example", role: "Solicitor, force legal services" });
  await expect(page.getByRole("status").filter({ hasText: "has been downloaded" })).toBeVisible();
  await expect(review.note).toContainText("Clarification needed");
  await expect(review.note).toContainText("OFFICIAL-SENSITIVE");
  await expectNoAxeViolations(page, "review: advice downloaded");

  // Printed: the note, under the marking, without the forms.
  await page.emulateMedia({ media: "print" });
  await expect(review.note).toBeVisible();
  await expect(review.download).toBeHidden();
  await expectNoAxeViolations(page, "review: advice note printed");
  await page.emulateMedia({ media: "screen" });

  // The review is kept by the drafts policy: a reload brings it back, the app starting
  // at once rather than showing the empty prerendered page.
  await page.reload();
  await expect(review.heading).toHaveText(`Review of ${reference}`, { timeout: 30_000 });
  await expect(page.locator("#comment-list > li")).toHaveCount(3);
});

test("the reviewer's path works with the keyboard alone", async ({ page, baseURL }) => {
  await openCompleteTriage(page);
  await new TriagePage(page).sendButton.click();
  await expect(page.locator("h1")).toHaveText("Triage sent", { timeout: 30_000 });
  const reference = (await new TriagePage(page).reference.textContent())!.trim();
  const stored = fs.readFileSync(inboxFiles(baseURL).find((f) => JSON.parse(fs.readFileSync(f, "utf8")).reference === reference)!, "utf8");
  const review = new ReviewPage(page);
  await review.open();

  // Paste the triage (one input event, as a paste is) and open it with Enter.
  await tabTo(page, review.pasteBox);
  await page.keyboard.insertText(stored);
  await tabTo(page, review.openPasted);
  await page.keyboard.press("Enter");
  await expect(review.heading).toHaveText(`Review of ${reference}`);

  // A clarification on the summary: the list by its arrow keys, the kind by a radio.
  const labels = await review.target.locator("option").allTextContents();
  const at = labels.findIndex((l) => l.endsWith(": Summary of the case"));
  expect(at).toBeGreaterThan(0);
  await tabTo(page, review.target);
  for (let i = 0; i < at; i++) await page.keyboard.press("ArrowDown");
  await expect(review.target).toHaveValue(String(at - 1));
  await choose(page, page.getByRole("group", { name: "What kind of comment" }).getByRole("radio", { name: "Clarification needed", exact: true }));
  await typeInto(page, review.comment, "When did the messages start?");
  await tabTo(page, review.addComment);
  await page.keyboard.press("Enter");
  await expect(page.locator("#comment-list > li")).toHaveCount(1);

  await choose(page, page.getByRole("group", { name: "What do you advise?" }).getByRole("radio", { name: "Clarification needed", exact: true }));
  await typeInto(page, review.reviewerName, "Ash Example");
  await typeInto(page, review.reviewerRole, "Solicitor");
  await tabTo(page, review.download);
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  expect(download.suggestedFilename()).toBe(`${reference}-v1-advice.json`);
  await tabTo(page, review.print);
});
