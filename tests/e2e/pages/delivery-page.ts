// What the officer sees when the force takes triages by email (the confirmation that
// nothing is sent yet), and what legal services would get: the development inbox's
// list at /inbox/ and a stored message (xtask/src/inbox_pages.rs).
import type { Locator, Page } from "@playwright/test";

export class DeliveryPage {
  /** "Your triage has not been sent yet": a warning notice with no role or name. */
  readonly notYetSent: Locator;
  readonly downloadAgain: Locator;
  readonly emailSent: Locator;
  /** "Your answers have been removed…", in a status with no name. */
  readonly answersRemoved: Locator;

  constructor(readonly page: Page) {
    this.notYetSent = page.locator("#not-yet-sent");
    this.downloadAgain = page.getByRole("button", { name: "Download the email again", exact: true });
    this.emailSent = page.getByRole("button", { name: "I have sent the email: remove my answers", exact: true });
    this.answersRemoved = page.getByRole("status").filter({ hasText: "Your answers have been removed from this browser." });
  }

  /** The inbox's table of stored submissions. */
  get inboxTable(): Locator {
    return this.page.getByRole("table", { name: /stored, newest first/ });
  }

  /** A stored submission's link ("Message", "Email (.eml)", "JSON") by its reference. */
  inboxLink(what: "Message" | "Email (.eml)" | "JSON", reference: string): Locator {
    return this.page.getByRole("link", { name: `${what} for ${reference}`, exact: true });
  }
}
