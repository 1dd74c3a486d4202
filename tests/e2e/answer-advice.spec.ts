// The legal review's round trip (issue #16): the advice a reviewer downloaded is opened
// with the triage it is on, each comment shows beside its question, the officer
// answers and sends version 2 of the same case, and the inbox receives the case block
// the domain computed; the reviewer opens version 2 with the advice, sees both
// clarifications answered and what changed, advises to proceed, and the authorising
// officer records the authorisation and prints it. Wrong files are refused beside
// their field. (Each part's details are tested in review.spec.ts and review-v2.spec.ts.)
import { test, expect, expectNoAxeViolations, gotoApp, inboxFiles } from "./fixtures";
import { sampleDraft, sendCompleteTriage } from "./faults-support";
import { TriagePage } from "./pages/triage-page";
import { ReviewPage } from "./pages/review-page";
import { AnswerAdvicePage } from "./pages/answer-advice-page";
import { expectReflows } from "./a11y-support";
import { part, readEml } from "./eml-support";
import * as fs from "fs";

const REVIEWER = "Ash Example";

test("officer, reviewer, officer again and authorising officer: the whole round trip through the inbox", async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const { reference, stored } = await sendCompleteTriage(page, baseURL);
  const v1 = JSON.parse(stored);

  // The reviewer: two clarifications and a suggested change, downloaded as advice.
  const review = new ReviewPage(page);
  await review.open();
  await review.chooseFile(`${reference}.json`, stored);
  await review.commentOn("Summary of the case", "Clarification needed", "When did the messages from new accounts start?");
  await review.commentOn("Evidence of acts associated with stalking", "Clarification needed", "Which neighbours gave statements, and when?");
  await review.commentOn("Condition 2", "Suggested change", "Name the stretch of road on the map.", "Enter Meadow Road, Exampletown, between numbers 1 and 40, as shown on Map A.");
  await review.decide("Clarification needed");
  await review.reviewerName.fill(REVIEWER);
  await review.reviewerRole.fill("Solicitor, force legal services");
  const [download] = await Promise.all([page.waitForEvent("download"), review.download.click()]);
  const adviceText = fs.readFileSync((await download.path())!, "utf8");
  const advice = JSON.parse(adviceText);
  // ...and as an email to the officer with both files attached: the officer opens those.
  const [emailDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Check and download it as an email to the officer", exact: true }).click()]);
  expect(emailDownload.suggestedFilename()).toBe(`${reference}-v1-advice.eml`);
  const eml = await readEml(emailDownload);
  expect(eml.headers.get("to")).toBe(v1.officer.email);
  expect(eml.headers.get("subject")).toBe(`Legal advice on SPO triage ${reference} version 1: Clarification needed [OFFICIAL-SENSITIVE]`);
  expect(part(eml, "text/plain").body.toString("utf8")).toContain("Clarification needed on \u201cSummary of the case\u201d: When did the messages from new accounts start?");
  const attached = eml.parts.filter((p) => (p.headers.get("content-type") ?? "").startsWith("application/json"));
  expect(attached.map((p) => /filename="([^"]+)"/.exec(p.headers.get("content-disposition")!)![1])).toEqual([download.suggestedFilename(), `${reference}.json`]);
  const [adviceAttached, triageAttached] = attached.map((p) => p.body.toString("utf8"));
  expect(JSON.parse(adviceAttached)).toEqual(advice);

  // The officer, who has another triage saved in this browser.
  const triage = new TriagePage(page);
  await triage.openTaskList();
  await page.evaluate((d) => localStorage.setItem("spo-triage-draft", d), sampleDraft());
  await triage.openTaskList();
  const opener = new AnswerAdvicePage(page);
  await opener.openFromTaskList();
  await expect(page.getByText("This browser holds a triage you have not sent.")).toBeVisible();
  await expectNoAxeViolations(page, "open advice: a saved triage would be replaced");

  // Nothing chosen: each box says what it needs.
  await opener.openButton.click();
  await expect(opener.errorSummary).toBeFocused();
  await expect(opener.errorBeside("advice-file")).toContainText("Choose the advice file legal services sent you");
  await expect(opener.errorBeside("advice-triage-file")).toContainText("Choose the triage file the advice is on");
  await expect(opener.errorSummary).toContainText("Tick to say the answers saved in this browser can be replaced");
  await expectNoAxeViolations(page, "open advice: nothing chosen");

  // The two files the wrong way round.
  await opener.choose(opener.adviceFile, `${reference}.json`, stored);
  await opener.choose(opener.triageFile, download.suggestedFilename(), adviceText);
  await opener.openButton.click();
  await expect(opener.errorBeside("advice-triage-file")).toContainText("This is an advice file, not a triage");
  await expect(opener.errorBeside("advice-file")).toContainText("This is a triage, not an advice file");

  // Advice on another case, and a damaged advice file.
  const other = { ...advice, triage: { ...advice.triage, reference: "SPO-AAAA-BBBB", submission_id: "0b6f1d2e-7c39-4a51-9e8d-2f4a6b8c0d1e", case_id: "0b6f1d2e-7c39-4a51-9e8d-2f4a6b8c0d1e" } };
  await opener.choose(opener.triageFile, `${reference}.json`, stored);
  await opener.choose(opener.adviceFile, "SPO-AAAA-BBBB-v1-advice.json", JSON.stringify(other));
  await opener.openButton.click();
  await expect(opener.errorBeside("advice-file")).toContainText(`This advice is for SPO-AAAA-BBBB, not ${reference}`);
  await expect(opener.errorBeside("advice-triage-file")).toBeHidden();
  await opener.choose(opener.adviceFile, "cut.json", adviceText.slice(0, 120));
  await opener.openButton.click();
  await expect(opener.errorBeside("advice-file")).toContainText("cut short");
  await expectNoAxeViolations(page, "open advice: files refused");
  expect(await page.evaluate(() => sessionStorage.getItem("spo-advice-to-triage"))).toBeNull();

  // The right files, as attached to the email: the form opens with the advice in hand.
  await opener.choose(opener.triageFile, `${reference}.json`, triageAttached);
  await opener.choose(opener.adviceFile, download.suggestedFilename(), adviceAttached);
  await opener.replaceSaved.check();
  await opener.openButton.click();
  await expect(triage.heading).toHaveText("SPO triage");
  await expect(page.locator("#advice-in-hand")).toContainText(`Answering advice on ${reference} version 1`);
  await expect(page.locator("#advice-in-hand")).toContainText(`${REVIEWER} (Solicitor, force legal services) advised on`);
  await expect(page.locator("#advice-in-hand")).toContainText("3 comments still need you");
  expect(await page.evaluate(() => (window as any).spoBoot.app), "the form's advice build (advice-build.spec.ts)").toBe("triage_advice");
  await expect(triage.taskLink("summary")).toHaveAccessibleDescription("Completed Clarification requested");
  await expect(triage.taskLink("behaviour-and-risk")).toHaveAccessibleDescription("Completed Clarification requested");
  await expect(triage.taskLink("conditions")).toHaveAccessibleDescription("Completed");
  await expectNoAxeViolations(page, "task list: answering advice");

  // The summary: the question beside it, answered.
  await triage.taskLink("summary").click();
  const summaryQuestion = opener.comment("Clarification needed", REVIEWER);
  await expect(summaryQuestion).toContainText("When did the messages from new accounts start?");
  await expectNoAxeViolations(page, "section: a clarification beside its question");
  // At 320 CSS px the comment, its reply box and the question still fit.
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 320, height: 640 });
  await expectReflows(page, "a clarification beside its question at 320px");
  await page.setViewportSize(size);
  const summaryBox = triage.textBox("Summary of the case");
  await summaryBox.fill(`${await summaryBox.inputValue()} The messages from new accounts started on 20 May 2025.`);
  await opener.answer(summaryQuestion, REVIEWER, "They started on 20 May 2025: added to the summary.");
  await triage.saveAndContinue();
  await expect(triage.taskLink("summary")).toHaveAccessibleDescription("Completed");

  // Stalking behaviour: a reply too long is refused with the section's errors.
  await triage.taskLink("behaviour-and-risk").click();
  const evidenceQuestion = opener.comment("Clarification needed", REVIEWER);
  await expect(evidenceQuestion).toContainText("Which neighbours gave statements, and when?");
  await opener.answer(evidenceQuestion, REVIEWER, "x".repeat(2001));
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.locator("#error-summary")).toBeFocused();
  await expect(page.locator("#error-summary")).toContainText("Your reply must be 2000 characters or fewer (it has 2001)");
  await expectNoAxeViolations(page, "section: a reply too long");
  const evidence = triage.textBox("1. What acts associated with stalking has the respondent carried out?");
  await evidence.fill(`${await evidence.inputValue()} Statements from the neighbours at numbers 12 and 14, taken on 21 May 2025.`);
  await opener.answer(evidenceQuestion, REVIEWER, "Numbers 12 and 14, on 21 May 2025.");
  await triage.saveAndContinue();

  // The suggested change shows at the end of its condition.
  await triage.taskLink("conditions").click();
  const suggestion = opener.comment("Suggested change", REVIEWER);
  await expect(suggestion).toContainText("Enter Meadow Road, Exampletown, between numbers 1 and 40, as shown on Map A.");
  await expect(page.locator("#condition-2").getByRole("group", { name: `Suggested change from ${REVIEWER}` })).toBeVisible();
  await expectNoAxeViolations(page, "conditions: a suggested change beside its condition");
  await opener.answer(suggestion, REVIEWER, "Map A is exhibit JE/4; the wording stays as it is.");
  await triage.saveAndContinue();
  await expect(page.locator("#advice-in-hand")).toContainText("Every comment is marked as answered.");
  await expect(triage.taskLink("summary")).toHaveAccessibleDescription("Completed");

  // Check answers: nothing open, and what version 2 will say changed.
  await triage.checkAnswers();
  await expect(page.getByRole("heading", { name: `Sending version 2 of ${reference}` })).toBeVisible();
  await expect(page.locator("#still-open")).toHaveText("You have marked every comment from legal services as answered.");
  await expect(page.locator("#changed-since li")).toHaveText(["Changed: Evidence of acts associated with stalking", "Changed: Summary of the case"]);
  await expectNoAxeViolations(page, "check answers: answering advice");
  await triage.confirmDeclaration();
  await triage.sendButton.click();
  await expect(page.locator("h1")).toHaveText("Triage sent", { timeout: 30_000 });
  await expect(triage.reference).toHaveText(reference);

  // What the inbox received: version 2 of the same case, with the changes and replies.
  const received = inboxFiles(baseURL).map((f) => JSON.parse(fs.readFileSync(f, "utf8"))).filter((p) => p.reference === reference);
  expect(received.length).toBe(2);
  const v2 = received.find((p) => p.case)!;
  expect(v2.submission_id).not.toBe(v1.submission_id);
  expect(v2.case).toMatchObject({ case_id: v1.submission_id, version: 2, previous_submission_id: v1.submission_id, advice_reference: advice.advice_reference });
  expect(v2.case.changed.map((c: any) => [c.label, c.change])).toEqual([
    ["Evidence of acts associated with stalking", "edited"],
    ["Summary of the case", "edited"],
  ]);
  const summary = v2.case.changed.find((c: any) => c.label === "Summary of the case");
  expect(summary.before).toBe(v1.summary);
  expect(summary.after).toBe(v2.summary);
  expect(v2.summary).toContain("started on 20 May 2025");
  expect(v2.case.replies).toEqual([
    { comment_id: "c1", state: "answered", reply: "They started on 20 May 2025: added to the summary." },
    { comment_id: "c2", state: "answered", reply: "Numbers 12 and 14, on 21 May 2025." },
    { comment_id: "c3", state: "answered", reply: "Map A is exhibit JE/4; the wording stays as it is." },
  ]);
  expect(v2.notification.subject).toContain(`${reference} version 2`);

  // Sent: the answers and the advice in hand are gone from this browser.
  await triage.openTaskList();
  await expect(page.locator("#advice-in-hand")).toHaveCount(0);
  expect(await page.evaluate(() => (window as any).spoBoot.app), "the plain form again").toBe("triage");

  // The reviewer opens version 2 as the inbox stored it, with their advice.
  // (The review of version 1 is still open: kept by the drafts policy.)
  await gotoApp(page, "review");
  await expect(review.heading).toHaveText(`Review of ${reference}`);
  await page.getByRole("button", { name: "Close this triage and open another", exact: true }).click();
  await expect(review.heading).toHaveText("Review a triage");
  await review.chooseFile(`${reference}-v2.json`, JSON.stringify(v2));
  await expect(review.heading).toHaveText(`Review of ${reference}`);
  await expect(review.changes.locator(review.row("Summary of the case"))).toContainText("started on 20 May 2025");
  await review.chooseEarlierAdvice(download.suggestedFilename(), adviceText);
  await expect(review.followUps.getByRole("listitem")).toHaveCount(3);
  for (const on of ["Summary of the case", "Evidence of acts associated with stalking"]) {
    const followUp = review.followUp(`Clarification needed on \u201c${on}\u201d`);
    await expect(followUp.getByText("Answered", { exact: true })).toBeVisible();
  }
  await expect(review.followUp("Clarification needed on \u201cSummary of the case\u201d")).toContainText("They started on 20 May 2025: added to the summary.");
  await expectNoAxeViolations(page, "round trip: version 2 with the advice it answers");

  // Proceed; the authorising officer records the authorisation and prints it.
  await review.decide("Proceed to authorisation");
  await review.reviewerName.fill(REVIEWER);
  await review.reviewerRole.fill("Solicitor, force legal services");
  const yes = review.matterAnswers("Yes, satisfied");
  for (let i = 0; i < (await yes.count()); i++) await yes.nth(i).check();
  await review.authorisingName.fill("Sam Superintendent");
  await review.rank.selectOption({ label: "Superintendent" });
  const d = new Date();
  await review.dateBox("Day").fill(String(d.getDate()));
  await review.dateBox("Month").fill(String(d.getMonth() + 1));
  await review.dateBox("Year").fill(String(d.getFullYear()));
  await review.authorisationDecision.getByRole("radio", { name: "Authorised", exact: true }).check();
  await review.recordAuthorisation.click();
  await expect(page.getByRole("status").filter({ hasText: "Authorised by Sam Superintendent" })).toBeVisible();
  const [authorised] = await Promise.all([page.waitForEvent("download"), review.download.click()]);
  expect(authorised.suggestedFilename()).toBe(`${reference}-v2-advice.json`);
  const onRecord = JSON.parse(fs.readFileSync((await authorised.path())!, "utf8"));
  expect(onRecord.triage).toMatchObject({ submission_id: v2.submission_id, version: 2, case_id: v1.submission_id });
  expect(onRecord.authorisation).toMatchObject({ officer_name: "Sam Superintendent", version: 2, decision: "authorised" });
  await page.emulateMedia({ media: "print" });
  await expect(review.note.getByRole("heading", { name: "Authorisation" })).toBeVisible();
  await expect(review.note).toContainText("Sam Superintendent");
  await expect(review.recordAuthorisation).toBeHidden();
  await expectNoAxeViolations(page, "round trip: the authorisation printed");
  await page.emulateMedia({ media: "screen" });
});
