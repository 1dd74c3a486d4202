// Forced colours (Windows high contrast) and reduced motion. In forced colours the
// browser replaces author colours with system colours and drops box shadows, so focus,
// controls, errors and status must show with outlines, borders or text, never with a
// background colour or shadow alone.
import { test, expect, gotoApp } from "./fixtures";
import type { Page } from "@playwright/test";
import { expectFocusVisible, tabTo } from "./a11y-support";
import { readFigures } from "./figures";

/** The system colour CanvasText as the browser computes it. */
async function canvasText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const probe = document.createElement("span");
    probe.style.color = "CanvasText";
    document.body.append(probe);
    const c = getComputedStyle(probe).color;
    probe.remove();
    return c;
  });
}

type Edge = { selector: string; count: number; problems: string[] };

/** Every element matching `selector` has a visible border on `sides` in a non-transparent colour. */
async function bordersShow(page: Page, selector: string, sides: ("Top" | "Left")[], minWidth = 1): Promise<Edge> {
  return page.evaluate(
    ({ selector, sides, minWidth }) => {
      const problems: string[] = [];
      const els = Array.from(document.querySelectorAll<HTMLElement>(selector));
      for (const el of els) {
        const s = getComputedStyle(el) as any;
        if (s.forcedColorAdjust === "none") problems.push(`${selector}: forced-color-adjust none`);
        for (const side of sides) {
          const style = s[`border${side}Style`];
          const width = parseFloat(s[`border${side}Width`]);
          const colour = s[`border${side}Color`];
          if (style === "none" || style === "hidden" || width < minWidth || colour === "transparent" || /^rgba\(.*,\s*0\)$/.test(colour)) {
            problems.push(`${selector} "${(el.textContent || "").trim().slice(0, 30)}": ${side} border ${style} ${width}px ${colour}`);
          }
        }
      }
      return { selector, count: els.length, problems };
    },
    { selector, sides, minWidth },
  );
}

test.describe("forced colours (high contrast)", () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ forcedColors: "active" });
  });

  test("the forced-colours rules apply: header, marking and buttons get system-colour borders", async ({ page }) => {
    await gotoApp(page, "");
    expect(await page.evaluate(() => matchMedia("(forced-colors: active)").matches)).toBeTruthy();
    const system = await canvasText(page);
    const marking = await page.locator(".marking").first().evaluate((el) => getComputedStyle(el).borderTopColor);
    expect(marking).toBe(system);
  });

  test("focus stays visible on links, buttons, fields, radios and checkboxes", async ({ page }) => {
    test.setTimeout(180_000);
    // Links and the skip link on the home page.
    await gotoApp(page, "");
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press("Tab");
      await expectFocusVisible(page, `home page, stop ${i + 1}, forced colours`);
    }
    // Text boxes, radios, checkboxes and the button on a section.
    await gotoApp(page, "triage/investigation");
    await tabTo(page, "input[type=radio]");
    // "Yes" reveals the offences, as checkboxes.
    await page.keyboard.press("Space");
    await tabTo(page, "input[type=checkbox]");
    await tabTo(page, "#save-and-continue");
    await gotoApp(page, "triage/about-you");
    await tabTo(page, "#about-name");
    // The guidance's summary (details) and a table's scroll region.
    await gotoApp(page, "guidance/what-is-an-spo");
    await tabTo(page, page.getByRole("region", { name: /^Table: / }).first());
  });

  test("radios and checkboxes keep their own system drawing", async ({ page }) => {
    await gotoApp(page, "triage/investigation");
    // "Yes" reveals the offences (checkboxes) and the stage and bail questions (radios).
    await page.getByRole("group", { name: "Is there a substantive criminal investigation?" }).getByRole("radio", { name: "Yes", exact: true }).check();
    const controls = await page.locator("input[type=radio], input[type=checkbox]").evaluateAll((els) =>
      els.map((el) => {
        const s = getComputedStyle(el) as any;
        const r = el.getBoundingClientRect();
        return { id: el.id, adjust: s.forcedColorAdjust, appearance: s.appearance, size: Math.min(r.width, r.height) };
      }),
    );
    expect(controls.length).toBeGreaterThan(3);
    for (const c of controls) {
      expect(c.adjust, `#${c.id}`).not.toBe("none");
      expect(c.appearance, `#${c.id} draws as a native control`).not.toBe("none");
      expect(c.size, `#${c.id} size`).toBeGreaterThanOrEqual(16);
    }
  });

  test("errors show with borders and text, not colour alone", async ({ page }) => {
    await gotoApp(page, "triage/about-you");
    await page.locator("#save-and-continue").click();
    await expect(page.locator("#error-summary")).toBeFocused();
    const system = await canvasText(page);
    for (const edge of [
      await bordersShow(page, ".error-summary", ["Top", "Left"], 3),
      await bordersShow(page, ".form-group--error", ["Left"], 3),
      await bordersShow(page, ".input--error", ["Top", "Left"], 2),
    ]) {
      expect(edge.count, `${edge.selector} present`).toBeGreaterThan(0);
      expect(edge.problems).toEqual([]);
    }
    // The colour is the system text colour: the border shows on any theme.
    expect(await page.locator(".error-summary").evaluate((el) => getComputedStyle(el).borderTopColor)).toBe(system);
    // Each error message starts with the word "Error", so it does not rely on red.
    const messages = await page.locator(".error-message").allTextContents();
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m.trim()).toMatch(/^Error:/);
  });

  test("the task list's status tags and the buttons have borders, not only a background", async ({ page }) => {
    await gotoApp(page, "triage");
    await expect(page.locator(".task-list .tag").first()).toBeVisible();
    for (const edge of [await bordersShow(page, ".task-list .tag", ["Top", "Left"], 1), await bordersShow(page, ".button", ["Top", "Left"], 1)]) {
      expect(edge.count, `${edge.selector} present`).toBeGreaterThan(0);
      expect(edge.problems).toEqual([]);
    }
    // The guidance's progress tags too.
    await gotoApp(page, "guidance");
    await expect(page.locator(".status-tag").first()).toBeVisible();
    const tags = await bordersShow(page, ".status-tag", ["Top", "Left"], 1);
    expect(tags.count).toBeGreaterThan(5);
    expect(tags.problems).toEqual([]);
    await gotoApp(page, "conditions");
    const buttons = await bordersShow(page, ".button", ["Top", "Left"], 1);
    expect(buttons.count).toBeGreaterThan(3);
    expect(buttons.problems).toEqual([]);
  });
});

test.describe("reduced motion", () => {
  test("with reduced motion nothing animates, transitions or scrolls smoothly", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    const moving: string[] = [];
    for (const route of ["", "triage/investigation", "conditions", "guidance/what-is-an-spo", "guidance/pathway", "examples"]) {
      await gotoApp(page, route);
      await expect(page.locator(".loading")).toHaveCount(0);
      moving.push(
        ...(await page.evaluate((route) => {
          const found: string[] = [];
          const seconds = (v: string) => Math.max(...v.split(",").map((t) => (t.trim().endsWith("ms") ? parseFloat(t) / 1000 : parseFloat(t))));
          for (const el of Array.from(document.querySelectorAll("*"))) {
            for (const pseudo of [null, "::before", "::after"]) {
              const s = getComputedStyle(el, pseudo);
              if (seconds(s.transitionDuration) > 0.01 || (s.animationName !== "none" && seconds(s.animationDuration) > 0.01)) {
                found.push(`/${route} ${el.tagName.toLowerCase()}${pseudo ?? ""}.${el.className}: transition ${s.transitionDuration}, animation ${s.animationName} ${s.animationDuration}`);
              }
              if (pseudo === null && s.scrollBehavior === "smooth") found.push(`/${route} ${el.tagName.toLowerCase()}: smooth scrolling`);
            }
          }
          return found.slice(0, 5);
        }, route)),
      );
    }
    expect(moving).toEqual([]);
  });
});

test("the accessibility statement says what was tested, with figures, and what was not", async ({ page }) => {
  await gotoApp(page, "accessibility");
  const tested = page.locator("#tests-run");
  // The figures are those in the generated file the site was built with (the figures
  // reporter checks that file against what the tests counted).
  const figures = readFigures();
  for (const [what, pattern, figure] of [
    ["axe-core states", /axe-core .* in (\d+) page states/, figures.axeStates],
    ["focus stops", /each of the (\d+) places focus stops/, figures.focusStops],
    ["addresses", /all (\d+) addresses/, figures.addresses],
  ] as const) {
    const m = ((await tested.textContent()) ?? "").match(pattern);
    expect(m, `the statement gives the number of ${what}`).not.toBeNull();
    expect(Number(m![1]), what).toBe(figure);
    expect(figure, what).toBeGreaterThan(10);
  }
  for (const mode of ["320 pixels", "400% zoom", "High contrast", "Reduced motion", "Keyboard-only"]) await expect(tested).toContainText(mode);
  await expect(page.locator("#not-tested")).toHaveText("What we have not tested yet");
  await expect(page.locator("#not-tested + ul")).toContainText("Dragon");
  await expect(page.locator("#not-tested + ul")).toContainText("Screen readers");
});
