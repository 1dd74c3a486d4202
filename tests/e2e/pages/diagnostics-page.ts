// The diagnostics page for force IT (/diagnostics, src/pages/diagnostics.rs) as they find
// its parts: by role and name; where a part has no accessible name, by its id, and the
// comment says so.
import type { Locator, Page } from "@playwright/test";

export class DiagnosticsPage {
  /**
   * The settings read from config.json: a description list with no role or name (it
   * follows the heading "Settings (config.json)" but is not tied to it), so it is found by
   * its id.
   */
  readonly settings: Locator;
  readonly checkEndpoint: Locator;
  /** What the endpoint check found: the page's one status, with no name. */
  readonly endpointResult: Locator;

  constructor(readonly page: Page) {
    this.settings = page.locator("#diagnostics-settings");
    this.checkEndpoint = page.getByRole("button", { name: "Check the endpoint", exact: true });
    this.endpointResult = page.getByRole("main").getByRole("status");
  }
}
