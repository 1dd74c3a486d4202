// The officer's triage form as a page object. It finds every field by its role and the
// label the officer sees (so the tests also prove the labelling), and types in the
// example case from the answers table that `cargo xtask test` writes from the Rust
// fixture (SPO_ANSWERS_TABLE): the case is written once, in Rust.
import { expect, gotoApp } from "../fixtures";
import type { Locator, Page } from "@playwright/test";
import * as fs from "fs";

export type Row = {
  section: string;
  item: string | null;
  label: string;
  kind: "text" | "date" | "radios" | "checkboxes" | "checkbox";
  values: string[];
  /** Free text: a suffix may be added and it is still accepted. */
  free: boolean;
  /** The button that adds a later "add another" item the box is in ("Add another act"). */
  add: string | null;
  /** Each value is the start of its choice's label (an act cited: its date, then typed words). */
  prefix: boolean;
};
export type Condition = { title: string; slots: [string, string][]; map_reference: string | null; reason: string };
export type AnswersTable = {
  rows: Row[];
  conditions: Condition[];
  extra_items: [string, number][];
  sections: [string, string][];
};

let cached: AnswersTable | undefined;
/** The example case, box by box, from the Rust fixture. */
export function answersTable(): AnswersTable {
  cached ??= JSON.parse(fs.readFileSync(process.env.SPO_ANSWERS_TABLE ?? "target/e2e/answers-table.json", "utf8"));
  return cached!;
}

/** A section's title in the task list, from its address. */
export function sectionTitle(slug: string): string {
  const found = answersTable().sections.find(([s]) => s === slug);
  if (!found) throw new Error(`no section ${slug}`);
  return found[1];
}

export class TriagePage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  async openTaskList() {
    await gotoApp(this.page, "triage");
    await expect(this.heading).toHaveText("SPO triage");
  }

  /** A section's link in the task list; its status is its accessible description. */
  taskLink(slug: string): Locator {
    return this.page.getByRole("link", { name: sectionTitle(slug), exact: true });
  }

  async expectStatus(slug: string, status: "Completed" | "In progress" | "Not started") {
    await expect(this.taskLink(slug)).toHaveAccessibleDescription(status);
  }

  /** Open a section from the task list by its title. */
  async openSection(slug: string) {
    await this.openTaskList();
    await this.taskLink(slug).click();
    await expect(this.heading).toHaveText(sectionTitle(slug));
  }

  async saveAndContinue() {
    await this.page.getByRole("button", { name: "Save and continue" }).click();
    await expect(this.heading).toHaveText("SPO triage");
  }

  /** Where a row's box is: its "add another" item, or the page's main content. */
  private scope(row: Row): Locator {
    const main = this.page.getByRole("main");
    return row.item ? main.getByRole("group", { name: row.item, exact: true }) : main;
  }

  /** The field a row fills in. */
  field(row: Row): Locator {
    const scope = this.scope(row);
    switch (row.kind) {
      case "text":
        return scope.getByLabel(row.label, { exact: true });
      case "checkbox":
        return scope.getByRole("checkbox", { name: row.label, exact: true });
      default:
        return scope.getByRole("group", { name: row.label, exact: true });
    }
  }

  /** Type one row's answer in; `suffix` is added to every free-text answer. */
  async fill(row: Row, suffix = "") {
    const field = this.field(row);
    if (!(await field.first().isVisible())) {
      // A later "add another" item: add it first.
      await this.addButton(row).click();
    }
    switch (row.kind) {
      case "text":
        await field.fill(row.values[0] + (row.free ? suffix : ""));
        break;
      case "date": {
        const [day, month, year] = row.values;
        await field.getByLabel("Day", { exact: true }).fill(day);
        await field.getByLabel("Month", { exact: true }).fill(month);
        await field.getByLabel("Year", { exact: true }).fill(year);
        break;
      }
      case "radios":
        await field.getByRole("radio", { name: row.values[0], exact: true }).check();
        break;
      case "checkboxes":
        for (const v of row.values) await this.checkbox(field, row, v).check();
        break;
      case "checkbox":
        await field.check();
        break;
    }
  }

  /** A row's choice among checkboxes, by its whole label or by its start. */
  checkbox(field: Locator, row: Row, value: string): Locator {
    if (!row.prefix) return field.getByRole("checkbox", { name: value, exact: true });
    const start = new RegExp("^" + value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    return field.getByRole("checkbox", { name: start });
  }

  /** The button that adds the "add another" item a row is in. */
  addButton(row: Row): Locator {
    const main = this.page.getByRole("main");
    return row.add ? main.getByRole("button", { name: row.add, exact: true }) : main.getByRole("button", { name: /^Add another/ });
  }

  /** Add the example case's conditions in the builder embedded in the section. */
  async addConditions(suffix = "") {
    const main = this.page.getByRole("main");
    const conditions = answersTable().conditions;
    for (const [i, c] of conditions.entries()) {
      await main.getByRole("button", { name: `Add condition: ${c.title}`, exact: true }).click();
      const card = main.getByRole("group", { name: `Condition ${i + 1}: ${c.title}`, exact: true });
      await expect(card).toBeVisible();
      for (const [label, value] of c.slots) await card.getByLabel(label, { exact: true }).fill(value + suffix);
      if (c.map_reference) await card.getByLabel("Map reference", { exact: true }).fill(c.map_reference);
      await card.getByLabel("Why this condition is necessary", { exact: true }).fill(c.reason + suffix);
    }
  }

  /** Type the example case's answers for a section already open, leaving out some labels. */
  async fillSection(slug: string, options: { except?: string[]; suffix?: string } = {}) {
    const except = new Set(options.except ?? []);
    for (const row of answersTable().rows.filter((r) => r.section === slug && !except.has(r.label))) {
      await this.fill(row, options.suffix ?? "");
    }
  }

  /** Complete one section with the example case, and save it. */
  async completeSection(slug: string, suffix = "") {
    await this.openSection(slug);
    if (slug === "conditions") await this.addConditions(suffix);
    await this.fillSection(slug, { suffix });
    await this.saveAndContinue();
  }

  /** Every section of the task list that the example case answers, in order. */
  sectionsToComplete(): string[] {
    const answered = new Set(answersTable().rows.map((r) => r.section));
    return answersTable()
      .sections.map(([slug]) => slug)
      .filter((slug) => slug !== "declaration" && (answered.has(slug) || slug === "conditions"));
  }

  /** Complete the whole triage with the example case. */
  async completeAll(suffix = "") {
    for (const slug of this.sectionsToComplete()) await this.completeSection(slug, suffix);
  }

  /** From the task list to check answers. */
  async checkAnswers() {
    await this.page.getByRole("link", { name: /Check your answers/ }).click();
    await expect(this.heading).toHaveText("Check your answers before sending");
  }

  /** Tick the declaration as the table gives it. */
  async confirmDeclaration() {
    for (const row of answersTable().rows.filter((r) => r.section === "declaration")) await this.fill(row);
  }

  get sendButton(): Locator {
    // With email delivery (config.json) the same button makes the email instead.
    return this.page.getByRole("button", { name: /^(Send the triage|Sending…|Make the email to send|Making the email…)$/ });
  }

  /** A text box on the page by its label ("Your full name"). */
  textBox(label: string): Locator {
    return this.page.getByRole("main").getByLabel(label, { exact: true });
  }

  /** Any button on the page by its name. */
  button(name: string): Locator {
    return this.page.getByRole("button", { name, exact: true });
  }

  /** "Back to the task list", on a section and on "Check your answers". */
  get backLink(): Locator {
    return this.page.getByRole("link", { name: "Back to the task list", exact: true });
  }

  /** On "Triage sent": the reference number. No role or name: a bold line in the panel. */
  get reference(): Locator {
    return this.page.locator("#reference");
  }

  /** On "Triage sent": the section "Copy of your answers", which is printed. */
  get answersCopy(): Locator {
    return this.page.getByRole("region", { name: "Copy of your answers", exact: true });
  }

  /** A section's "Save and continue", to press or find without waiting for the task list. */
  get saveAndContinueButton(): Locator {
    return this.button("Save and continue");
  }

  /**
   * A question's group (radios, checkboxes, a date) or an "add another" item ("Person 2"),
   * by its legend.
   */
  group(legend: string): Locator {
    return this.page.getByRole("main").getByRole("group", { name: legend, exact: true });
  }

  /** A choice of a radios question, by the question's legend and the choice's label. */
  radio(question: string, choice: string): Locator {
    return this.group(question).getByRole("radio", { name: choice, exact: true });
  }

  /**
   * The error summary, which takes focus: the focused box has no role (its alert is
   * inside it, as in GOV.UK's), so its aria-labelledby gives it no name; found by its id.
   */
  get errorSummary(): Locator {
    return this.page.locator("#error-summary");
  }
}
