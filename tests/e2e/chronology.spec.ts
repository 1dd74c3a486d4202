// The chronology of acts (issue #17): acts added one at a time with their evidence,
// checked the GOV.UK way, saved in date order, cited by the three tests and by each
// proposed condition, and sent: the inbox holds the acts in date order and what cites
// them. Fields are found by role and label through the triage page object.
import { test, expect, expectNoAxeViolations, inboxFiles } from "./fixtures";
import type { Page } from "@playwright/test";
import { completeTriage, fillDate } from "./triage-journey";
import { TriagePage } from "./pages/triage-page";
import * as fs from "fs";

/** Fill act `n` (its fieldset "Act n") on one day, with one piece of evidence. */
async function fillAct(page: Page, n: number, act: { day: [string, string, string]; what: string; place: string; behaviour: string; kind: string; exhibit: string }) {
  const triage = new TriagePage(page);
  const item = triage.group(`Act ${n}`);
  if (!(await item.isVisible())) await triage.button("Add another act").click();
  await expect(item).toBeVisible();
  await item.getByRole("group", { name: "When did it happen?", exact: true }).getByRole("radio", { name: "On one day", exact: true }).check();
  await fillDate(page, "Date", ...act.day, item);
  await item.getByLabel("What did the respondent do?", { exact: true }).fill(act.what);
  await item.getByLabel("Where did it happen?", { exact: true }).fill(act.place);
  await item.getByRole("group", { name: "Which behaviours associated with stalking does it show?", exact: true }).getByRole("checkbox", { name: act.behaviour, exact: true }).check();
  const evidence = item.getByRole("group", { name: `Evidence 1 for act ${n}`, exact: true });
  await evidence.getByRole("group", { name: "Kind of evidence", exact: true }).getByRole("radio", { name: act.kind, exact: true }).check();
  await evidence.getByLabel("Exhibit reference", { exact: true }).fill(act.exhibit);
}

test("an empty chronology asks for the first act, and each mistake is named beside its box", async ({ page }) => {
  const triage = new TriagePage(page);
  await triage.openSection("chronology");
  await expectNoAxeViolations(page, "chronology, empty");
  await triage.saveAndContinueButton.click();
  await expect(triage.errorSummary).toBeFocused();
  for (const message of [
    "Select whether act 1 happened on one day or over a period",
    "Enter what the respondent did in act 1",
    "Enter where act 1 happened, or 'online' and the platform",
    "Select how act 1 is evidenced",
    "Select the behaviours associated with stalking that act 1 shows",
  ]) {
    await expect(triage.errorSummary.getByRole("link", { name: message, exact: true })).toBeVisible();
  }
  await expectNoAxeViolations(page, "chronology, errors");
  // A summary link focuses its box.
  await triage.errorSummary.getByRole("link", { name: "Enter what the respondent did in act 1", exact: true }).click();
  await expect(triage.group("Act 1").getByLabel("What did the respondent do?", { exact: true })).toBeFocused();

  // Evidence with a kind but no exhibit reference.
  const act = triage.group("Act 1");
  await act.getByRole("group", { name: "Evidence 1 for act 1", exact: true }).getByRole("radio", { name: "CCTV", exact: true }).check();
  await triage.saveAndContinueButton.click();
  await expect(triage.errorSummary.getByRole("link", { name: "Enter the exhibit reference of evidence 1 for act 1, for example JE/1", exact: true })).toBeVisible();
  await expect(act.getByText("Enter the exhibit reference of evidence 1 for act 1, for example JE/1")).toBeVisible();
  // A period that ends before it starts, and a date in the future.
  await act.getByRole("radio", { name: "Over a period", exact: true }).check();
  await fillDate(page, "From", "10", "3", "2025", act);
  await fillDate(page, "To", "1", "3", "2025", act);
  await triage.saveAndContinueButton.click();
  await expect(triage.errorSummary).toContainText("End of the period of act 1 must be the same as or after the start");
  await act.getByRole("radio", { name: "On one day", exact: true }).check();
  await fillDate(page, "Date", "1", "1", String(new Date().getFullYear() + 1), act);
  await triage.saveAndContinueButton.click();
  await expect(triage.errorSummary).toContainText("Date of act 1 must be today or in the past");
  // The period's answers are kept while hidden, and not checked.
  await expect(triage.errorSummary).not.toContainText("End of the period");
});

test("acts entered out of order are saved in date order; evidence is added and removed; removing an act takes it out of what cites it", async ({ page }) => {
  const triage = new TriagePage(page);
  await triage.openSection("chronology");
  await fillAct(page, 1, { day: ["20", "4", "2025"], what: "Left flowers on the car", place: "Meadow Road", behaviour: "Interfering with property in the person's possession", kind: "Photograph", exhibit: "AB/3" });
  await fillAct(page, 2, { day: ["2", "2", "2025"], what: "Rang the victim's work 30 times", place: "By phone", behaviour: "Contacting, or trying to contact, the person by any means", kind: "Call or message record", exhibit: "AB/1" });
  // A second piece of evidence for act 2, then taken away again.
  await triage.button("Add another piece of evidence for act 2").click();
  const second = triage.group("Evidence 2 for act 2");
  await expect(second.getByRole("radio", { name: "Witness statement", exact: true })).toBeFocused();
  await second.getByLabel("Exhibit reference", { exact: true }).fill("AB/2");
  await expectNoAxeViolations(page, "chronology, two acts and evidence");
  await triage.button("Remove evidence 2 for act 2").click();
  await expect(second).toHaveCount(0);
  await triage.saveAndContinue();
  await triage.expectStatus("chronology", "Completed");

  // Saved in date order: the February act is now act 1.
  await triage.openSection("chronology");
  await expect(triage.group("Act 1").getByLabel("What did the respondent do?", { exact: true })).toHaveValue("Rang the victim's work 30 times");
  await expect(triage.group("Act 2").getByLabel("What did the respondent do?", { exact: true })).toHaveValue("Left flowers on the car");

  // Cite both acts for test (a); then remove act 2: test (a) cites act 1 only.
  await triage.openSection("behaviour-and-risk");
  const cites = triage.group("Which acts in the chronology does test (a) rest on?");
  await cites.getByRole("checkbox", { name: "Act 1: 2 February 2025, Rang the victim's work 30 times", exact: true }).check();
  await cites.getByRole("checkbox", { name: "Act 2: 20 April 2025, Left flowers on the car", exact: true }).check();
  await expectNoAxeViolations(page, "behaviour and risk, acts cited");
  await triage.openSection("chronology");
  await triage.button("Remove act 2").click();
  await expect(triage.group("Act 2")).toHaveCount(0);
  await triage.openSection("behaviour-and-risk");
  await expect(cites.getByRole("checkbox")).toHaveCount(1);
  await expect(cites.getByRole("checkbox", { name: "Act 1: 2 February 2025, Rang the victim's work 30 times", exact: true })).toBeChecked();
});

test("the example case's four acts, cited by the three tests and both conditions, are on check answers and reach the inbox in date order", async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const triage = new TriagePage(page);
  await completeTriage(page);
  await triage.checkAnswers();
  const main = page.getByRole("main");
  for (const text of ["Act 1: evidence 1", "Screenshot, exhibit JE/1", "Acts test (a) rests on", "Acts 1, 2, 3 and 4", "Acts condition 2 answers", "Following Sam Example and waiting near her home"]) {
    await expect(main).toContainText(text);
  }
  await expectNoAxeViolations(page, "check answers with a chronology");
  await triage.confirmDeclaration();
  await triage.sendButton.click();
  await expect(triage.heading).toHaveText("Triage sent");
  await expect(triage.answersCopy).toContainText("Acts test (b) rests on: Acts 1 and 3");
  const reference = (await triage.reference.textContent())!.trim();
  const stored = inboxFiles(baseURL).map((f) => JSON.parse(fs.readFileSync(f, "utf8"))).filter((p) => p.reference === reference);
  expect(stored).toHaveLength(1);
  const p = stored[0];
  expect(p.chronology.map((a: any) => [a.number, a.from, a.evidence.map((e: any) => e.exhibit).join(" ")])).toEqual([
    [1, "2025-01-06", "JE/1 JE/2"],
    [2, "2025-03-03", "JE/3"],
    [3, "2025-03-07", "JE/4 JE/5"],
    [4, "2025-04-12", "JE/6"],
  ]);
  const idOf = (n: number) => p.chronology.find((a: any) => a.number === n).id;
  expect(p.citations.acts_test).toEqual([1, 2, 3, 4].map(idOf));
  expect(p.citations.risk_test).toEqual([1, 3].map(idOf));
  expect(p.citations.conditions.map((c: any) => [c.condition, c.acts])).toEqual([
    [1, [idOf(1)]],
    [2, [2, 3].map(idOf)],
  ]);
  // The message for legal services says the same.
  expect(p.notification.text).toContain("Acts test (a) rests on: Acts 1, 2, 3 and 4");
});
