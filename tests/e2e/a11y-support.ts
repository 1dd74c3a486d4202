// Helpers for the accessibility specs: moving with the keyboard alone while checking
// every focus stop, and measuring reflow.
import { expect, type Locator, type Page } from "@playwright/test";

/** What a focus stop looked like, for the failure message. */
type Stop = { ok: boolean; why: string; what: string };

/**
 * The focused element has a visible indicator (WCAG 2.4.7) and is not hidden by
 * anything else on the page (2.4.11). Run after every Tab, Shift+Tab and arrow key.
 */
export async function expectFocusVisible(page: Page, context: string): Promise<void> {
  const stop: Stop = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const what = el ? `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""} "${(el.textContent || "").trim().slice(0, 40)}"` : "nothing";
    if (!el || el === document.body) return { ok: false, why: "nothing has focus", what };
    if (!el.matches(":focus-visible")) return { ok: false, why: "not :focus-visible", what };
    const s = getComputedStyle(el);
    const transparent = (c: string) => c === "transparent" || /rgba\(.*,\s*0\)$/.test(c);
    const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2 && !transparent(s.outlineColor);
    const shadow = s.boxShadow !== "none";
    const block = s.backgroundColor === "rgb(255, 221, 0)"; // the focus yellow
    if (!outline && !shadow && !block) return { ok: false, why: `no indicator (outline ${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}, box-shadow ${s.boxShadow})`, what };
    // Tiny or hidden inputs (a file input under its label) are judged by their label.
    let target: Element = el;
    let r = el.getBoundingClientRect();
    const labels = (el as HTMLInputElement).labels;
    if ((r.width < 2 || r.height < 2) && labels && labels.length > 0) {
      target = labels[0];
      r = target.getBoundingClientRect();
    }
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const inView = r.bottom > 0 && r.right > 0 && r.top < vh && r.left < vw && r.width > 0 && r.height > 0;
    if (!inView) return { ok: false, why: `outside the viewport (${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)})`, what };
    // A link that wraps has one box per line: the middle of the whole can be another
    // element, so it is enough that the middle of one of its boxes shows it.
    const boxes = Array.from(target.getClientRects()).filter((b) => b.width > 0 && b.height > 0);
    let hit: Element | null = null;
    for (const b of boxes.length ? boxes : [r]) {
      const x = Math.min(Math.max(b.left + b.width / 2, 0), vw - 1);
      const y = Math.min(Math.max(b.top + Math.min(b.height, 40) / 2, 0), vh - 1);
      hit = document.elementFromPoint(x, y);
      if (hit && (hit === target || target.contains(hit) || (hit instanceof HTMLLabelElement && hit.control === el))) {
        return { ok: true, why: "", what };
      }
    }
    return { ok: false, why: `covered by ${hit ? hit.tagName.toLowerCase() + (hit.className ? "." + hit.className : "") : "nothing"}`, what };
  });
  expect(stop.ok, `${context}: focus on ${stop.what}: ${stop.why}`).toBeTruthy();
  focusStops.count++;
}

/** Focus stops checked (by `expectFocusVisible`) since the count was last set to 0. */
export const focusStops = { count: 0 };

/** Where to move focus: a CSS selector, an element with exactly this text, or a locator. */
export type FocusTarget = string | { text: string } | Locator;

function describe(target: FocusTarget): string {
  return typeof target === "string" || "text" in target ? JSON.stringify(target) : String(target);
}

function targetLocator(page: Page, target: FocusTarget): Locator {
  if (typeof target === "string") return page.locator(target);
  if ("text" in target) return page.getByText(target.text, { exact: true });
  return target;
}

/** Whether the focused element is the target. */
async function focusedIs(page: Page, target: FocusTarget): Promise<boolean> {
  if (typeof target !== "string" && !("text" in target)) {
    if ((await target.count()) !== 1) return false;
    return target.evaluate((el) => el === document.activeElement);
  }
  return page.evaluate((t) => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    if (typeof t === "string") return el.matches(t);
    return (el.textContent || "").replace(/\s+/g, " ").trim() === t.text;
  }, target);
}

/**
 * Presses Tab (or Shift+Tab) until focus is on the target, checking focus is visible at
 * every stop on the way. Fails after `max` presses.
 */
export async function tabTo(page: Page, target: FocusTarget, opts: { back?: boolean; max?: number } = {}): Promise<number> {
  const key = opts.back ? "Shift+Tab" : "Tab";
  const max = opts.max ?? 250;
  // The target must be on the page before the first press: pressing Tab while it is
  // still being drawn goes round the page and back, and the stops would be counted twice.
  await targetLocator(page, target).first().waitFor();
  if (await focusedIs(page, target)) return 0;
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(key);
    // Leaving the last element of the page puts focus on the body (the browser's own
    // controls in a real window); the next press comes back to the first.
    const onBody = await page.evaluate(() => document.activeElement === document.body || document.activeElement === null);
    if (onBody) continue;
    await expectFocusVisible(page, `${key} towards ${describe(target)}`);
    if (await focusedIs(page, target)) return i;
  }
  throw new Error(`${key} did not reach ${describe(target)} in ${max} presses`);
}

/** Tab to a text box (its id, or a locator) and type into it. */
export async function typeInto(page: Page, box: string | Locator, text: string): Promise<void> {
  const target = typeof box === "string" ? page.locator(`#${box}`) : box;
  await tabTo(page, target);
  await page.keyboard.type(text);
  await expect(target).toHaveValue(text);
}

/**
 * Choose a radio or tick a checkbox (its id, or a locator). A radio group is one Tab
 * stop: focus lands on its checked (or first) option and the arrow keys move and select.
 */
export async function choose(page: Page, input: string | Locator): Promise<void> {
  const id = typeof input === "string" ? input : await input.getAttribute("id");
  if (!id) throw new Error(`${input} has no id`);
  const info = await page.evaluate((id) => {
    const el = document.getElementById(id) as HTMLInputElement | null;
    if (!el) return null;
    const group = el.type === "radio" ? Array.from(document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${el.name}"]`)) : [el];
    return { type: el.type, name: el.name, index: group.indexOf(el) };
  }, id);
  if (!info) throw new Error(`no input #${id}`);
  if (info.type === "checkbox") {
    await tabTo(page, `#${id}`);
    if (!(await page.locator(`#${id}`).isChecked())) await page.keyboard.press("Space");
    await expect(page.locator(`#${id}`)).toBeChecked();
    return;
  }
  await tabTo(page, `input[type=radio][name="${info.name}"]`);
  for (let i = 0; i < 10; i++) {
    const at = await page.evaluate((name) => {
      const group = Array.from(document.querySelectorAll(`input[type=radio][name="${name}"]`));
      return group.indexOf(document.activeElement as Element);
    }, info.name);
    if (at === info.index) break;
    await page.keyboard.press(at < info.index ? "ArrowDown" : "ArrowUp");
    await expectFocusVisible(page, `arrow keys towards #${id}`);
  }
  if (!(await page.locator(`#${id}`).isChecked())) await page.keyboard.press("Space");
  await expect(page.locator(`#${id}`)).toBeChecked();
  await expect(page.locator(`#${id}`)).toBeFocused();
}

/** Sideways overflow of the page, and elements wider than the viewport outside a scroll region. */
export async function reflowProblems(page: Page): Promise<{ overflow: number; wide: string[] }> {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const vw = doc.clientWidth;
    const wide: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("body *"))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right <= vw + 1 && r.left >= -1) continue;
      // Off-screen on purpose (the skip link until focused) or clipped (visually hidden text).
      const s = getComputedStyle(el);
      if (s.position === "absolute" && (r.right < 0 || r.left > vw)) continue;
      if (el.closest(".visually-hidden, [role=region][tabindex='0']")) continue;
      // Inside something that scrolls or clips by itself.
      let clipped = false;
      for (let p = el.parentElement; p && p !== doc; p = p.parentElement) {
        const ps = getComputedStyle(p);
        if (ps.overflowX !== "visible") {
          clipped = true;
          break;
        }
      }
      if (clipped) continue;
      wide.push(`${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${el.className && typeof el.className === "string" ? "." + el.className.split(" ").join(".") : ""} (${Math.round(r.left)}–${Math.round(r.right)})`);
    }
    return { overflow: doc.scrollWidth - doc.clientWidth, wide: wide.slice(0, 5) };
  });
}

/** The page does not scroll sideways and nothing pokes out of the viewport. */
export async function expectReflows(page: Page, what: string): Promise<void> {
  const { overflow, wide } = await reflowProblems(page);
  expect(overflow, `${what} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  expect(wide, `${what}: elements wider than the viewport`).toEqual([]);
}
