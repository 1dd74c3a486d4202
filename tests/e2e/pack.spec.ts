// The court pack (issue #17): the Pack area opens a delivered triage with the advice
// on it, asks the court details, lists what is missing for court, and gives each
// document as a print page and a Word file. The first test is the whole way from the
// officer's form: a triage with a chronology of four acts cited by the tests and the
// conditions, "proceed" advice with the authorisation, then the pack. The others open
// the example case's files (tests/e2e/data/, the domain's fixtures) for the details:
// wrong files, a blank address for service, each Word file unzipped, print, a reload.
import { test, expect, expectNoAxeViolations } from "./fixtures";
import { sendCompleteTriage } from "./faults-support";
import { ReviewPage } from "./pages/review-page";
import { PackPage, unzipStored, wordParagraphs } from "./pages/pack-page";
import { expectReflows } from "./a11y-support";
import * as fs from "fs";
import * as path from "path";

const data = (name: string) => ({ name, text: fs.readFileSync(path.join(__dirname, "data", name), "utf8") });
const TRIAGE = data("example-v1.json");
const AUTHORISED = data("example-v1-authorised.json");
const CLARIFY = data("example-v1-advice.json");
const REFERENCE = JSON.parse(TRIAGE.text).reference as string;

const TITLES = {
  complaint: "Complaint: application for a stalking protection order",
  grounds: "Statement of grounds",
  interim: "Draft interim stalking protection order",
  full: "Draft stalking protection order",
  authorisation: "Record of authorisation",
  checklist: "Bundle checklist",
};

/** Every court detail, the example's way: served at home, screens, 90 minutes. */
async function fillCourtDetails(pack: PackPage) {
  await pack.field("Name of the court").fill("Exampletown Magistrates' Court");
  await pack.answer("Is the respondent to be served at their home address?", "Yes");
  await pack.answer("Does the respondent or a witness need an interpreter?", "No");
  await pack.answer("Does any witness need special measures or adjustments?", "Yes");
  await pack.field("Special measures needed").fill("Screens for Sam Example if she gives evidence");
  await pack.answer("Are the protected people's addresses to be kept off the order?", "Yes");
  await pack.answer("Is the interim order sought at the first hearing?", "Yes");
  await pack.field("Why the interim order cannot wait").fill("Bail ends on 30 June 2025 and messages still come from new accounts");
  await pack.field("Time estimate for the hearing, in minutes").fill("90");
}

/** A downloaded document's Word parts, checked to be a whole package; its paragraphs. */
function wordText(file: { name: string; bytes: Buffer }): string[] {
  expect(file.bytes.subarray(0, 4).toString("latin1"), `${file.name} is a ZIP`).toBe("PK\u0003\u0004");
  const parts = unzipStored(file.bytes);
  for (const part of ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml"]) {
    expect(parts.has(part), `${file.name} has ${part}`).toBe(true);
  }
  expect(parts.get("[Content_Types].xml")).toContain("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
  return wordParagraphs(parts.get("word/document.xml")!);
}

test("officer, reviewer, authorising officer and the pack: four cited acts reach the grounds and the orders", async ({ page, baseURL }) => {
  test.setTimeout(300_000);
  // The officer sends the example triage: four acts, cited by the tests and both conditions.
  const { reference, stored } = await sendCompleteTriage(page, baseURL);
  const sent = JSON.parse(stored);
  expect(sent.chronology).toHaveLength(4);
  expect(sent.citations.acts_test).toHaveLength(4);

  // Legal services advise to proceed; the authorising officer records the authorisation.
  const review = new ReviewPage(page);
  await review.open();
  await review.chooseFile(`${reference}.json`, stored);
  await review.decide("Proceed to authorisation");
  await review.reviewerName.fill("Ash Example");
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
  const [adviceDownload] = await Promise.all([page.waitForEvent("download"), review.download.click()]);
  const advice = { name: adviceDownload.suggestedFilename(), text: fs.readFileSync((await adviceDownload.path())!, "utf8") };

  // The pack, from the two files.
  const pack = new PackPage(page);
  await pack.open();
  await pack.openCase({ name: `${reference}.json`, text: stored }, advice);
  await expect(pack.heading).toHaveText(`Court pack for ${reference}`);
  await expect(pack.standing).toContainText("the application is authorised");
  await pack.courtDetailsLink.click();
  await expect(pack.heading).toHaveText("Court details");
  await fillCourtDetails(pack);
  await pack.saveCourt.click();
  await expect(pack.heading).toHaveText(`Court pack for ${reference}`);
  await expect(page.getByText("Nothing is missing.")).toBeVisible();
  await expect(pack.standing).toContainText("Ready for legal services to check.");
  await expectNoAxeViolations(page, "pack, whole journey, nothing missing");

  // The grounds put each act under the tests the officer cited it for.
  const grounds = wordText(await pack.download(TITLES.grounds));
  const under = (test: string) => {
    const start = grounds.findIndex((l) => l.startsWith(`Test (${test})`));
    const end = grounds.findIndex((l, i) => i > start && /^(Test \(|Why existing orders)/.test(l));
    return grounds.slice(start, end);
  };
  const acts = sent.chronology.map((a: any) => a.what as string);
  expect(under("a").filter((l) => /^\d\. /.test(l))).toHaveLength(4);
  expect(under("b").join("\n")).toContain(`1. 6 January 2025 to 20 May 2025: ${acts[0]}`);
  expect(under("b").join("\n")).toContain(`3. 7 March 2025 to 21 March 2025: ${acts[2]}`);
  expect(under("b").join("\n")).not.toContain(acts[1]);
  expect(grounds.join("\n")).toContain("It rests on acts 2 and 3.");
  // The full order: the numbered conditions as authorised, the duration, the notification requirements.
  const full = wordText(await pack.download(TITLES.full));
  expect(full).toContain("1. Contact or attempt to contact Sam Example by any means, directly or indirectly;");
  expect(full.join("\n")).toContain("3 years");
  expect(full).toContain("Notification requirements");
  // The authorisation record names who authorised, as recorded in the Review area.
  const record = wordText(await pack.download(TITLES.authorisation));
  expect(record.join("\n")).toContain("Sam Superintendent");
  await pack.view(TITLES.grounds);
  await expect(pack.document).toContainText(acts[3]);
  await expectNoAxeViolations(page, "pack, whole journey, the grounds");
});

test("wrong files are refused beside their box, and advice to clarify makes only a draft", async ({ page }) => {
  const pack = new PackPage(page);
  await pack.open();
  await expect(pack.heading).toHaveText("Draft the court pack");
  await expectNoAxeViolations(page, "pack, open the files");
  await pack.openButton.click();
  await expect(pack.errorSummary).toBeFocused();
  await expect(pack.errorSummary.getByRole("link", { name: "Choose the triage's JSON file", exact: true })).toBeVisible();
  await expectNoAxeViolations(page, "pack, no file chosen");

  // The advice given as the triage, then a triage given as the advice.
  await pack.openCase({ name: "advice.json", text: AUTHORISED.text });
  await expect(page.getByText("This is an advice file, not a triage.", { exact: false }).first()).toBeVisible();
  await expect(pack.heading).toHaveText("Draft the court pack");
  await pack.openCase(TRIAGE, { name: "triage-again.json", text: TRIAGE.text });
  await expect(pack.errorSummary.getByRole("link").first()).toContainText("not an advice file");
  await expectNoAxeViolations(page, "pack, wrong advice file");

  // Advice asking for clarification: the pack is a draft, the authorisation missing.
  await pack.openCase(TRIAGE, CLARIFY);
  await expect(pack.heading).toHaveText(`Court pack for ${REFERENCE}`);
  await expect(pack.standing).toContainText("Draft.");
  await expect(pack.standing).toContainText("does not say to proceed");
  await expect(pack.missing).toContainText("The authorising officer's record: record it in the Review area");
  await expectNoAxeViolations(page, "pack, advice to clarify");
});

test("the example case: court details checked, a blank address for service is missing for court, each document downloads as Word and prints with its marking", async ({ page }) => {
  test.setTimeout(180_000);
  const pack = new PackPage(page);
  await pack.open();
  await pack.openCase(TRIAGE, AUTHORISED);
  await expect(pack.heading).toHaveText(`Court pack for ${REFERENCE}`);
  // Nothing entered yet: the court details are what is missing.
  await expect(pack.missing.getByRole("listitem")).toHaveCount(7);
  await expect(pack.missing).toContainText("The name of the court: add it in the court details");
  await expectNoAxeViolations(page, "pack, court details not entered");
  await expectReflows(page, "the pack's overview");

  // Save with nothing: every question says what it needs.
  await pack.courtDetailsLink.click();
  await expect(page.getByText("Likely court: A magistrates' court")).toBeVisible();
  await pack.saveCourt.click();
  await expect(pack.errorSummary).toBeFocused();
  for (const message of [
    "Enter the name of the court, for example Exampletown Magistrates' Court",
    "Select whether the respondent is to be served at their home address",
    "Select whether an interpreter is needed",
    "Select whether the protected people's addresses are to be kept off the order",
    "Enter the time estimate for the hearing in minutes, for example 60",
  ]) {
    await expect(pack.errorSummary.getByRole("link", { name: message, exact: true })).toBeVisible();
  }
  await expectNoAxeViolations(page, "court details, errors");
  await pack.errorSummary.getByRole("link", { name: "Enter the name of the court, for example Exampletown Magistrates' Court", exact: true }).click();
  await expect(pack.field("Name of the court")).toBeFocused();

  // Everything but the address for service, which is to be somewhere else and left blank.
  await fillCourtDetails(pack);
  await pack.answer("Is the respondent to be served at their home address?", "No");
  await pack.field("Time estimate for the hearing, in minutes").fill("an hour");
  await pack.saveCourt.click();
  await expect(pack.errorSummary.getByRole("link", { name: "Enter the address at which the respondent is to be served", exact: true })).toBeVisible();
  await expect(pack.errorSummary.getByRole("link", { name: "Time estimate must be a whole number of minutes between 1 and 720, like 60", exact: true })).toBeVisible();
  await pack.field("Time estimate for the hearing, in minutes").fill("90");
  await expectNoAxeViolations(page, "court details, address for service blank");
  // Back to the pack without it: the address is the one thing missing, with a link to its box.
  await page.getByRole("link", { name: "Back to the pack", exact: true }).click();
  await expect(pack.missing.getByRole("listitem")).toHaveCount(1);
  await expect(pack.missing).toContainText("The respondent's address for service: add it in the court details");
  await expect(pack.standing).toContainText("Draft: some things are missing for court.");
  // The draft complaint marks the gap in words.
  const draftComplaint = wordText(await pack.download(TITLES.complaint));
  expect(draftComplaint).toContain("Address for service: [Missing: the respondent's address for service]");
  await pack.missing.getByRole("link", { name: "add it in the court details", exact: true }).click();
  await expect(pack.field("Address for service")).toBeFocused();
  await pack.field("Address for service").fill("Flat 2, 9 Other Road, Exampletown EX2 3CD");
  await pack.saveCourt.click();
  await expect(page.getByText("Nothing is missing.")).toBeVisible();

  // Each document as a Word file: a whole package, the marking first and last, the draft notice.
  const files = new Map<string, string[]>();
  for (const title of Object.values(TITLES)) {
    const file = await pack.download(title);
    expect(file.name).toMatch(new RegExp(`^${REFERENCE}-spo-\\d-[a-z-]+\\.docx$`));
    const text = wordText(file);
    expect(text[0], title).toBe("OFFICIAL-SENSITIVE");
    expect(text[1], title).toBe("Draft: to be checked by legal services");
    expect(text[2], title).toBe(title);
    expect(text[text.length - 1], title).toBe("OFFICIAL-SENSITIVE");
    expect(text.join("\n"), `${title} names the respondent`).toContain("Chris Fictional");
    files.set(title, text);
    await expect(pack.status).toContainText(`Saved ${file.name}`);
  }
  expect(files.get(TITLES.complaint)).toContain("Address for service: Flat 2, 9 Other Road, Exampletown EX2 3CD");
  expect(files.get(TITLES.interim)!.join("\n")).toContain("8 weeks");
  expect(files.get(TITLES.checklist)!.join("\n")).toContain(TITLES.grounds);

  // The print page says what the Word file says, marked top and bottom.
  await pack.view(TITLES.complaint);
  const markings = pack.document.getByText("OFFICIAL-SENSITIVE", { exact: true });
  await expect(markings).toHaveCount(2);
  await expect(pack.document.getByText("Draft: to be checked by legal services", { exact: true })).toBeVisible();
  for (const line of files.get(TITLES.complaint)!.filter((l) => !l.includes(": ") && l !== TITLES.complaint)) {
    await expect(pack.document, line).toContainText(line);
  }
  await expectNoAxeViolations(page, "pack, the complaint");
  await expectReflows(page, "the complaint's print page");
  await page.emulateMedia({ media: "print" });
  await expect(markings.first()).toBeVisible();
  await expect(markings.last()).toBeVisible();
  await expect(pack.printButton).toBeHidden();
  await expectNoAxeViolations(page, "pack, the complaint printed");
  await page.emulateMedia({ media: "screen" });
  // Its own Word button gives the same file.
  const [again] = await Promise.all([page.waitForEvent("download"), pack.downloadHere.click()]);
  expect(again.suggestedFilename()).toBe(`${REFERENCE}-spo-1-complaint.docx`);

  // A reload keeps the case (drafts policy); closing it forgets it.
  await page.reload();
  await expect(pack.heading).toHaveText(TITLES.complaint);
  await page.getByRole("link", { name: "Back to the pack", exact: true }).click();
  await expect(pack.heading).toHaveText(`Court pack for ${REFERENCE}`);
  await pack.close.click();
  await expect(pack.heading).toHaveText("Draft the court pack");
  expect(await page.evaluate(() => localStorage.getItem("spo-pack-draft") ?? sessionStorage.getItem("spo-pack-draft"))).toBeNull();
  // An address in the pack with no case open says so.
  await page.goto("pack/document/spo-1-complaint");
  await expect(pack.heading).toHaveText("Document not found");
});

test("a damaged case kept in this browser is dropped, not half-opened", async ({ page }) => {
  const pack = new PackPage(page);
  await page.addInitScript(() => {
    if (!sessionStorage.getItem("seeded")) {
      sessionStorage.setItem("seeded", "1");
      // config.json keeps drafts on this computer (localStorage).
      localStorage.setItem("spo-pack-draft", `{"saved_at": ${Date.now()}, "case": {"payload": {"kind": "spo-triage"}, "court": 7}}`);
    }
  });
  await pack.open();
  await expect(pack.heading).toHaveText("Draft the court pack");
  await expect.poll(() => page.evaluate(() => localStorage.getItem("spo-pack-draft"))).toBeNull();
});
