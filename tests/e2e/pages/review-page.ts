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
