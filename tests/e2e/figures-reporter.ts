// A reporter that compares the accessibility statement's figures with what the tests
// counted (tests/e2e/figures.ts), after every worker has finished. It compares only
// after a full run that passed: `cargo xtask test` sets SPO_FULL_SUITE=1 when no
// arguments were passed to Playwright (no --grep, no files), and a failed or subset run
// counts less than the suite checks. A difference fails the run, unless
// SPO_UPDATE_FIGURES=1, which rewrites the file instead.
import type { FullResult, Reporter } from "@playwright/test/reporter";
import * as fs from "fs";
import * as path from "path";
import { FIGURES_FILE, UPDATE_COMMAND, countsDir, differences, readFigures, tally, writeFigures } from "./figures";

export default class FiguresReporter implements Reporter {
  onBegin() {
    // Counts from an earlier run must not be added to this one's.
    fs.rmSync(countsDir(), { recursive: true, force: true });
  }

  onEnd(result: FullResult): { status: FullResult["status"] } | undefined {
    const file = path.relative(process.cwd(), FIGURES_FILE);
    if (process.env.SPO_FULL_SUITE !== "1") {
      console.log(`figures: not compared with ${file} (only a full run of the suite counts them all)`);
      return;
    }
    if (result.status !== "passed") {
      console.log(`figures: not compared with ${file}, as the run did not pass`);
      return;
    }
    const counted = tally();
    const written = readFigures();
    const diffs = differences(written, counted);
    const summary = `${counted.axeStates} page states checked with axe-core, ${counted.focusStops} focus stops, ${counted.addresses} addresses`;
    if (diffs.length === 0) {
      console.log(`figures: ${file} matches the tests: ${summary}`);
      return;
    }
    if (process.env.SPO_UPDATE_FIGURES === "1") {
      writeFigures(counted);
      console.log(`figures: rewrote ${file} (${diffs.join("; ")}); the next build shows them in the statement`);
      return;
    }
    console.error(
      `figures: the accessibility statement's figures in ${file} differ from what the tests checked:\n  ${diffs.join("\n  ")}\n` +
        `If the tests changed on purpose, rerun with \`${UPDATE_COMMAND}\` to rewrite the file, and commit it.`,
    );
    return { status: "failed" };
  }

  printsToStdio() {
    return false;
  }
}
