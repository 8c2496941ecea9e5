/**
 * Accessibility of the course, finder, field, timetable, search and home
 * pages (other page types are checked in their own spec files): axe with zero
 * violations in Korean and English, at 200% text size, in high contrast; the
 * display controls remember their choice; controls are 44 px or larger.
 */
import fs from 'node:fs'

import { expect, type Page, test } from '@playwright/test'

import { expectNoAxeViolations } from './support/axe'
import { collectCspConsole } from './support/cspViolations'

const first = (file: string) => JSON.parse(fs.readFileSync(`content/${file}.json`, 'utf8'))[0].slug as string
const course = first('courses')
const field = first('fields')
/** Pages whose axe run in both languages lives here; the other page types have theirs in news and board specs. */
const PAGES = ['/', '/courses/', `/courses/${course}/`, `/courses/field/${field}/`, '/courses/level/beginner/', '/fields/', '/timetable/', '/search/?q=교육', '/sitemap/']
/** One page of every type, for reflow at 200% text on a 320 px screen and for high contrast. */
const EVERY_TYPE = [
  ...PAGES,
  '/notices/',
  `/notices/${first('notices')}/`,
  '/open-calls/',
  '/press/',
  '/board/',
  '/board/1/',
  '/zones/',
  `/zones/${first('zones')}/`,
  '/instructors/',
  `/instructors/${first('instructors')}/`,
  '/about/',
  '/faq/',
  '/directions/',
]

async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(1)
}

for (const path of PAGES) {
  for (const prefix of ['', '/en']) {
    const url = `${prefix}${path}`
    test(`axe: ${url}`, async ({ page }) => {
      await page.goto(url)
      await expect(page.locator('html')).toHaveAttribute('lang', prefix ? 'en' : 'ko')
      if (path.startsWith('/search/')) await expect(page.locator('[data-search-results] a').first()).toBeVisible()
      await expectNoAxeViolations(page)
    })
  }
}

for (const path of EVERY_TYPE) {
  test(`200% text and a 320 px screen, then high contrast: ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 })
    await page.goto(path)
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%'
    })
    await noHorizontalScroll(page)
    await expectNoAxeViolations(page, `${path} at 200%`)
    await page.evaluate(() => {
      document.documentElement.dataset.contrast = 'high'
    })
    await expectNoAxeViolations(page, `${path} in high contrast`)
  })
}

test('by keyboard, "글자 크게" keeps the focus when it reaches the largest size, and then does nothing', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('seocho:text-size', '4'))
  await page.goto('/')
  await expect(page.locator('[data-display-control]')).toHaveAttribute('data-ready', '')
  const larger = page.getByRole('button', { name: '글자 크게' })
  if (!(await larger.isVisible())) await page.getByRole('banner').locator('summary', { hasText: '화면 설정' }).click()
  await larger.focus()
  await page.keyboard.press('Enter')
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '5')
  await expect(larger).toBeFocused()
  await expect(larger).toHaveAttribute('aria-disabled', 'true')
  await page.keyboard.press('Enter')
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '5')
  await expect(larger).toBeFocused()
  // Going on from there reaches the next control, not the top of the page.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: '고대비 화면' })).toBeFocused()
})

test('the text-size and contrast choices are remembered across pages', async ({ page }) => {
  await page.goto('/')
  // The control's script marks it ready once its buttons work.
  await expect(page.locator('[data-display-control]')).toHaveAttribute('data-ready', '')
  const larger = page.getByRole('button', { name: '글자 크게' })
  const before = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))
  await larger.click()
  await larger.click()
  await larger.click()
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '5')
  await expect(larger).toBeDisabled()
  const after = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))
  expect(after).toBeGreaterThanOrEqual(before * 1.6)
  await page.getByRole('button', { name: '고대비 화면' }).click()
  await expect(page.getByRole('button', { name: '고대비 화면' })).toHaveAttribute('aria-pressed', 'true')

  await page.goto('/courses/')
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '5')
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high')
  await noHorizontalScroll(page)
  await expectNoAxeViolations(page, '/courses/ at text step 5, high contrast')
})

test('body text is at least 18 px with line height 1.5 or more', async ({ page }) => {
  await page.goto(`/courses/${course}/`)
  const { size, lineHeight } = await page.evaluate(() => {
    const style = getComputedStyle(document.querySelector('main p')!)
    return { size: parseFloat(style.fontSize), lineHeight: parseFloat(style.lineHeight) }
  })
  expect(size).toBeGreaterThanOrEqual(18)
  expect(lineHeight / size).toBeGreaterThanOrEqual(1.5)
})

test('buttons, menu links and form controls are at least 44 px tall', async ({ page }) => {
  for (const path of ['/', '/courses/', `/courses/${course}/`]) {
    await page.goto(path)
    const small = await page
      .locator('header a, header button, nav a, main .button, main select, main button, main summary, .pagination a')
      .evaluateAll((elements) =>
        elements
          .filter((element) => (element as HTMLElement).offsetParent !== null)
          .map((element) => ({ text: element.textContent?.trim().slice(0, 30), height: element.getBoundingClientRect().height }))
          .filter((box) => box.height < 44),
      )
    expect(small, path).toEqual([])
  }
})

test('the static server sends the security headers a meta tag cannot', async ({ request }) => {
  const headers = (await request.get('/')).headers()
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(headers['x-frame-options']).toBe('DENY')
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
})

test('pages run under their Content-Security-Policy with no violation', async ({ page }) => {
  const violations = collectCspConsole(page)
  for (const path of ['/', `/courses/${course}/`, '/courses/?level=beginner', '/search/?q=엑셀', '/board/']) {
    await page.goto(path)
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1)
    if (path.startsWith('/search/')) await expect(page.locator('[data-search-results] a').first()).toBeVisible()
    if (path.startsWith('/courses/?')) await expect(page.locator('#course-count')).not.toHaveText(/^강좌 44개$/)
  }
  await page.getByRole('button', { name: '글자 크게' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '3')
  expect(violations).toEqual([])
})
