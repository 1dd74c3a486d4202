// The officer's "Open advice from legal services" page (src/pages/review/answer.rs),
// and the advice as the form then shows it beside each question. Found by role and
// label; the error summary and a field's error message by their ids (as in TriagePage).
import type { Locator, Page } from "@playwright/test";
import { expect } from "../fixtures";

export class AnswerAdvicePage {
  readonly heading: Locator;
  readonly adviceFile: Locator;
  readonly triageFile: Locator;
  readonly replaceSaved: Locator;
  readonly openButton: Locator;
  readonly errorSummary: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.adviceFile = page.getByLabel("The advice file", { exact: true });
    this.triageFile = page.getByLabel("The triage the advice is on", { exact: true });
    this.replaceSaved = page.getByRole("checkbox", { name: "Replace the answers saved in this browser", exact: true });
    this.openButton = page.getByRole("button", { name: "Open the advice and answer it", exact: true });
    this.errorSummary = page.locator("#error-summary");
  }

  /** From the task list's link, as the officer finds it. */
  async openFromTaskList() {
    await this.page.getByRole("link", { name: "open advice from legal services", exact: true }).click();
    await expect(this.heading).toHaveText("Open advice from legal services");
  }

  /** Choose a file by its text in one of the two file boxes, and wait for it to be read. */
  async choose(input: Locator, name: string, text: string) {
    await input.setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text, "utf8") });
    await expect(input).toHaveAccessibleDescription(new RegExp(`Chosen: ${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  }

  /** The error shown beside a file box (its id: the box's id and "-error"). */
  errorBeside(input: "advice-file" | "advice-triage-file"): Locator {
    return this.page.locator(`#${input}-error`);
  }

  /** One comment of the advice beside its question: a group named "<kind> from <reviewer>". */
  comment(kind: "Clarification needed" | "Suggested change" | "Note", reviewer: string): Locator {
    return this.page.getByRole("main").getByRole("group", { name: `${kind} from ${reviewer}`, exact: true });
  }

  /** Reply to a comment and mark it answered. */
  async answer(comment: Locator, reviewer: string, reply: string) {
    await comment.getByLabel(`Your reply to ${reviewer} (optional)`, { exact: true }).fill(reply);
    await comment.getByRole("checkbox", { name: "I have answered this", exact: true }).check();
  }
}
