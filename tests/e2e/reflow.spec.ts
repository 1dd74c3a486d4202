// Reflow (WCAG 1.4.10): every route and the states that add content, at 320 CSS px wide
// and at 400% zoom of a 1280×1024 screen, never scroll sideways; only a table's own
// focusable region may scroll. axe-core runs in some of these narrow states.
import { test, expect, countFigure, expectNoAxeViolations, gotoApp } from "./fixtures";
import type { Page } from "@playwright/test";
import { expectReflows, reflowProblems } from "./a11y-support";
import { BuilderPage } from "./pages/builder-page";
import { DiagnosticsPage } from "./pages/diagnostics-page";
import { ExamplesPage } from "./pages/examples-page";
import { GuidancePage } from "./pages/guidance-page";
import { TriagePage } from "./pages/triage-page";

const SECTIONS = ["about-you", "investigation", "people", "respondent", "chronology", "behaviour-and-risk", "existing-orders", "order-sought", "summary", "conditions", "victim-views"];

/** Every route of the router (src/ui/mod.rs); examples and modules are read from their lists. */
async function allRoutes(page: Page): Promise<string[]> {
  // The address of each link, from the area's name on ("examples/…", "guidance/…").
  const path = (as: Element[], area: string) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname.replace(new RegExp(`^.*/(${area}/)`), "$1"));
  const examplesPage = new ExamplesPage(page);
  await examplesPage.openList();
  const examples = await examplesPage.caseLinks.evaluateAll(path, "examples");
  const guidance = new GuidancePage(page);
  await guidance.openContents();
  await expect(guidance.modules.first()).toBeVisible();
  const modules = await guidance.modules.getByRole("link").evaluateAll(path, "guidance");
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
    ...modules,
    "guidance/pathway",
    "guidance/glossary",
    "guidance/search",
    "guidance/search?q=order",
    "review",
    "review/answer",
    "pack",
    "pack/court",
    "accessibility",
    "diagnostics",
    "no-such-page",
  ].filter((r, i, all) => all.indexOf(r) === i);
}

/** Open a triage section from the task list (client-side, keeping the answers). */
async function openSection(page: Page, slug: string) {
  const triage = new TriagePage(page);
  await triage.openSection(slug);
  await expect(triage.saveAndContinueButton).toBeVisible();
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
      const triage = new TriagePage(page);
      await openSection(page, "about-you");
      await triage.saveAndContinueButton.click();
      await expect(triage.errorSummary).toBeFocused();
      await expectReflows(page, "about you with errors");
      if (mode.deviceScaleFactor === 1) await expectNoAxeViolations(page, "about you with errors at 320px");

      // Revealed questions, with a long unbroken reference typed in.
      await openSection(page, "investigation");
      await triage.radio("Is there a substantive criminal investigation?", "Yes").check();
      await triage.textBox("Crime reference 1").fill("24/123456/25-" + "X".repeat(60));
      await triage.radio("Is the respondent on bail?", "Yes").check();
      await expectReflows(page, "investigation with revealed questions");

      // "Add another" with three people.
      await openSection(page, "people");
      await triage.group("Person 1").getByLabel("Full name", { exact: true }).fill("Sam Example");
      for (let n = 2; n <= 3; n++) {
        await triage.button("Add another person").click();
        await expect(triage.group(`Person ${n}`)).toBeVisible();
      }
      await expectReflows(page, "people with three people");
      if (mode.deviceScaleFactor === 4) await expectNoAxeViolations(page, "people with three people at 400% zoom");

      // The builder with conditions, their checks and the order text.
      const builder = new BuilderPage(page);
      await builder.open();
      await builder.add("contact", "No contact with the protected person");
      await builder.add("loiter", "No waiting, loitering or parking outside a named place");
      await builder.condition(2).slot("Name of the place").fill("Oakfield Park, Long Lane, Exampletown EX1 2AB");
      await expect(builder.orderText).toContainText("Oakfield Park");
      await expectReflows(page, "builder with two conditions");
      await expectNoAxeViolations(page, `builder with conditions at ${mode.name}`);

      // A guidance module with a wide table: the table scrolls in its region, the page does not.
      const guidance = new GuidancePage(page);
      await gotoApp(page, "guidance/what-is-an-spo");
      const region = guidance.tableRegions.first();
      await expect(region).toHaveAttribute("tabindex", "0");
      await expectReflows(page, "module with a table");
      if (mode.deviceScaleFactor === 4) await expectNoAxeViolations(page, "module with a table at 400% zoom");

      // Diagnostics after the endpoint check, whose message names the origin and headers.
      const diagnostics = new DiagnosticsPage(page);
      await gotoApp(page, "diagnostics");
      await diagnostics.checkEndpoint.click();
      await expect(diagnostics.endpointResult).not.toBeEmpty({ timeout: 30_000 });
      await expectReflows(page, "diagnostics after the endpoint check");
    });
  });
}
