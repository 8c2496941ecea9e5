import { expect, type Locator, type Page } from '@playwright/test'

/** Presses Tab until `target` has focus, as a keyboard-only reader would; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 120) {
  for (let presses = 0; presses < max; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return
    await page.keyboard.press('Tab')
  }
  await expect(target, `not reached with ${max} Tab presses`).toBeFocused()
}

/** The focus ring is drawn and at least 3 px wide (KRDS and WCAG 2.4.13 ask for a visible, thick one). */
export async function expectVisibleFocus(target: Locator) {
  const outline = await target.evaluate((element) => {
    const style = getComputedStyle(element)
    return { width: parseFloat(style.outlineWidth), style: style.outlineStyle }
  })
  expect(outline.style).not.toBe('none')
  expect(outline.width).toBeGreaterThanOrEqual(3)
}
