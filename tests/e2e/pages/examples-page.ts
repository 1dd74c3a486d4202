// The example conditions (/examples and /examples/SLUG) as a trainer finds their parts:
// by role and by the names headings and buttons give them (src/pages/examples/).
import type { Locator, Page } from "@playwright/test";
import { gotoApp } from "../fixtures";

export class ExamplesPage {
  readonly heading: Locator;
  /** On the list: each case's link, in its heading. */
  readonly caseLinks: Locator;
  /** On a case: "Condition N: …", each with its commentary. */
  readonly conditions: Locator;
  /** On a case: "Comparison N: …", a weaker draft beside a better one. */
  readonly comparisons: Locator;
  /**
   * The case's order text. It follows the heading "The order text" but is not tied to
   * it (a div with no role), so it has no name of its own to be found by.
   */
  readonly orderText: Locator;
  readonly openInBuilder: Locator;
  readonly print: Locator;
  /** "Replace the conditions in the builder?", asked when the builder holds some. */
  readonly replaceConfirm: Locator;
  readonly replace: Locator;
  readonly cancel: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole("main");
    this.heading = page.getByRole("heading", { level: 1 });
    this.caseLinks = main.getByRole("heading", { level: 2 }).getByRole("link");
    this.conditions = main.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Condition \d+: / }) });
    this.comparisons = main.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Comparison \d+: / }) });
    this.orderText = page.locator("#example-order-text");
    this.openInBuilder = page.getByRole("button", { name: "Open in the builder" });
    this.print = page.getByRole("button", { name: "Print this example" });
    this.replaceConfirm = page.getByRole("group", { name: "Replace the conditions in the builder?" });
    this.replace = this.replaceConfirm.getByRole("button", { name: "Replace them with this example" });
    this.cancel = this.replaceConfirm.getByRole("button", { name: "Cancel" });
  }

  async openList() {
    await gotoApp(this.page, "examples");
  }

  /** Open a case and wait for its conditions. */
  async openCase(slug: string) {
    await gotoApp(this.page, `examples/${slug}`);
  }

  /** A section heading of a case ("The facts", "The risk", …). */
  section(name: string): Locator {
    return this.page.getByRole("heading", { level: 2, name, exact: true });
  }

  /** The two sides of a comparison, by their labels ("Weaker draft", "Better"). */
  sides(comparison: Locator): Locator {
    return comparison.getByText(/^(Weaker draft|Better)$/);
  }
}
