// The Pack area as the officer or legal services find it (src/pages/pack/): open the
// triage and its advice, enter the court details, see what is missing for court, view,
// print and download each document. Found by role and label; where a part has no role
// or name of its own, by its id, and the comment says so.
import type { Download, Locator, Page } from "@playwright/test";
import { expect, gotoApp } from "../fixtures";
import * as fs from "fs";

export class PackPage {
  readonly heading: Locator;
  readonly triageFile: Locator;
  readonly adviceFile: Locator;
  readonly openButton: Locator;
  /** The error summary: focused, named by its heading; found by its id (as in TriagePage). */
  readonly errorSummary: Locator;
  /** Where the case stands: a notice with no role of its own, found by its id. */
  readonly standing: Locator;
  readonly missing: Locator;
  readonly documents: Locator;
  readonly courtDetailsLink: Locator;
  readonly saveCourt: Locator;
  readonly close: Locator;
  readonly status: Locator;
  readonly printButton: Locator;
  readonly downloadHere: Locator;
  /** The document on its print page: an article named by the page's heading. */
  readonly document: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.triageFile = page.getByLabel("The triage's file", { exact: true });
    this.adviceFile = page.getByLabel("The advice file (optional)", { exact: true });
    this.openButton = page.getByRole("button", { name: "Open and draft the pack", exact: true });
    this.errorSummary = page.locator("#error-summary");
    this.standing = page.locator("#pack-standing");
    this.missing = page.getByRole("list", { name: "Missing for court", exact: true });
    this.documents = page.getByRole("list", { name: "The documents", exact: true });
    this.courtDetailsLink = page.getByRole("link", { name: /^(Enter|Change) the court details$/ });
    this.saveCourt = page.getByRole("button", { name: "Save and return to the pack", exact: true });
    this.close = page.getByRole("button", { name: "Close this case and open another", exact: true });
    this.status = page.getByRole("status").filter({ hasText: /\S/ });
    this.printButton = page.getByRole("button", { name: "Print this document", exact: true });
    this.downloadHere = page.getByRole("button", { name: "Download as Word (.docx)", exact: true });
    this.document = page.getByRole("article");
  }

  async open() {
    await gotoApp(this.page, "pack");
  }

  /** Choose the triage and, if given, the advice, as files, then open them. */
  async openCase(triage: { name: string; text: string }, advice?: { name: string; text: string }) {
    await this.triageFile.setInputFiles({ name: triage.name, mimeType: "application/json", buffer: Buffer.from(triage.text, "utf8") });
    if (advice) {
      await this.adviceFile.setInputFiles({ name: advice.name, mimeType: "application/json", buffer: Buffer.from(advice.text, "utf8") });
      await expect(this.page.getByText(`Chosen: ${advice.name}`, { exact: true })).toBeVisible();
    }
    await expect(this.page.getByText(`Chosen: ${triage.name}`, { exact: true })).toBeVisible();
    await this.openButton.click();
  }

  /** A document in the list, by its title. */
  documentItem(title: string): Locator {
    return this.documents.getByRole("listitem").filter({ has: this.page.getByRole("heading", { name: title, exact: true }) });
  }

  /** Download a document from the list; its file's name and bytes. */
  async download(title: string): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.page.getByRole("button", { name: named("Download as Word (.docx)", title) }).click(),
    ]);
    return read(download);
  }

  async view(title: string) {
    await this.page.getByRole("link", { name: named("View and print", title) }).click();
    await expect(this.heading).toHaveText(title);
  }

  /** A yes/no question of the court details, answered. */
  async answer(question: string, choice: string) {
    await this.page.getByRole("group", { name: question, exact: true }).getByRole("radio", { name: choice, exact: true }).check();
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }
}

/**
 * A button or link's name: its visible words, then the document's title in visually
 * hidden text (": Statement of grounds"), which Chromium joins with a space because the
 * hidden text is positioned apart.
 */
function named(visible: string, title: string): RegExp {
  const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${literal(visible)}\\s?: ${literal(title)}$`);
}

export async function read(download: Download): Promise<{ name: string; bytes: Buffer }> {
  return { name: download.suggestedFilename(), bytes: fs.readFileSync((await download.path())!) };
}

/**
 * The parts of a ZIP whose entries are stored, as the pack's Word files are (Cargo.toml:
 * the zip crate without deflate): read from the local headers, each checked to be stored
 * and its sizes to fit the file. Throws on anything else, so a broken file fails the test.
 */
export function unzipStored(bytes: Buffer): Map<string, string> {
  const parts = new Map<string, string>();
  let at = 0;
  while (bytes.readUInt32LE(at) === 0x04034b50) {
    const method = bytes.readUInt16LE(at + 8);
    const size = bytes.readUInt32LE(at + 18);
    const nameLength = bytes.readUInt16LE(at + 26);
    const extraLength = bytes.readUInt16LE(at + 28);
    const name = bytes.subarray(at + 30, at + 30 + nameLength).toString("utf8");
    const start = at + 30 + nameLength + extraLength;
    if (method !== 0) throw new Error(`${name}: not stored (method ${method})`);
    if (start + size > bytes.length) throw new Error(`${name}: runs past the end of the file`);
    parts.set(name, bytes.subarray(start, start + size).toString("utf8"));
    at = start + size;
  }
  if (parts.size === 0 || bytes.readUInt32LE(at) !== 0x02014b50) throw new Error("not a ZIP with a central directory after its parts");
  return parts;
}

/** The paragraphs of a WordprocessingML body, as text: each <w:p>'s runs joined. */
export function wordParagraphs(documentXml: string): string[] {
  const unescape = (s: string) =>
    s
      .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(parseInt(d, 10)))
      .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
  return [...documentXml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((p) => [...p[1].matchAll(/<w:t[^>]*>(.*?)<\/w:t>/g)].map((t) => unescape(t[1])).join(""));
}
