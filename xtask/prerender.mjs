// Run by xtask/src/prerender.rs during the build: opens the built site in Debian's
// Chromium, follows the app's own links from the home page, and records for each page
// worth prerendering what the app drew (the <body> it mounted) and its title, once the
// page has settled. Writes a JSON list to the file named by the second argument.
//   node xtask/prerender.mjs http://127.0.0.1:PORT/BASE/ OUT.json
// Pages that depend on what the officer has done (check answers, confirmation), on
// the deployment (diagnostics) or on a query (search), and the conditions builder
// (its state lives in the browser) are not followed: they start as before.
import fs from "node:fs";
import { chromium } from "playwright-core";

const [base, out] = process.argv.slice(2);
if (!base || !out) throw new Error("usage: node xtask/prerender.mjs BASE_URL OUT.json");
const flags = JSON.parse(fs.readFileSync(new URL("../chromium-flags.json", import.meta.url), "utf8"));
const SKIP = [/^triage\/(check-answers|confirmation)$/, /^conditions/, /^diagnostics$/, /^guidance\/search/];
const LIMIT = 200;

/** The route of a same-site URL under the base, or null. */
function routeOf(href) {
  let url;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (url.origin !== new URL(base).origin || !url.pathname.startsWith(new URL(base).pathname)) return null;
  const route = url.pathname.slice(new URL(base).pathname.length).replace(/\/+$/, "");
  if (/\.[a-z0-9]+$/i.test(route) || SKIP.some((r) => r.test(route))) return null;
  return route;
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: flags });
const results = [];
const seen = new Set([""]);
const queue = [""];
try {
  while (queue.length > 0 && results.length < LIMIT) {
    const batch = queue.splice(0, 4);
    const pages = await Promise.all(batch.map((route) => attempt(route)));
    for (const page of pages) {
      if (!page) continue;
      results.push(page);
      for (const link of page.links) {
        const route = routeOf(link);
        if (route !== null && !seen.has(route)) {
          seen.add(route);
          queue.push(route);
        }
      }
    }
  }
} finally {
  await browser.close();
}
fs.writeFileSync(out, JSON.stringify(results.map(({ links, ...rest }) => rest)));
console.log(`prerender: ${results.length} pages`);

/**
 * A page that fails is tried twice more, then left out with a warning: the site works
 * without it (that address gets index.html and waits for the app), and a failure the
 * app really has is for the end-to-end tests to catch, with their messages.
 */
async function attempt(route) {
  for (let tries = 1; ; tries++) {
    try {
      return await snapshot(route);
    } catch (e) {
      console.error(`prerender: ${route}: try ${tries} failed: ${e.message}`);
      if (tries === 3) {
        console.error(`prerender: warning: ${route || "home"} is not prerendered`);
        return null;
      }
    }
  }
}

async function snapshot(route) {
  // A fresh profile for each page: nothing one page saves (guidance progress) shows on another.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && m.text().startsWith("The app stopped") && errors.push(m.text()));
  page.on("response", (r) => r.status() >= 400 && !r.url().endsWith("/favicon.ico") && errors.push(`${r.url()}: HTTP ${r.status()}`));
  page.on("requestfailed", (r) => errors.push(`${r.url()}: ${r.failure()?.errorText}`));
  try {
    const response = await page.goto(new URL(route, base).href);
    if (!response || !response.ok()) throw new Error(`${route}: HTTP ${response?.status()}`);
    // An uncaught error (a failed start) ends the wait at once.
    const crashed = new Promise((_, reject) => page.on("pageerror", (e) => reject(e)));
    crashed.catch(() => {}); // a later error is reported through `errors`
    await Promise.race([page.waitForFunction(() => !document.getElementById("loading-frame") && document.querySelector("main h1"), null, { timeout: 60_000 }), crashed])
      .catch(async (e) => {
        const body = await page.evaluate(() => document.body.innerText.slice(0, 300)).catch(() => "");
        throw new Error(`${route}: the app did not start (${errors.join("; ") || e.message}); the page shows: ${body}`);
      });
    await page.waitForLoadState("networkidle");
    // Content fetched after the route (a guidance module) replaces its loading line.
    await page.waitForFunction(() => !document.querySelector("main [aria-busy=true], main .loading"), null, { timeout: 30_000 });
    if (errors.length) throw new Error(`${route}: ${errors.join("; ")}`);
    return await page.evaluate((route) => {
      const parts = [...document.body.children].filter((el) => !["SCRIPT", "TEMPLATE", "NOSCRIPT"].includes(el.tagName));
      const links = [...document.querySelectorAll("a[href]")].map((a) => a.href);
      const notFound = /not found/i.test(document.querySelector("main h1")?.textContent ?? "");
      return notFound ? null : { route, title: document.title, body: parts.map((el) => el.outerHTML).join("\n"), links };
    }, route);
  } finally {
    await context.close();
  }
}
