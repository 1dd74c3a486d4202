// What every page shares, as a person finds it: the skip link, the main content and the
// banner shown when config.json cannot be used (src/ui/shell.rs); and, before the app
// has started, the page the build prerendered or index.html's own frame
// (xtask/src/prerender.rs, index.html, public/boot.js). Found by role and name; where a
// part has no accessible name, by its id, and the comment says so.
import type { Locator, Page } from "@playwright/test";

export class SitePage {
  readonly skipLink: Locator;
  /** The main content (the skip link's target): the page's one main landmark. */
  readonly main: Locator;
  readonly nav: Locator;
  /**
   * "This site is not set up correctly": an alert with no name (its heading is not tied to
   * it), told apart from any other alert by its heading.
   */
  readonly configProblem: Locator;
  /**
   * The page painted before the app starts (`#loading-frame`): a plain div with no role or
   * name, so it is found by its id. It is gone once the app has taken the page over.
   */
  readonly loadingFrame: Locator;
  /**
   * boot.js's status line in the prerendered frame ("Getting the form ready…"): a status
   * with no name, found by its role within the frame. On the triage's prerendered forms it
   * is the frame's one status.
   */
  readonly bootStatus: Locator;
  /** The frame's heading of level 1 as it shows (hidden ones left out): its page's heading, or "Loading…". */
  readonly frameHeading: Locator;
  /** Every heading of level 1 in the frame, shown or hidden (the page's own, or index.html's home page). */
  readonly frameHeadings: Locator;
  /**
   * The frame's "Loading your saved answers…" line: a paragraph with no name, found by its
   * class within the frame.
   */
  readonly frameLoadingLine: Locator;
  /** The prerendered page's form: a form with no name has no role, so it is found by its tag. */
  readonly frameForm: Locator;
  /**
   * Without JavaScript, the force's contacts under "Who to contact" (xtask/src/noscript.rs):
   * a list with no name (the heading before it is not tied to it), so it is found by its id.
   */
  readonly forceContacts: Locator;

  constructor(readonly page: Page) {
    this.skipLink = page.getByRole("link", { name: "Skip to main content", exact: true });
    this.main = page.getByRole("main");
    this.nav = page.getByRole("navigation", { name: "Main" });
    this.configProblem = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "This site is not set up correctly", exact: true }) });
    this.loadingFrame = page.locator("#loading-frame");
    this.bootStatus = this.loadingFrame.getByRole("status");
    this.frameHeading = this.loadingFrame.getByRole("heading", { level: 1 });
    this.frameHeadings = this.loadingFrame.getByRole("heading", { level: 1, includeHidden: true });
    this.frameLoadingLine = this.loadingFrame.locator("p.loading");
    this.frameForm = this.loadingFrame.locator("form");
    this.forceContacts = page.locator("#force-contacts");
  }

  /** The frame's skip link (boot.js points it at this address when index.html is sent for another). */
  get frameSkipLink(): Locator {
    return this.loadingFrame.getByRole("link", { name: "Skip to main content", exact: true });
  }

  /**
   * A heading of level 1 in the frame's main content, shown or hidden, by its name (the
   * home page's heading, hidden when index.html is sent for another address).
   */
  frameMainHeading(name: string): Locator {
    return this.loadingFrame.getByRole("main").getByRole("heading", { level: 1, name, includeHidden: true });
  }
}
