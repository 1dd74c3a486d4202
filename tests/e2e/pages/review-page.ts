// The Review area as a reviewer in legal services finds it (src/pages/review/): open a
// triage, read it, comment, decide, download the advice and print the note. Found by
// role and label; where a part has no role or name of its own, by its id, and the
// comment says so.
import type { Locator, Page } from "@playwright/test";
import { expect, gotoApp } from "../fixtures";

export class ReviewPage {
  readonly heading: Locator;
  readonly fileInput: Locator;
  readonly pasteBox: Locator;
  readonly openPasted: Locator;
  /** The error summary: focused, named by its heading; found by its id (as in TriagePage). */
  readonly errorSummary: Locator;
  readonly target: Locator;
  readonly comment: Locator;
  readonly suggested: Locator;
  readonly addComment: Locator;
  readonly reviewerName: Locator;
  readonly reviewerRole: Locator;
  readonly download: Locator;
  readonly print: Locator;
  readonly note: Locator;
  // Version 2 and the earlier advice (src/pages/review/changes.rs).
  readonly changes: Locator;
  readonly earlierAdvice: Locator;
  readonly followUps: Locator;
  // The authorising officer (src/pages/review/authorise.rs).
  readonly authorisation: Locator;
  readonly notYet: Locator;
  readonly authorisingName: Locator;
  readonly rank: Locator;
  readonly acting: Locator;
  readonly authorisationDate: Locator;
  readonly authorisationDecision: Locator;
  readonly recordAuthorisation: Locator;
  readonly removeAuthorisation: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.fileInput = page.getByLabel("Choose or drop the triage's file", { exact: true });
    this.pasteBox = page.getByLabel("Or paste the triage's JSON", { exact: true });
    this.openPasted = page.getByRole("button", { name: "Open the pasted triage", exact: true });
    this.errorSummary = page.locator("#error-summary");
    this.target = page.getByLabel("Which answer or condition", { exact: true });
    this.comment = page.getByLabel("Comment", { exact: true });
    this.suggested = page.getByLabel("Suggested wording (optional)", { exact: true });
    this.addComment = page.getByRole("button", { name: "Add the comment", exact: true });
    this.reviewerName = page.getByLabel("Your name", { exact: true });
    this.reviewerRole = page.getByLabel("Your role", { exact: true });
    this.download = page.getByRole("button", { name: "Check and download the advice file", exact: true });
    this.print = page.getByRole("button", { name: "Print the advice note", exact: true });
    this.note = page.getByRole("region", { name: /^Advice note: / });
    this.changes = page.getByRole("region", { name: /^What changed since version \d+$/ });
    this.earlierAdvice = page.getByLabel("The advice this version answers (optional)", { exact: true });
    this.followUps = page.getByRole("list", { name: /^Your comments on version \d+$/ });
    this.authorisation = page.getByRole("heading", { name: "Authorisation", exact: true, level: 2 });
    this.notYet = page.getByText("The authorising officer can record their decision here only when the advice is");
    this.authorisingName = page.getByLabel("Authorising officer's name", { exact: true });
    this.rank = page.getByLabel("Rank", { exact: true });
    this.acting = page.getByLabel("The rank is acting or temporary", { exact: true });
    this.authorisationDate = page.getByRole("group", { name: "Date of the decision" });
    this.authorisationDecision = page.getByRole("group", { name: "Your decision" });
    this.recordAuthorisation = page.getByRole("button", { name: "Record the authorisation", exact: true });
    this.removeAuthorisation = page.getByRole("button", { name: "Remove the authorisation record", exact: true });
  }

  /** Open an earlier advice file by its text, as if chosen in its file box. */
  async chooseEarlierAdvice(name: string, text: string) {
    await this.earlierAdvice.setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text, "utf8") });
  }

  /**
   * A row of the reading or of a list of changes, by its question. A summary-list row
   * has no role of its own (a <div> around its <dt> and <dd>), so it is found by its
   * class, holding a term with that text.
   */
  row(label: string | RegExp): Locator {
    return this.page.locator(".summary-list__row").filter({ has: this.page.getByRole("term").filter({ hasText: label }) });
  }

  /** One earlier comment, as version 2 answers it, by its heading ("Clarification needed on “…”"). */
  followUp(heading: string | RegExp): Locator {
    return this.followUps.getByRole("listitem").filter({ has: this.page.getByRole("heading", { name: heading }) });
  }

  /** The "Yes, satisfied" / "No, not satisfied" radios of every matter, in order. */
  matterAnswers(answer: "Yes, satisfied" | "No, not satisfied"): Locator {
    return this.page.getByRole("radio", { name: answer, exact: true });
  }

  /** The matter whose statement is `label`, as a group of two radios. */
  matter(label: string): Locator {
    return this.page.getByRole("group", { name: label, exact: true });
  }

  /** The three boxes of the date of the decision. */
  dateBox(part: "Day" | "Month" | "Year"): Locator {
    return this.authorisationDate.getByLabel(part, { exact: true });
  }

  /** The box to tick when condition `n` (from 1) was changed, and its two questions. */
  changedCondition(n: number) {
    return {
      tick: this.page.getByLabel(`I changed condition ${n}`, { exact: true }),
      wording: this.page.getByLabel(`The wording you approved for condition ${n}`, { exact: true }),
      why: this.page.getByLabel(`Why you changed condition ${n}`, { exact: true }),
    };
  }

  async open() {
    await gotoApp(this.page, "review");
    await expect(this.heading).toHaveText("Review a triage");
  }

  /** Open a file by its text, as if chosen in the file box. */
  async chooseFile(name: string, text: string) {
    await this.fileInput.setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text, "utf8") });
  }

  /** Pin a comment to the row whose label ends with `rowLabel`. */
  async commentOn(rowLabel: string, kind: "Clarification needed" | "Suggested change" | "Note", text: string, wording?: string) {
    const option = this.target.locator("option").filter({ hasText: new RegExp(`: ${rowLabel.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) }).first();
    const label = (await option.textContent())!;
    await this.target.selectOption({ label });
    await this.page.getByRole("group", { name: "What kind of comment" }).getByRole("radio", { name: kind, exact: true }).check();
    if (wording) await this.suggested.fill(wording);
    await this.comment.fill(text);
    await this.addComment.click();
    await expect(this.page.getByRole("status").filter({ hasText: `${kind} added on` })).toBeVisible();
  }

  async decide(choice: "Proceed to authorisation" | "Clarification needed" | "Not suitable for an SPO") {
    await this.page.getByRole("group", { name: "What do you advise?" }).getByRole("radio", { name: choice, exact: true }).check();
  }
}
