// End-to-end tests in Debian's Chromium. `cargo xtask test` builds the site twice
// (at / and under /spo/), starts the dev server for each and sets these variables.
import { defineConfig } from "@playwright/test";
import * as fs from "fs";
import * as path from "path";

const rootUrl = process.env.SPO_ROOT_URL ?? "http://127.0.0.1:8080/";
const subUrl = process.env.SPO_SUB_URL ?? "http://127.0.0.1:8081/spo/";

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  // On CI (CI=true), one retry: a test that fails once under load and then passes is
  // listed as flaky in the report rather than stopping the landing; failing twice fails.
  // Locally none, so a flaky test shows at once.
  retries: process.env.CI ? 1 : 0,
  outputDir: process.env.SPO_TEST_OUTPUT ?? "target/e2e/test-output",
  // The figures reporter compares the accessibility statement's figures with what a
  // full run counted (tests/e2e/figures.ts).
  reporter: [["list"], ["json", { outputFile: process.env.SPO_RESULTS_JSON ?? "target/e2e/results.json" }], ["./tests/e2e/figures-reporter.ts"]],
  use: {
    // Chromium flags from toolchain.md: without the networking ones, its background
    // connections are refused many times over on these machines.
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: JSON.parse(fs.readFileSync(path.join(__dirname, "chromium-flags.json"), "utf8")),
    },
    trace: "off",
  },
  projects: [
    { name: "root", use: { baseURL: rootUrl } },
    // Under /spo/ only the tests tagged @both run: routes, links, deep links, axe.
    { name: "subpath", use: { baseURL: subUrl }, grep: /@both/ },
  ],
});
