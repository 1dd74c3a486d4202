// The skeleton every area stands on: routes under / and /spo/, titles, one h1, focus,
// keyboard navigation, a broken config, diagnostics and the development inbox.
import { test, expect, expectNewPageLoaded, expectNoAxeViolations, gotoApp, inboxFiles, reloadApp } from "./fixtures";
import * as fs from "fs";
import { randomUUID } from "crypto";
import { DiagnosticsPage } from "./pages/diagnostics-page";
import { SitePage } from "./pages/site-page";

const ROUTES: [string, string][] = [
  ["", "Stalking Protection Orders: triage and guidance"],
  ["triage", "SPO triage"],
  ["conditions", "Conditions builder"],
  ["examples", "Example conditions"],
  ["guidance", "Guidance"],
  ["accessibility", "Accessibility statement"],
  ["diagnostics", "Diagnostics"],
  ["no-such-page", "Page not found"],
];

test.describe("every route @both", () => {
  for (const [route, heading] of ROUTES) {
    test(`"/${route}" renders its page with one h1, a title and no axe violations @both`, async ({ page }) => {
      await gotoApp(page, route);
      await expect(page.locator("h1")).toHaveText(heading);
      await expect(page).toHaveTitle(/SPO triage and guidance – Exampleshire Police$/);
      await expect(page.locator(".site-header__force")).toHaveText("Exampleshire Police");
      await expect(page.locator("footer")).toContainText("OFFICIAL-SENSITIVE");
      await expect(page.locator("footer")).toContainText("Version 0.1.0");
      await expectNoAxeViolations(page, `/${route}`);
    });
  }

  test("every link in the frame carries the base path @both", async ({ page, baseURL }) => {
    await gotoApp(page, "");
    const base = new URL(baseURL!).pathname; // "/" or "/spo/"
    const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    const internal = hrefs.filter((h) => h.startsWith("/"));
    expect(internal.length).toBeGreaterThan(6);
    for (const h of internal) expect(h.startsWith(base), `${h} should start with ${base}`).toBeTruthy();
  });

  test("a deep link loads and reloads @both", async ({ page }) => {
    await gotoApp(page, "guidance");
    await reloadApp(page);
    await expect(page.locator("h1")).toHaveText("Guidance");
    await gotoApp(page, "diagnostics");
    await expect(new DiagnosticsPage(page).settings).toContainText("/api/submissions");
  });

  test("a link into another area loads its page; a link within an area moves focus to the new heading @both", async ({ page }) => {
    await gotoApp(page, "");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Guidance" }).click();
    await expect(page.locator("h1")).toHaveText("Guidance");
    await expectNewPageLoaded(page, /\/guidance$/);
    expect(await page.evaluate(() => (window as any).spoBoot?.area), "the guidance's own app").toBe("guidance");
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Guidance" })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "Triage form" })).not.toHaveAttribute("aria-current", "page");
    // Within the guidance: its own router, no page load, focus on the new heading.
    await page.evaluate(() => ((window as any).__samePage = true));
    await page.getByRole("main").getByRole("link", { name: "Glossary of terms", exact: true }).click();
    await expect(page.locator("h1")).toHaveText(/Glossary/);
    await expect(page.locator("h1")).toBeFocused();
    expect(await page.evaluate(() => (window as any).__samePage), "no page load within an area").toBe(true);
  });
});

test("every area is reached with the keyboard alone", async ({ page }) => {
  const site = new SitePage(page);
  await gotoApp(page, "");
  // The first Tab shows the skip link, which moves focus to the main content.
  await page.keyboard.press("Tab");
  await expect(site.skipLink).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(site.main).toBeFocused();
  for (const name of ["Triage form", "Conditions builder", "Example conditions", "Guidance"]) {
    await gotoApp(page, "");
    let reached = false;
    for (let i = 0; i < 15 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(
        (n) => document.activeElement?.closest("nav") !== null && document.activeElement?.textContent === n,
        name,
      );
    }
    expect(reached, `Tab reaches "${name}" in the navigation`).toBeTruthy();
    await page.keyboard.press("Enter");
    // Each is another area's page (src/domain/areas.rs), loaded in full.
    await expectNewPageLoaded(page, /\/(triage|conditions|examples|guidance)$/);
    await expect(page.locator("main")).not.toContainText("Page not found");
  }
});

test.describe("a broken config", () => {
  test("malformed JSON shows a message naming the problem, and the guidance stays usable", async ({ page }) => {
    await page.route("**/config.json", (r) => r.fulfill({ status: 200, contentType: "application/json", body: '{"force": ' }));
    await gotoApp(page, "");
    const banner = new SitePage(page).configProblem;
    await expect(banner).toContainText("This site is not set up correctly");
    await expect(banner).toContainText("config.json is not valid JSON (line 1, column 10)");
    await expectNoAxeViolations(page, "start page with a broken config");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Guidance" }).click();
    await expect(page.locator("h1")).toHaveText("Guidance");
  });

  test("an invalid setting is named", async ({ page }) => {
    const good = JSON.parse(fs.readFileSync("public/config.json", "utf8"));
    good.crime_reference.pattern = "[0-9{2}";
    good.endpoint.url = "ftp://files.example";
    await page.route("**/config.json", (r) => r.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(good) }));
    await gotoApp(page, "diagnostics");
    const banner = new SitePage(page).configProblem;
    await expect(banner).toContainText("endpoint.url \"ftp://files.example\" must start with https://");
    await expect(banner).toContainText("crime_reference.pattern is not a valid regular expression");
  });

  test("a missing config says it was not found", async ({ page }) => {
    await page.route("**/config.json", (r) => r.fulfill({ status: 404, body: "Not found" }));
    await gotoApp(page, "");
    await expect(new SitePage(page).configProblem).toContainText("config.json was not found");
  });
});

test("diagnostics shows the settings and checks the endpoint answers from this origin", async ({ page }) => {
  const diagnostics = new DiagnosticsPage(page);
  await gotoApp(page, "diagnostics");
  const settings = diagnostics.settings;
  await expect(settings).toContainText("Exampleshire Police");
  await expect(settings).toContainText("Stalking and Harassment Unit");
  await expect(settings).toContainText("deleted after 72 hours");
  await diagnostics.checkEndpoint.click();
  await expect(diagnostics.endpointResult).toContainText("Reached.");
  await expect(diagnostics.endpointResult).toContainText("HTTP status 204");
  await expectNoAxeViolations(page, "diagnostics after the endpoint check");
});

test.describe("the development inbox", () => {
  const sample = () => JSON.parse(fs.readFileSync(process.env.SPO_SAMPLE_PAYLOAD ?? "target/e2e/sample-payload.json", "utf8"));

  test("stores a posted body once when it is posted twice with the same id", async ({ request, baseURL }) => {
    const body = sample();
    body.submission_id = randomUUID();
    const api = new URL("/api/submissions", baseURL).toString();
    const first = await request.post(api, { data: body });
    expect(first.status()).toBe(201);
    expect(await first.json()).toMatchObject({ reference: body.reference, submission_id: body.submission_id });
    const second = await request.post(api, { data: body });
    expect(second.status()).toBe(200);
    expect(await second.json()).toMatchObject({ reference: body.reference, duplicate: true });
    const stored = inboxFiles(baseURL).filter((f) => f.endsWith(`${body.submission_id}.json`));
    expect(stored).toHaveLength(1);
    expect(JSON.parse(fs.readFileSync(stored[0], "utf8"))).toEqual(body);
  });

  test("refuses a body that is not JSON, or does not match the schema, with a JSON message", async ({ request, baseURL }) => {
    const api = new URL("/api/submissions", baseURL).toString();
    const before = inboxFiles(baseURL).length;
    const notJson = await request.post(api, { data: Buffer.from("this is not json"), headers: { "Content-Type": "application/json" } });
    expect(notJson.status()).toBe(400);
    expect((await notJson.json()).error).toContain("not valid JSON");
    const body = sample();
    body.submission_id = randomUUID();
    delete body.reference;
    const wrong = await request.post(api, { data: body });
    expect(wrong.status()).toBe(400);
    const answer = await wrong.json();
    expect(answer.error).toBe("The body does not match the payload schema");
    expect(answer.details.join(" ")).toContain("reference");
    expect(inboxFiles(baseURL).length).toBe(before);
  });
});
