// What the triage shows when something goes wrong, as an officer finds it: the send
// failure on "Check your answers" with its buttons, and the messages about the draft
// kept in this browser (src/pages/triage/check_answers.rs, draft_conflict.rs). Notices
// are found by their role and the heading they hold; where a part has no role or name
// of its own, it is found by its id, and the comment says so.
import type { Locator, Page } from "@playwright/test";

export class FaultsPage {
  /** "Your triage has not been sent": an alert with no name, known by its heading. */
  readonly sendFailed: Locator;
  /** "This computer is back online…", inside the failure notice. */
  readonly backOnline: Locator;
  readonly tryAgain: Locator;
  readonly downloadJson: Locator;
  readonly downloadText: Locator;
  /** The same triage as an email for the officer to send themselves. */
  readonly downloadEmail: Locator;
  /** "These answers were changed in another tab": an alert with no name, known by its heading. */
  readonly draftConflict: Locator;
  readonly useOtherTabsAnswers: Locator;
  readonly keepThisTabsAnswers: Locator;
  /** "This page now shows the answers saved in another tab…". */
  readonly draftUpdated: Locator;
  /** The browser would not keep the draft. */
  readonly draftStorageProblem: Locator;

  constructor(readonly page: Page) {
    this.sendFailed = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Your triage has not been sent", exact: true }) });
    // No role or name: a plain paragraph in the failure notice.
    this.backOnline = page.locator("#back-online");
    this.tryAgain = this.sendFailed.getByRole("button", { name: "Try again", exact: true });
    this.downloadJson = this.sendFailed.getByRole("button", { name: "Download your answers (JSON)", exact: true });
    this.downloadText = this.sendFailed.getByRole("button", { name: "Download a readable copy (text)", exact: true });
    this.downloadEmail = this.sendFailed.getByRole("button", { name: "Download as an email to send (.eml)", exact: true });
    this.draftConflict = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "These answers were changed in another tab", exact: true }) });
    this.useOtherTabsAnswers = this.draftConflict.getByRole("button", { name: "Use the answers from the other tab", exact: true });
    this.keepThisTabsAnswers = this.draftConflict.getByRole("button", { name: "Keep the answers in this tab", exact: true });
    // No name: a status holding one paragraph, with no heading to know it by.
    this.draftUpdated = page.locator("#draft-updated");
    // No name: an alert holding one paragraph (whose wording varies), with no heading to know it by.
    this.draftStorageProblem = page.locator("#draft-storage-problem");
  }
}
