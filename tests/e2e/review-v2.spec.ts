// The Review area (issue #16), second part: the reviewer opens version 2 of a case
// with the advice it answers, sees what changed and which comments were answered, and
// advises to proceed; the authorising officer records their decision, which goes into
// the advice file and the printed note. The files are the domain's own fixtures
// (tests/e2e/data/, checked against src/domain/review/fixtures.rs by a native test).
import { test, expect, expectNoAxeViolations } from "./fixtures";
import { ReviewPage } from "./pages/review-page";
import { choose, expectReflows, tabTo, typeInto } from "./a11y-support";
import * as fs from "fs";
import * as path from "path";

const data = (name: string) => fs.readFileSync(path.join(__dirname, "data", name), "utf8");
const v1 = data("example-v1.json");
const v2 = data("example-v2.json");
const advice = data("example-v1-advice.json");
const reference = JSON.parse(v2).reference as string;

/** Today as the three date boxes take it, in the browser's (and this machine's) zone. */
function today() {
  const d = new Date();
  return { day: String(d.getDate()), month: String(d.getMonth() + 1), year: String(d.getFullYear()) };
}

async function openVersionTwo(review: ReviewPage) {
  await review.open();
  await review.chooseFile(`${reference}.json`, v2);
  await expect(review.heading).toHaveText(`Review of ${reference}`);
}

test("the reviewer sees what changed in version 2 and what was answered, and the authorising officer records the authorisation", async ({ page }) => {
  const review = new ReviewPage(page);
  await openVersionTwo(review);

  // What changed, from version 2 alone: each change with its earlier value beside the new.
  await expect(review.changes).toBeVisible();
  const bail = review.changes.locator(review.row("Bail conditions and when bail ends"));
  await expect(bail).toContainText("Changed");
  await expect(bail).toContainText("Version 1: Pre-charge bail until 30 June 2025: no contact with Sam Example");
  await expect(bail).toContainText("Version 2: Pre-charge bail until 30 June 2025: no contact with Sam Example. Breached by messages");
  await expect(review.changes.locator(review.row("Condition 2"))).toContainText("Version 2: Enter Meadow Road, Exampletown, between its junctions");
  // And in the reading of the answers, beside each row that changed, and only there.
  const reading = page.getByRole("main");
  await expect(reading.locator(review.row("Bail conditions and when bail ends")).filter({ hasText: "Changed since version 1" }).first()).toBeVisible();
  await expect(reading.locator(review.row("Full name")).filter({ hasText: "Changed since version 1" })).toHaveCount(0);
  await expect(review.followUps).toHaveCount(0);
  await expectNoAxeViolations(page, "review: version 2 opened");

  // The advice version 2 answers: each earlier comment, answered or not.
  await review.chooseEarlierAdvice(`${reference}-v1-advice.json`, advice);
  await expect(review.followUps.getByRole("listitem")).toHaveCount(4);
  const c1 = review.followUp("Clarification needed on “Bail conditions and when bail ends”");
  await expect(c1).toContainText("Has bail been breached? Give the dates and how.");
  await expect(c1.getByText("Answered", { exact: true })).toBeVisible();
  await expect(c1).toContainText("Yes: new accounts on 20 and 24 May");
  await expect(c1).toContainText("Version 1: Pre-charge bail until 30 June 2025");
  const zone = review.followUp("Suggested change on “Condition 2”");
  await expect(zone.getByText("Answered", { exact: true })).toBeVisible();
  const note = review.followUp("Note on “Victim's views on the proposed conditions”");
  await expect(note.getByText("For information", { exact: true })).toBeVisible();
  await expect(note).toContainText("Not changed");
  await expect(review.errorSummary).toHaveCount(0);
  await expectNoAxeViolations(page, "review: earlier advice opened");

  // Authorising is offered only once the advice is to proceed.
  await expect(review.authorisation).toBeVisible();
  await expect(review.notYet).toBeVisible();
  await review.decide("Clarification needed");
  await expect(review.notYet).toBeVisible();
  await expect(review.recordAuthorisation).toHaveCount(0);
  await review.decide("Proceed to authorisation");
  await expect(review.notYet).toHaveCount(0);
  await review.reviewerName.fill("Ash Example");
  await review.reviewerRole.fill("Solicitor, force legal services");

  // Nothing filled in: every field says what it needs, in the summary and beside it.
  await review.recordAuthorisation.click();
  await expect(review.errorSummary).toBeFocused();
  for (const message of [
    "Say whether you are satisfied that: The respondent has carried out acts associated with stalking",
    "Enter the authorising officer's name",
    "Choose the authorising officer's rank: superintendent or above",
    "Enter the date of the decision",
    "Choose whether the application is authorised",
  ]) {
    await expect(review.errorSummary.getByRole("link", { name: message, exact: true })).toBeVisible();
  }
  await expect(review.authorisingName).toHaveAccessibleDescription(/Enter the authorising officer's name/);
  await expect(review.matter("The respondent has carried out acts associated with stalking")).toContainText("Say whether you are satisfied that");
  await review.errorSummary.getByRole("link", { name: "Enter the authorising officer's name" }).click();
  await expect(review.authorisingName).toBeFocused();
  await expectNoAxeViolations(page, "review: authorisation errors");

  // Authorised while one matter is not confirmed is refused beside that matter.
  const yes = review.matterAnswers("Yes, satisfied");
  await expect(yes).toHaveCount(8);
  for (let i = 0; i < 8; i++) await yes.nth(i).check();
  const rights = "The rights of the victim and the respondent (for example Article 8, private and family life) have been weighed";
  await review.matter(rights).getByRole("radio", { name: "No, not satisfied" }).check();
  await page.getByLabel("Notes on matter 5 (optional)", { exact: true }).fill("The victim supports the application; her ISA was consulted.");
  await review.authorisingName.fill("Sam Superintendent");
  await review.rank.selectOption({ label: "Superintendent" });
  await review.acting.check();
  const day = today();
  await review.dateBox("Day").fill(day.day);
  await review.dateBox("Month").fill(day.month);
  await review.dateBox("Year").fill(day.year);
  await review.authorisationDecision.getByRole("radio", { name: "Authorised", exact: true }).check();
  const zoneChange = review.changedCondition(2);
  await zoneChange.tick.check();
  await expect(zoneChange.wording).toHaveValue(/^Enter Meadow Road, Exampletown, between its junctions/);
  await zoneChange.wording.fill("Enter Meadow Road, Exampletown, between Mill Lane and Station Road, as shown on Map A, except to attend court.");
  await review.recordAuthorisation.click();
  await expect(review.errorSummary).toContainText(`The application is recorded as authorised, but you are not satisfied that: ${rights}`);
  await expect(review.errorSummary).toContainText("Enter why condition 2 was changed");
  await expect(zoneChange.why).toHaveAccessibleDescription(/Enter why condition 2 was changed/);

  await review.matter(rights).getByRole("radio", { name: "Yes, satisfied" }).check();
  await zoneChange.why.fill("Lets the respondent attend the court on Station Road");
  await review.recordAuthorisation.click();
  await expect(page.getByRole("status").filter({ hasText: "Authorised by Sam Superintendent (Acting or temporary Superintendent) is recorded" })).toBeVisible();
  await expect(review.errorSummary).toHaveCount(0);
  const record = review.note.getByRole("heading", { name: "Authorisation" });
  await expect(record).toBeVisible();
  await expect(review.note).toContainText("Sam Superintendent, Acting or temporary Superintendent");
  await expect(review.note).toContainText(`Version 2 of ${reference}`);
  await expect(review.note).toContainText("Satisfied: The respondent has carried out acts associated with stalking (Stalking Protection Act 2019, s1(1)(a))");
  await expect(review.note).toContainText("Notes: The victim supports the application");
  await expect(review.note).toContainText("Why: Lets the respondent attend the court on Station Road");
  await expectNoAxeViolations(page, "review: authorisation recorded");

  // The advice file on version 2 carries the authorisation.
  const [download] = await Promise.all([page.waitForEvent("download"), review.download.click()]);
  expect(download.suggestedFilename()).toBe(`${reference}-v2-advice.json`);
  const file = JSON.parse(fs.readFileSync((await download.path())!, "utf8"));
  expect(file.triage).toMatchObject({ reference, version: 2, submission_id: JSON.parse(v2).submission_id });
  expect(file.decision.outcome).toBe("proceed");
  expect(file.authorisation).toMatchObject({
    officer_name: "Sam Superintendent",
    rank: "superintendent",
    acting_or_temporary: true,
    date: `${day.year}-${day.month.padStart(2, "0")}-${day.day.padStart(2, "0")}`,
    version: 2,
    decision: "authorised",
    changed_conditions: [{ index: 1, template_id: "no-entry-mapped-area", why: "Lets the respondent attend the court on Station Road" }],
  });
  expect(file.authorisation.matters.map((m: any) => m.satisfied)).toEqual(Array(8).fill(true));
  expect(file.authorisation.matters[4].notes).toBe("The victim supports the application; her ISA was consulted.");

  // Printed: the note with the authorisation under the marking, without the forms.
  await page.emulateMedia({ media: "print" });
  await expect(record).toBeVisible();
  await expect(review.note).toContainText("OFFICIAL-SENSITIVE");
  await expect(review.recordAuthorisation).toBeHidden();
  await expect(yes.first()).toBeHidden();
  await expect(review.changes).toBeHidden();
  await expectNoAxeViolations(page, "review: authorisation printed");
  await page.emulateMedia({ media: "screen" });

  // Kept by the drafts policy: the earlier advice and the authorisation come back.
  await page.reload();
  await expect(review.heading).toHaveText(`Review of ${reference}`, { timeout: 30_000 });
  await expect(review.followUps.getByRole("listitem")).toHaveCount(4);
  await expect(record).toBeVisible();
  await expect(review.authorisingName).toHaveValue("Sam Superintendent");
});

test("the earlier advice box refuses a triage, advice for another case and a damaged file, each with its message", async ({ page }) => {
  const review = new ReviewPage(page);
  await openVersionTwo(review);
  const other = JSON.parse(advice);
  other.triage.reference = "SPO-ABCD-EFGH";
  other.triage.case_id = other.triage.submission_id = "0b6f3e9a-2c4d-4e8f-9a1b-3c5d7e9f1a2b";
  const refusals: [string, string, string][] = [
    ["a triage", v1, "This is a triage, not an advice file."],
    ["advice for another case", JSON.stringify(other), `This advice is for SPO-ABCD-EFGH, not ${reference}.`],
    ["a damaged file", advice.slice(0, advice.length / 2), "This file is not an advice file: it is not JSON, or it was cut short"],
  ];
  for (const [what, text, message] of refusals) {
    await test.step(what, async () => {
      await review.chooseEarlierAdvice("advice.json", text);
      await expect(review.errorSummary).toBeFocused();
      await expect(review.errorSummary).toContainText(message);
      await expect(review.earlierAdvice).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
      // Nothing half-loaded: no comments shown, and the review itself is as it was.
      await expect(review.followUps).toHaveCount(0);
      await expect(review.changes).toBeVisible();
      await expectNoAxeViolations(page, "review: earlier advice refused");
    });
  }
  // The right file then opens, and the message goes.
  await review.chooseEarlierAdvice(`${reference}-v1-advice.json`, advice);
  await expect(review.followUps.getByRole("listitem")).toHaveCount(4);
  await expect(review.errorSummary).toHaveCount(0);
  await expect(review.earlierAdvice).not.toHaveAccessibleDescription(/advice file:|not an advice/);
});

test("the authorising officer's path works with the keyboard alone", async ({ page }) => {
  const review = new ReviewPage(page);
  await review.open();
  // Paste version 2 (one input event, as a paste is) and open it with Enter.
  await tabTo(page, review.pasteBox);
  await page.keyboard.insertText(v2);
  await tabTo(page, review.openPasted);
  await page.keyboard.press("Enter");
  await expect(review.heading).toHaveText(`Review of ${reference}`);

  await choose(page, page.getByRole("group", { name: "What do you advise?" }).getByRole("radio", { name: "Proceed to authorisation", exact: true }));
  await typeInto(page, review.reviewerName, "Ash Example");
  await typeInto(page, review.reviewerRole, "Solicitor");

  const yes = review.matterAnswers("Yes, satisfied");
  await expect(yes).toHaveCount(8);
  for (let i = 0; i < 8; i++) await choose(page, yes.nth(i));
  await typeInto(page, review.authorisingName, "Sam Superintendent");
  // The rank by its arrow keys: "Superintendent" is the first after "Choose a rank".
  await tabTo(page, review.rank);
  await page.keyboard.press("ArrowDown");
  await expect(review.rank).toHaveValue("0");
  await choose(page, review.acting);
  const day = today();
  await typeInto(page, review.dateBox("Day"), day.day);
  await typeInto(page, review.dateBox("Month"), day.month);
  await typeInto(page, review.dateBox("Year"), day.year);
  await choose(page, review.authorisationDecision.getByRole("radio", { name: "Authorised", exact: true }));
  await tabTo(page, review.recordAuthorisation);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Authorised by Sam Superintendent (Acting or temporary Superintendent) is recorded" })).toBeVisible();
  await expect(review.note.getByRole("heading", { name: "Authorisation" })).toBeVisible();

  await tabTo(page, review.download);
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  expect(download.suggestedFilename()).toBe(`${reference}-v2-advice.json`);
  const file = JSON.parse(fs.readFileSync((await download.path())!, "utf8"));
  expect(file.authorisation.decision).toBe("authorised");
  await tabTo(page, review.print);
});

test("version 2's changes, the earlier comments and the authorisation form reflow at 320 px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const review = new ReviewPage(page);
  await openVersionTwo(review);
  await review.chooseEarlierAdvice(`${reference}-v1-advice.json`, advice);
  await expect(review.followUps.getByRole("listitem")).toHaveCount(4);
  await review.decide("Proceed to authorisation");
  await review.changedCondition(2).tick.check();
  await review.recordAuthorisation.click();
  await expect(review.errorSummary).toBeFocused();
  await expectReflows(page, "version 2 with the earlier advice and the authorisation errors");
});
