/**
 * Small things residents saw: the "수업 날짜 모두 보기" disclosure must look
 * and act like a button, the breadcrumb's current page must sit on the same
 * line as its links, and the browser's default /favicon.ico must exist.
 */
import fs from 'node:fs'

import { expect, test } from '@playwright/test'

import { readContent } from '../../cms/seed/readContent'
import { announcedDisclosure } from './support/disclosure'

const course = JSON.parse(fs.readFileSync('content/courses.json', 'utf8'))[0].slug as string

test.describe('a course page at text sizes 2 and 5', () => {
  test('each run\'s date list and calendar file have a name of their own, the month of the run', async ({ page }) => {
  await page.goto(`/courses/${course}/`)
  const runs = page.locator('[data-run]')
  expect(await runs.count()).toBeGreaterThan(1)
  const names = async (selector: string) =>
    page.getByRole('main').locator(selector).evaluateAll((elements) => elements.map((element) => (element as HTMLElement).innerText.replace(/\s+/g, ' ').trim()))
  for (const selector of ['details.days summary', 'a[download$=".ics"]']) {
    const all = await names(selector)
    expect(all.length, selector).toBe(await runs.count())
    expect(new Set(all).size, `${selector}: ${all.join(' / ')}`).toBe(all.length)
  }
})

for (const size of ['2', '5']) {
    test(`size ${size}: "수업 날짜 모두 보기" is drawn as a button, opens by keyboard and announces its state`, async ({ page }) => {
      await page.addInitScript((chosen) => localStorage.setItem('seocho:text-size', chosen), size)
      await page.setViewportSize({ width: 390, height: 844 })
      await page.goto(`/courses/${course}/`)
      // A <summary> has no ARIA role for getByRole; what the browser announces is checked below.
      const disclosure = page.getByRole('main').locator('details', { has: page.locator('summary', { hasText: '수업 날짜 모두 보기' }) }).first()
      const toggle = disclosure.locator('summary')
      const dates = disclosure.getByRole('listitem').first()
      const name = (await toggle.innerText()).replace(/\s+/g, ' ').trim()
      // Screen readers hear which month's dates these are ("2027년 1월 반 수업 날짜 모두 보기 (6회)").
      expect(name).toMatch(/^\d{4}년 \d{1,2}월 반 수업 날짜 모두 보기 \(\d+회\)$/)

      const look = await toggle.evaluate((element) => {
        const style = getComputedStyle(element)
        const chevron = getComputedStyle(element, '::after')
        const box = element.getBoundingClientRect()
        return {
          border: `${style.borderTopStyle} ${parseFloat(style.borderTopWidth)}`,
          cursor: style.cursor,
          chevron: chevron.content !== 'none' && chevron.borderBottomStyle === 'solid',
          transform: chevron.transform,
          height: box.height,
          width: box.width,
          line: (element.parentElement!.getBoundingClientRect().width),
        }
      })
      expect(look, 'a visible border, a pointer and an open/closed chevron, like the site\'s other buttons').toMatchObject({ border: 'solid 2', cursor: 'pointer', chevron: true })
      expect(look.height).toBeGreaterThanOrEqual(44)
      // A label that wraps at large text fills the line, as any button's would.
      if (size === '2') expect(look.width, 'a button as wide as its label, not a full-width heading').toBeLessThan(look.line)
      expect(await announcedDisclosure(page, name)).toMatchObject({ expanded: false })
      await expect(dates).toBeHidden()

      await toggle.focus()
      await page.keyboard.press('Enter')
      await expect(dates).toBeVisible()
      expect(await announcedDisclosure(page, name)).toMatchObject({ expanded: true })
      const openTransform = await toggle.evaluate((element) => getComputedStyle(element, '::after').transform)
      expect(openTransform, 'the chevron turns when the dates are open').not.toBe(look.transform)
      await page.keyboard.press('Enter')
      await expect(dates).toBeHidden()
    })
  }
})

for (const size of ['2', '5']) {
  test(`the breadcrumb's current page sits on the same line as its links (text size ${size})`, async ({ page }) => {
    await page.addInitScript((chosen) => localStorage.setItem('seocho:text-size', chosen), size)
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto('/courses/')
    const trail = page.getByRole('navigation', { name: '현재 위치' })
    const middleOfText = (selector: string) =>
      trail.locator(selector).evaluate((element) => {
        const range = document.createRange()
        range.selectNodeContents(element)
        const box = range.getBoundingClientRect()
        return box.top + box.height / 2
      })
    const link = await middleOfText('a')
    const current = await middleOfText('[aria-current="page"]')
    expect(Math.abs(current - link), `current page's text at ${current}, the link's at ${link}`).toBeLessThanOrEqual(1)
  })
}

test('/favicon.ico is an icon with the 16, 32 and 48 px sizes browsers ask for', async ({ request }) => {
  const response = await request.get('/favicon.ico')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/)
  const icon = await response.body()
  expect([...icon.subarray(0, 4)]).toEqual([0, 0, 1, 0])
  const count = icon.readUInt16LE(4)
  const sizes = Array.from({ length: count }, (_, index) => icon[6 + 16 * index] || 256)
  expect(sizes).toEqual([16, 32, 48])
})

const content = readContent()

test('the footer\'s 사이트맵 is a page for people: every menu and the pages under it, in Korean and in English', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('contentinfo').getByRole('link', { name: '사이트맵' }).click()
  await expect(page).toHaveURL(/\/sitemap\/$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
  await expect(page.getByRole('heading', { level: 1, name: '사이트맵' })).toBeVisible()
  const main = page.getByRole('main')
  for (const field of content.fields) await expect(main.getByRole('link', { name: field.name.ko, exact: true })).toHaveAttribute('href', `/courses/field/${field.slug}/`)
  for (const course of content.courses) await expect(main.getByRole('link', { name: course.title.ko, exact: true })).toHaveAttribute('href', `/courses/${course.slug}/`)
  for (const zone of content.zones) await expect(main.getByRole('link', { name: zone.name.ko, exact: true })).toHaveAttribute('href', `/zones/${zone.slug}/`)
  for (const standing of content.pages) await expect(main.getByRole('link', { name: standing.title.ko, exact: true })).toHaveAttribute('href', `/${standing.slug}/`)
  await expect(main.getByRole('link', { name: '강사 공개 모집' }).first()).toHaveAttribute('href', '/open-calls/')

  await page.goto('/en/')
  await page.getByRole('contentinfo').getByRole('link', { name: 'Sitemap' }).click()
  await expect(page).toHaveURL(/\/en\/sitemap\/$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Sitemap' })).toBeVisible()
  await expect(page.getByRole('main').getByRole('link', { name: content.zones[0].name.en, exact: true })).toHaveAttribute('href', `/en/zones/${content.zones[0].slug}/`)
})

test('at the end of a long page on a phone at the largest text: back to the top, or home, in one tap', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('seocho:text-size', '5'))
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`/courses/${course}/`)
  const end = page.getByRole('navigation', { name: '이 쪽 끝' })
  await end.scrollIntoViewIfNeeded()
  expect(await page.evaluate(() => window.scrollY), 'a page several screens tall').toBeGreaterThan(844 * 3)
  const top = end.getByRole('link', { name: '맨 위로' })
  expect((await top.boundingBox())!.height).toBeGreaterThanOrEqual(44)
  await top.click()
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)
  // The keyboard starts again from the top too: the next Tab is the skip link.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: '본문 바로가기' })).toBeFocused()
  await end.getByRole('link', { name: '처음으로' }).click()
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByRole('navigation', { name: '이 쪽 끝' }).getByRole('link', { name: '처음으로' })).toHaveCount(0)
})
