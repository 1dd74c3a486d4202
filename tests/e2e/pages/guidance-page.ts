// The guidance (/guidance, a module, the glossary, the pathway, search) as a trainee
// finds its parts: by role and by the names headings, labels and buttons give them
// (src/pages/guidance/). Where a part has no accessible name, it is found by its id,
// and the comment says so.
import { expect, type Locator, type Page } from "@playwright/test";
import { gotoApp } from "../fixtures";

export type Question = { prompt: string; options: string[]; answer: number; explanation: string };
export type Module = { slug: string; title: string; questions: Question[]; contents: { id: string; text: string }[] };

/** A question in "Check your understanding": its group of options, its button, its result. */
export class ModuleQuestion {
  readonly group: Locator;
  readonly check: Locator;
  /** The feedback, read out as it changes (aria-live, with no role or name). */
  readonly result: Locator;
  constructor(page: Page, readonly number: number) {
    this.group = page.getByRole("group", { name: new RegExp(`^Question ${number} of \\d+`) });
    this.check = page.getByRole("button", { name: `Check answer to question ${number}`, exact: true });
    this.result = page.locator(`#question-${number}-result`);
  }
  option(label: string): Locator {
    return this.group.getByRole("radio", { name: label, exact: true });
  }
  /** Option `n` (from 1). */
  nth(n: number): Locator {
    return this.group.getByRole("radio").nth(n - 1);
  }
  /** The message asking for an answer, inside the group. */
  get error(): Locator {
    return this.group.getByText(/Choose an answer to check$/);
  }
}

export class GuidancePage {
  readonly heading: Locator;
  /** On the contents page: the modules, each "Module N" with its linked title. */
  readonly modules: Locator;
  /** "N of 11 modules completed" under "Your progress": a paragraph with no name. */
  readonly progressSummary: Locator;
  /** The next step under "Your progress" ("Start with …", "Continue …"): a paragraph with no name. */
  readonly progressNext: Locator;
  /** "Progress cannot be saved on this computer": a notice with no role or name. */
  readonly progressNotSaved: Locator;
  readonly resetStatus: Locator;
  readonly search: Locator;
  readonly searchButton: Locator;
  /** "N results for '…'": shown, but hidden from screen readers, which hear the status. */
  readonly searchSummary: Locator;
  /** What a screen reader hears about the results: a visually hidden status. */
  readonly searchStatus: Locator;
  /** The results list (no name), each result a list item. */
  readonly searchResults: Locator;
  /** On a module: its contents list and its previous and next links. */
  readonly contents: Locator;
  readonly pagination: Locator;
  /** The module's status ("Not started", "In progress", "Completed"), with no name of its own. */
  readonly moduleStatus: Locator;
  /** "You have marked this module as complete.": a status with no name. */
  readonly completeStatus: Locator;
  /** Links from the module's text to the glossary: ordinary links, told apart by their class. */
  readonly glossaryLinks: Locator;
  /** A wide table's scrolling box: a region named "Table: …". */
  readonly tableRegions: Locator;
  /** The "could not load" notice: no role or name. */
  readonly loadError: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.modules = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }), hasText: /^Module \d+/ });
    this.progressSummary = page.locator("#progress-summary");
    this.progressNext = page.locator("#progress-next");
    this.progressNotSaved = page.locator("#progress-not-saved");
    this.resetStatus = page.locator("#reset-status");
    this.search = page.getByLabel("Search the modules and glossary");
    this.searchButton = page.getByRole("search", { name: "Guidance" }).getByRole("button", { name: "Search", exact: true });
    this.searchSummary = page.locator("#search-summary");
    this.searchStatus = page.locator("#search-status");
    this.searchResults = page.locator("#search-results");
    this.contents = page.getByRole("navigation", { name: "Contents" });
    this.pagination = page.getByRole("navigation", { name: "Previous and next modules" });
    this.moduleStatus = page.locator("#module-status");
    this.completeStatus = page.locator("#module-complete-status");
    this.glossaryLinks = page.locator(".guidance-body a.glossary-term");
    this.tableRegions = page.getByRole("region", { name: /^Table: / });
    this.loadError = page.locator("#guidance-load-error");
  }

  /** A module as the site serves it, so the tests follow the content rather than copy it. */
  async moduleJson(slug: string): Promise<Module> {
    const response = await this.page.request.get(`guidance/modules/${slug}.json`);
    expect(response.ok()).toBeTruthy();
    return response.json();
  }

  async openContents() {
    await gotoApp(this.page, "guidance");
  }

  async openModule(slug: string, title: string) {
    await gotoApp(this.page, `guidance/${slug}`);
    await expect(this.heading).toHaveText(title);
  }

  /** A section of a module, or a glossary term, by its heading. */
  sectionHeading(text: string): Locator {
    return this.page.getByRole("heading", { level: 2, name: text, exact: true });
  }

  question(n: number): ModuleQuestion {
    return new ModuleQuestion(this.page, n);
  }

  /** A search result, by the link to the place it found. */
  result(link: string): Locator {
    return this.searchResults.getByRole("listitem").filter({ has: this.page.getByRole("link", { name: link, exact: true }) });
  }

  button(name: string): Locator {
    return this.page.getByRole("button", { name, exact: true });
  }

  /**
   * A disclosure's summary line ("The pathway in words"), to open or close it, on the page
   * or `within` a part of it (the prerendered frame): a summary has no role in the
   * accessibility tree Playwright reads, so it is found by its text.
   */
  disclosureSummary(text: string, within: Page | Locator = this.page): Locator {
    return within.getByText(text, { exact: true });
  }

  /**
   * The disclosure itself, for its open state: a details element is a group with no name,
   * known by its summary.
   */
  disclosure(text: string, within: Page | Locator = this.page): Locator {
    return within.getByRole("group").filter({ has: this.page.getByText(text, { exact: true }) });
  }
}
