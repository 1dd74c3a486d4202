// Reflow (WCAG 1.4.10): every route and the states that add content, at 320 CSS px wide
// and at 400% zoom of a 1280×1024 screen, never scroll sideways; only a table's own
// focusable region may scroll. axe-core runs in some of these narrow states.
import { test, expect, countFigure, expectNoAxeViolations, gotoApp } from "./fixtures";
import type { Page } from "@playwright/test";
import { expectReflows, reflowProblems } from "./a11y-support";

const SECTIONS = ["about-you", "investigation", "people", "respondent", "behaviour-and-risk", "existing-orders", "order-sought", "summary", "conditions", "victim-views"];

/** Every route of the router (src/ui/mod.rs); examples and modules are read from their lists. */
async function allRoutes(page: Page): Promise<string[]> {
  await gotoApp(page, "examples");
  const examples = await page.locator("#example-list a").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname.replace(/^.*\/(examples\/)/, "$1")));
  await gotoApp(page, "guidance");
  await expect(page.locator(".loading")).toHaveCount(0);
  const modules = await page.locator("main a[href*='guidance/']").evaluateAll((as) =>
    as.map((a) => new URL((a as HTMLAnchorElement).href).pathname.replace(/^.*\/(guidance\/)/, "$1")).filter((p) => !p.includes("#")),
  );
  expect(examples.length).toBeGreaterThanOrEqual(6);
  expect(modules.length).toBeGreaterThanOrEqual(10);
  return [
    "",
    "triage",
    ...SECTIONS.map((s) => `triage/${s}`),
    "triage/check-answers",
    "triage/confirmation",
    "conditions",
    "examples",
    ...examples,
    "examples/no-such-case",
    "guidance",
    ...new Set(modules),
    "guidance/glossary",
    "guidance/pathway",
    "guidance/search?q=order",
    "accessibility",
    "diagnostics",
    "no-such-page",
  ].filter((r, i, all) => all.indexOf(r) === i);
}

/** Open a triage section from the task list (client-side, keeping the answers). */
async function openSection(page: Page, slug: string) {
  await gotoApp(page, "triage");
  await page.locator(`a[href$="triage/${slug}"]`).first().click();
  await expect(page.locator("#save-and-continue")).toBeVisible();
}

const MODES = [
  // A phone-sized window: 320 CSS px is the width WCAG 1.4.10 names.
  { name: "320 px wide", viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  // A 1280×1024 screen zoomed to 400%: 320×256 CSS px drawn with 4 device pixels each.
  { name: "400% zoom of 1280×1024", viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 },
];

for (const mode of MODES) {
  test.describe(`at ${mode.name}`, () => {
    test.use({ viewport: mode.viewport, deviceScaleFactor: mode.deviceScaleFactor });

    test(`every route reflows without sideways scrolling (${mode.name})`, async ({ page }) => {
      test.setTimeout(600_000);
      const routes = await allRoutes(page);
      const problems: string[] = [];
      for (const route of routes) {
        await gotoApp(page, route);
        await expect(page.locator(".loading")).toHaveCount(0);
        const { overflow, wide } = await reflowProblems(page);
        if (overflow > 0 || wide.length > 0) problems.push(`/${route}: scrolls ${overflow}px; ${wide.join(", ")}`);
        // One address for the accessibility statement's figure, however many modes check it.
        countFigure("addresses", `/${route}`);
      }
      console.log(`reflow ${mode.name}: ${routes.length} routes checked`);
      expect(problems).toEqual([]);
    });

    test(`states that add content reflow too (${mode.name})`, async ({ page }) => {
      test.setTimeout(300_000);
      // The error summary and error messages.
      await openSection(page, "about-you");
      await page.locator("#save-and-continue").click();
      await expect(page.locator("#error-summary")).toBeFocused();
      await expectReflows(page, "about you with errors");
      if (mode.deviceScaleFactor === 1) await expectNoAxeViolations(page, "about you with errors at 320px");

      // Revealed questions, with a long unbroken reference typed in.
      await openSection(page, "investigation");
      await page.check("#investigation-substantive");
      await page.fill("#investigation-crime-reference-0", "24/123456/25-" + "X".repeat(60));
      await page.check("#investigation-bail");
      await expectReflows(page, "investigation with revealed questions");

      // "Add another" with three people.
      await openSection(page, "people");
      await page.fill("#people-0-name", "Sam Example");
      for (let n = 2; n <= 3; n++) {
        await page.locator("#add-person").click();
        await expect(page.locator(`#person-${n}`)).toBeVisible();
      }
      await expectReflows(page, "people with three people");
      if (mode.deviceScaleFactor === 4) await expectNoAxeViolations(page, "people with three people at 400% zoom");

      // The builder with conditions, their checks and the order text.
      await gotoApp(page, "conditions");
      for (const [words, name] of [
        ["contact", "Add condition: No contact with the protected person"],
        ["loiter", "Add condition: No waiting, loitering or parking outside a named place"],
      ]) {
        await page.fill("#conditions-add", words);
        await page.getByRole("button", { name, exact: true }).click();
      }
      await page.fill("#condition-2-slot-place", "Oakfield Park, Long Lane, Exampletown EX1 2AB");
      await expect(page.locator("#order-text")).toContainText("Oakfield Park");
      await expectReflows(page, "builder with two conditions");
      await expectNoAxeViolations(page, `builder with conditions at ${mode.name}`);

      // A guidance module with a wide table: the table scrolls in its region, the page does not.
      await gotoApp(page, "guidance/what-is-an-spo");
      const region = page.locator(".table-wrap[role=region]").first();
      await expect(region).toHaveAttribute("tabindex", "0");
      await expect(region).toHaveAttribute("aria-label", /^Table: /);
      await expectReflows(page, "module with a table");
      if (mode.deviceScaleFactor === 4) await expectNoAxeViolations(page, "module with a table at 400% zoom");

      // Diagnostics after the endpoint check, whose message names the origin and headers.
      await gotoApp(page, "diagnostics");
      await page.locator("#check-endpoint").click();
      await expect(page.locator("#endpoint-result")).not.toBeEmpty({ timeout: 30_000 });
      await expectReflows(page, "diagnostics after the endpoint check");
    });
  });
}
