// The conditions builder (/conditions) as a person finds its parts: by role and by the
// names its headings, labels and buttons give them (src/pages/conditions/,
// src/ui/conditions_editor/). Where a part has no accessible name, it is found by its
// id, and the comment says so.
import { expect, type Locator, type Page } from "@playwright/test";
import { gotoApp } from "../fixtures";

/** One condition in the set: the fieldset named by its legend, "Condition 2: Title". */
export class ChosenCondition {
  constructor(readonly root: Locator) {}
  /** A slot's box, by its label (a distance's number is "Number"). */
  slot(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }
  /** A distance's unit. */
  get unit(): Locator {
    return this.root.getByRole("combobox", { name: "Unit" });
  }
  get reason(): Locator {
    return this.root.getByLabel("Why this condition is necessary");
  }
  /** The condition's live wording (a paragraph with no name of its own). */
  get wording(): Locator {
    return this.root.locator(".chosen__wording");
  }
  /** "Checks on this condition": the heading and what follows it. */
  get checks(): Locator {
    return this.root.locator(".chosen__checks");
  }
  /** A question the checks ask, answered with "I have considered this". */
  get considered(): Locator {
    return this.root.getByRole("checkbox", { name: "I have considered this" });
  }
  /** The question the checks ask (a group named "Question: …"). */
  get question(): Locator {
    return this.root.getByRole("group", { name: /^Question:/ });
  }
}

export class BuilderPage {
  readonly heading: Locator;
  /** "Add a condition": the catalogue and its filters. */
  readonly picker: Locator;
  readonly search: Locator;
  readonly kind: Locator;
  readonly theme: Locator;
  readonly clearFilters: Locator;
  /** The catalogue's entries. */
  readonly entries: Locator;
  /** "N conditions match": hidden from screen readers, which hear a status instead. */
  readonly matchCount: Locator;
  /** "Conditions in this set". */
  readonly chosenList: Locator;
  /** Every condition in the set. */
  readonly chosen: Locator;
  /** What moving, adding and removing announce: a status with no name. */
  readonly announcement: Locator;
  /** "Removed condition N: …", with Undo: a notice with no role or name. */
  readonly removedNotice: Locator;
  /** "Checks on these conditions". */
  readonly checksSummary: Locator;
  readonly checksCounts: Locator;
  readonly checksList: Locator;
  /** "About the order". */
  readonly aboutOrder: Locator;
  readonly fullFixed: Locator;
  readonly fullUntilFurtherOrder: Locator;
  readonly fullMonths: Locator;
  readonly interimWeeks: Locator;
  /** "Order text": the text as it will read, with its hint. */
  readonly orderText: Locator;
  /** "Use the order text": copy, print, download. */
  readonly output: Locator;
  readonly outputStatus: Locator;
  readonly copyFallback: Locator;
  /** "Save or open a set". */
  readonly setFiles: Locator;
  readonly openFile: Locator;
  readonly replaceConfirm: Locator;
  readonly setFilesStatus: Locator;
  /** "Some conditions need your attention" after opening a file: a notice with no role or name. */
  readonly setFileNotices: Locator;
  /** "Start again". */
  readonly startAgain: Locator;
  readonly clearStatus: Locator;
  /** "This set is kept …": a paragraph with no name. */
  readonly storagePolicy: Locator;
  /**
   * The error summary, which takes focus: the focused box has no role (its alert is
   * inside it, as in GOV.UK's), so its aria-labelledby gives it no name.
   */
  readonly errorSummary: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.picker = page.getByRole("region", { name: "Add a condition" });
    this.search = this.picker.getByRole("searchbox", { name: "Search for a condition" });
    this.kind = this.picker.getByRole("combobox", { name: "Kind" });
    this.theme = this.picker.getByRole("combobox", { name: "Theme" });
    this.clearFilters = this.picker.getByRole("button", { name: "Clear the filters" });
    this.entries = this.picker.getByRole("listitem");
    this.matchCount = page.locator("#picker-count");
    this.chosenList = page.getByRole("region", { name: "Conditions in this set" });
    this.chosen = this.chosenList.getByRole("group", { name: /^Condition \d+: / });
    this.announcement = page.locator("#conditions-announce");
    this.removedNotice = page.locator("#condition-removed");
    this.checksSummary = page.getByRole("region", { name: "Checks on these conditions" });
    this.checksCounts = this.checksSummary.getByText(/^\d+ errors?, \d+ warnings?, \d+ questions?, \d+ notes?$/);
    this.checksList = this.checksSummary.getByRole("list");
    this.aboutOrder = page.getByRole("region", { name: "About the order" });
    const full = this.aboutOrder.getByRole("group", { name: /How long should the full order last\?/ });
    this.fullFixed = full.getByRole("radio", { name: "A fixed period" });
    this.fullUntilFurtherOrder = full.getByRole("radio", { name: "Until further order" });
    this.fullMonths = this.aboutOrder.getByLabel("Number of months");
    this.interimWeeks = this.aboutOrder.getByLabel("How many weeks should the interim order last?");
    this.orderText = page.getByRole("region", { name: "Order text", exact: true });
    this.output = page.getByRole("region", { name: "Use the order text" });
    this.outputStatus = this.output.getByRole("status");
    this.copyFallback = this.output.getByLabel("Order text to copy");
    this.setFiles = page.getByRole("region", { name: "Save or open a set" });
    this.openFile = this.setFiles.getByLabel("Open a saved set");
    this.replaceConfirm = this.setFiles.getByRole("group", { name: "Replace the conditions in the builder?" });
    this.setFilesStatus = this.setFiles.getByRole("status");
    this.setFileNotices = page.locator("#set-file-notices");
    this.startAgain = page.getByRole("region", { name: "Start again" });
    this.clearStatus = this.startAgain.getByRole("status");
    this.storagePolicy = page.locator("#storage-policy");
    this.errorSummary = page.locator("#error-summary");
  }

  /** Open the builder and wait for the catalogue. */
  async open() {
    await gotoApp(this.page, "conditions");
    await expect(this.entries.first()).toBeVisible();
  }

  /** Condition `n` (from 1) of the set. */
  condition(n: number): ChosenCondition {
    return new ChosenCondition(this.chosenList.getByRole("group", { name: new RegExp(`^Condition ${n}: `) }));
  }

  /** A catalogue entry's "Add" button, named for the condition it adds. */
  addButton(title: string): Locator {
    return this.picker.getByRole("button", { name: `Add condition: ${title}`, exact: true });
  }

  /** Any button on the page by its name (exact when a string). */
  button(name: string | RegExp): Locator {
    return this.page.getByRole("button", { name, exact: typeof name === "string" });
  }

  /** Press a button with the keyboard: focus it, then Enter. */
  async press(name: string | RegExp) {
    await this.button(name).focus();
    await this.page.keyboard.press("Enter");
  }

  /** Add a catalogue entry with the keyboard, searching for it first. */
  async addWithKeyboard(search: string, title: string) {
    await this.search.focus();
    await this.page.keyboard.press("Control+A");
    await this.page.keyboard.type(search);
    await this.press(`Add condition: ${title}`);
  }

  /** Add a catalogue entry with the mouse, searching for it first. */
  async add(search: string, title: string) {
    await this.search.fill(search);
    await this.addButton(title).click();
  }

  /** Open a file in "Open a saved set". */
  async openSetFile(name: string, body: string) {
    await this.openFile.setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(body) });
  }
}
