// Configuring a built site needs no toolchain (issue #15): `cargo xtask test` copies the
// built site and edits only its config.json (a new force name, a support phone number,
// an endpoint on another origin), as force IT would with a text editor, and serves it
// from a server that sends no headers of its own. The pages must show the new settings
// before and after the app starts, and the triage must reach the new endpoint.
import { test, expect, appStarted, expectNoAxeViolations, gotoApp, inboxFiles } from "./fixtures";
import type { Route } from "@playwright/test";
import { TriagePage } from "./pages/triage-page";
import { openCompleteTriage } from "./faults-support";
import * as fs from "fs";

// As written by xtask/src/test.rs (EDITED_FORCE, EDITED_ENDPOINT, EDITED_SUPPORT_PHONE).
const FORCE = "Testshire Constabulary";
const ENDPOINT = "https://intake.testshire.example/api/submissions";
const SUPPORT_PHONE = "01632 960 999";
const EDITED = process.env.SPO_EDITED_URL ?? "http://127.0.0.1:8082/";
const ROOT = process.env.SPO_ROOT_URL ?? "http://127.0.0.1:8080/";
const BUILT_FORCE = JSON.parse(fs.readFileSync("public/config.json", "utf8")).force.name;

test.use({ baseURL: EDITED, allowedOrigins: [ENDPOINT] });

test("a prerendered page shows the edited force name and contacts before the app starts", async ({ page }) => {
  await page.goto("guidance");
  await page.waitForLoadState("load");
  await expect(page.locator("html")).toHaveAttribute("data-prerendered", "guidance");
  const force = page.locator("#loading-frame .site-header__force");
  await expect(force).toHaveText(FORCE);
  await expect(page).toHaveTitle(new RegExp(`– ${FORCE}$`));
  expect(await page.evaluate(() => (window as any).spoBoot.started), "the app has not been fetched yet").toBe(false);
  // The contacts shown if the app cannot start come from the edited file too.
  const contacts = await page.evaluate(() => (document.getElementById("contacts-template") as HTMLTemplateElement).content.textContent);
  expect(contacts).toContain(`phone ${SUPPORT_PHONE}`);
  await expect(page.locator("body")).not.toContainText(BUILT_FORCE);
  await expectNoAxeViolations(page, "edited config: prerendered page before the app");
  await appStarted(page);
  await expect(page.locator(".site-header__force")).toHaveText(FORCE);
  await expect(page).toHaveTitle(new RegExp(`– ${FORCE}$`));
});

test("the triage reaches an endpoint on another origin named only in the edited config.json", async ({ page }) => {
  const received: string[] = [];
  // The endpoint on another origin: it answers CORS as a Power Automate trigger does,
  // and hands the body to the development inbox so the payload is checked and stored.
  await page.route(`${new URL(ENDPOINT).origin}/**`, async (route: Route) => {
    const cors = { "access-control-allow-origin": new URL(EDITED).origin, "access-control-allow-headers": "Content-Type", "access-control-allow-methods": "POST, OPTIONS" };
    if (route.request().method() === "OPTIONS") return route.fulfill({ status: 204, headers: cors });
    received.push(route.request().postData() ?? "");
    const answer = await route.fetch({ url: new URL("api/submissions", ROOT).href });
    return route.fulfill({ status: answer.status(), headers: { ...cors, "content-type": "application/json" }, body: await answer.text() });
  });
  await openCompleteTriage(page);
  await expect(page.locator(".site-header__force")).toHaveText(FORCE);
  await new TriagePage(page).sendButton.click();
  await expect(page.locator("h1")).toHaveText("Triage sent", { timeout: 30_000 });
  const reference = (await new TriagePage(page).reference.textContent())!.trim();
  expect(received.length).toBe(1);
  const payload = JSON.parse(received[0]);
  expect(payload.reference).toBe(reference);
  expect(payload.force).toBe(FORCE);
  expect(payload.notification.subject).toContain(`from ${FORCE}`);
  const stored = inboxFiles(ROOT).map((f) => JSON.parse(fs.readFileSync(f, "utf8"))).filter((p) => p.reference === reference);
  expect(stored.length, "the receiver stored it once").toBe(1);
  await gotoApp(page, "diagnostics");
  await expect(page.locator("#diagnostics-settings")).toContainText(ENDPOINT);
});
