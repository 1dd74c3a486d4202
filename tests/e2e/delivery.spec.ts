// What legal services and the stalking unit receive (issue #15): the ready-made message
// in every payload, the development inbox's readable copies, email delivery for a force
// with no endpoint, and the email offered when sending fails.
import { test, expect, expectNoAxeViolations, gotoApp, inboxDir } from "./fixtures";
import type { Page } from "@playwright/test";
import { openCompleteTriage, storedCount } from "./faults-support";
import { TriagePage } from "./pages/triage-page";
import { FaultsPage } from "./pages/faults-page";
import { DeliveryPage } from "./pages/delivery-page";
import { part, readEml } from "./eml-support";
import * as fs from "fs";
import * as path from "path";

const CONFIG = JSON.parse(fs.readFileSync("public/config.json", "utf8"));
const ADDRESSES = [CONFIG.contacts.legal_services.email, CONFIG.contacts.stalking_unit.email];

/** The fixture case's summary's first words, as the message must show them. */
const SUMMARY_START = "Sam Example ended a two-year relationship with Chris Fictional";

/** config.json as a force without an endpoint writes it. */
async function useEmailDelivery(page: Page) {
  const config = JSON.parse(JSON.stringify(CONFIG));
  config.delivery = "email";
  delete config.endpoint;
  await page.route("**/config.json", (r) => r.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(config) }));
}

/** The email's checks: a draft for Outlook, addressed to both, the reference in the subject, the JSON attached. */
async function expectTheEmail(download: import("@playwright/test").Download, reference: string) {
  expect(download.suggestedFilename()).toBe(`${reference}.eml`);
  const eml = await readEml(download);
  expect(eml.headers.get("x-unsent")).toBe("1");
  expect(eml.headers.get("to")).toBe(ADDRESSES.join(", "));
  expect(eml.headers.get("subject")).toBe(`SPO triage ${reference} from ${CONFIG.force.name} [${CONFIG.protective_marking}]`);
  expect(eml.headers.get("subject")).not.toContain("Sam Example");
  expect(part(eml, "text/plain").body.toString("utf8")).toContain(SUMMARY_START);
  expect(part(eml, "text/html").body.toString("utf8")).toContain(SUMMARY_START);
  const json = part(eml, "application/json");
  expect(json.headers.get("content-disposition")).toBe(`attachment; filename="${reference}.json"`);
  const payload = JSON.parse(json.body.toString("utf8"));
  expect(payload.reference).toBe(reference);
  expect(payload.notification.subject).toBe(eml.headers.get("subject"));
  return payload;
}

test("a sent triage carries its message, and the inbox stores it as a page that fetches nothing", async ({ page, baseURL, context }) => {
  await openCompleteTriage(page);
  const triage = new TriagePage(page);
  await triage.sendButton.click();
  await expect(page.locator("h1")).toHaveText("Triage sent", { timeout: 30_000 });
  const reference = (await triage.reference.textContent())!.trim();

  // The payload as received: the four parts of the message, built from the answers.
  const dir = inboxDir(baseURL);
  const stored = fs.readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"))).find((p) => p.reference === reference);
  expect(stored, "the inbox stored the triage").toBeTruthy();
  const n = stored.notification;
  expect(n.subject).toBe(`SPO triage ${reference} from ${CONFIG.force.name} [${CONFIG.protective_marking}]`);
  expect(n.text.split("\n")[0]).toBe(CONFIG.protective_marking);
  expect(n.text).toContain(`Reference: ${reference}`);
  expect(n.card.type).toBe("AdaptiveCard");
  expect(n.card.version).toBe("1.4");
  expect(JSON.stringify(n.card)).not.toContain("Sam Example");
  expect(fs.existsSync(path.join(dir, `${stored.submission_id}.html`)), "the message beside the JSON").toBe(true);
  expect(fs.existsSync(path.join(dir, `${stored.submission_id}.eml`)), "the email beside the JSON").toBe(true);

  // The inbox's list, then the message as legal services would open it.
  const delivery = new DeliveryPage(page);
  await page.goto(new URL("/inbox/", baseURL).href);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Development inbox");
  await expect(delivery.inboxTable).toContainText(reference);
  await expectNoAxeViolations(page, "development inbox list");

  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await delivery.inboxLink("Message", reference).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Stalking Protection Order triage ${reference}`);
  await expect(page.locator("body")).toContainText(SUMMARY_START);
  await expect(page.locator("body")).toContainText(CONFIG.protective_marking);
  await expect(page.getByRole("rowheader", { name: "Reference", exact: true })).toBeVisible();
  await expect(page.getByRole("listitem").first()).toContainText("Contact or attempt to contact Sam Example");
  await page.waitForLoadState("load");
  expect(requests, "the message fetches nothing beyond itself").toEqual([page.url()]);
  await expectNoAxeViolations(page, "stored HTML message");

  // And the email the inbox wrote opens as a draft to both addresses.
  await page.goBack();
  const [download] = await Promise.all([page.waitForEvent("download"), delivery.inboxLink("Email (.eml)", reference).click()]);
  await expectTheEmail(download, reference);
  void context;
});

test("with email delivery, the form makes the email, says nothing is sent yet, and keeps the answers until told", async ({ page, baseURL }) => {
  await useEmailDelivery(page);
  await openCompleteTriage(page);
  const triage = new TriagePage(page);
  await expect(page.getByText("This force takes triages by email")).toBeVisible();
  await expect(triage.sendButton).toHaveText("Make the email to send");
  const [download] = await Promise.all([page.waitForEvent("download"), triage.sendButton.click()]);
  await expect(page.locator("h1")).toHaveText("Send the email to finish");
  const delivery = new DeliveryPage(page);
  await expect(delivery.notYetSent).toContainText("Your triage has not been sent yet.");
  const reference = (await triage.reference.textContent())!.trim();
  const payload = await expectTheEmail(download, reference);
  expect(payload.respondent.name).toBe("Chris Fictional");
  expect(storedCount(baseURL, reference), "nothing was posted anywhere").toBe(0);
  await expect(page.getByRole("main")).toContainText(ADDRESSES.join(" and "));
  await expectNoAxeViolations(page, "email delivery: not yet sent");

  // The answers are kept until the officer says the email has gone.
  expect(await page.evaluate(() => localStorage.getItem("spo-triage-draft"))).not.toBeNull();
  const [again] = await Promise.all([page.waitForEvent("download"), delivery.downloadAgain.click()]);
  await expectTheEmail(again, reference);
  await delivery.emailSent.click();
  await expect(delivery.answersRemoved).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("spo-triage-draft"))).toBeNull();
  await expectNoAxeViolations(page, "email delivery: answers removed");
});

test("when sending fails, the same triage is offered as an email to send", async ({ page }) => {
  await openCompleteTriage(page);
  await page.route("**/api/submissions", (r) => r.fulfill({ status: 503, contentType: "application/json", body: '{"error":"down"}' }));
  const triage = new TriagePage(page);
  const faults = new FaultsPage(page);
  await triage.sendButton.click();
  await expect(faults.sendFailed).toContainText("error 503");
  const reference = JSON.parse((await page.evaluate(() => localStorage.getItem("spo-triage-pending")))!).reference;
  const [download] = await Promise.all([page.waitForEvent("download"), faults.downloadEmail.click()]);
  await expectTheEmail(download, reference);
  await expect(page.locator("h1")).toHaveText("Check your answers before sending");
  await expectNoAxeViolations(page, "send failed, email offered");
});

test("diagnostics says where submissions go: the endpoint, or email and its addresses", async ({ page }) => {
  await gotoApp(page, "diagnostics");
  const settings = page.locator("#diagnostics-settings");
  await expect(settings).toContainText("Sent to the endpoint (endpoint.url)");
  await expect(settings.getByText("Review endpoint (advice)", { exact: true })).toBeVisible();
  await expect(settings.getByText("/api/advice (credentials not sent, timeout 20 seconds)", { exact: true })).toBeVisible();
  await useEmailDelivery(page);
  await gotoApp(page, "diagnostics");
  await expect(settings).toContainText(`An email the officer sends: the form makes it, addressed to legal services and the stalking unit: ${ADDRESSES.join(", ")}`);
  await expect(page.getByRole("button", { name: "Check the endpoint" })).toHaveCount(0);
  await expectNoAxeViolations(page, "diagnostics with email delivery");
});
