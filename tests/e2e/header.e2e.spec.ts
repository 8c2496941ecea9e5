/**
 * The page frame as a resident with large text on a phone meets it (390×844):
 * at every text size 1–5 the page's own heading starts in the top half of the
 * first screen; the whole menu and the display controls sit behind one button
 * each ("전체 메뉴", "화면 설정"), which open and close by keyboard, touch and
 * without JavaScript, keep 44 px targets and pass axe. A wide screen shows them
 * in full; print leaves them out.
 */
import fs from 'node:fs'

import { expect, type Locator, type Page, test } from '@playwright/test'

import { expectNoAxeViolations } from './support/axe'
import { announcedDisclosure } from './support/disclosure'
import { SITE_URL } from './support/urls'

const first = (file: string) => JSON.parse(fs.readFileSync(`content/${file}.json`, 'utf8'))[0].slug as string

const PHONE = { width: 390, height: 844 }
const SIZES = [1, 2, 3, 4, 5] as const
/** One page of each type a resident opens first; the notice has the longest title of the demo content. */
const PAGES: [string, string][] = [
  ['home', '/'],
  ['course finder', '/courses/'],
  ['a course', `/courses/${first('courses')}/`],
  ['timetable', '/timetable/'],
  ['a notice', `/notices/${first('notices')}/`],
  ['board list', '/board/'],
  ['a board post', '/board/1/'],
  ['a zone', `/zones/${first('zones')}/`],
  ['instructors', '/instructors/'],
  ['search', '/search/'],
  ['FAQ', '/faq/'],
  ['English home', '/en/'],
]

/** The text size a resident chose earlier, as the site remembers it, in place before the first page loads. */
const rememberedTextSize = (size: number) => ({
  cookies: [],
  origins: [{ origin: SITE_URL, localStorage: [{ name: 'seocho:text-size', value: String(size) }] }],
})

// A <summary> has no ARIA role, so getByRole cannot name it; what the browser announces is checked with announcedDisclosure().
const menuButton = (page: Page) => page.getByRole('banner').locator('summary', { hasText: '전체 메뉴' })
const displayButton = (page: Page) => page.getByRole('banner').locator('summary', { hasText: '화면 설정' })
const menuLink = (page: Page, name: string) => page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name, exact: true })

async function expectTargetsAtLeast44(targets: Locator, label: string) {
  const small = await targets.evaluateAll((elements) =>
    elements
      .filter((element) => element.checkVisibility())
      .map((element) => ({ text: element.textContent?.replace(/\s+/g, ' ').trim(), box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.height < 44 || box.width < 44)
      .map(({ text, box }) => `${text}: ${Math.round(box.width)}×${Math.round(box.height)}`),
  )
  expect(small, label).toEqual([])
}

for (const size of SIZES) {
  test.describe(`a phone at text size ${size}`, () => {
    test.use({ viewport: PHONE, storageState: rememberedTextSize(size) })

    test('on every page type the page\'s heading starts in the top half of the screen, with nothing scrolling sideways', async ({ page }) => {
      test.setTimeout(PAGES.length * 30_000)
      const tops: string[] = []
      const problems: string[] = []
      for (const [name, path] of PAGES) {
        await page.goto(path)
        await expect(page.locator('html'), path).toHaveAttribute('data-text-size', String(size))
        const heading = page.getByRole('main').getByRole('heading', { level: 1 })
        await expect(heading, path).toBeVisible()
        const top = Math.round(await heading.evaluate((element) => element.getBoundingClientRect().top + window.scrollY))
        tops.push(`${name} ${top}`)
        if (top >= PHONE.height / 2) problems.push(`${name} (${path}): the h1 starts at ${top} px of ${PHONE.height}`)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        if (overflow > 1) problems.push(`${name} (${path}) scrolls sideways by ${overflow} px`)
      }
      test.info().annotations.push({ type: 'h1 top (px)', description: tops.join(', ') })
      expect(problems).toEqual([])
    })
  })
}

test.describe('on a phone', () => {
  test.use({ viewport: PHONE, storageState: rememberedTextSize(5) })

  test('keyboard: skip link first, then the header in reading order; the menu opens with Enter, Escape closes it and focus returns', async ({ page }) => {
    await page.goto('/courses/')
    const order = [
      page.getByRole('link', { name: '본문 바로가기' }),
      page.getByRole('banner').getByRole('link', { name: '서초구 IT교육센터' }),
      page.getByRole('banner').getByRole('link', { name: '검색' }),
      page.getByRole('banner').getByRole('link', { name: 'English' }),
      displayButton(page),
      menuButton(page),
    ]
    for (const target of order) {
      await page.keyboard.press('Tab')
      await expect(target).toBeFocused()
    }
    await expect(menuLink(page, '교육과정')).toBeHidden()
    expect(await announcedDisclosure(page, '전체 메뉴')).toMatchObject({ expanded: false })

    await page.keyboard.press('Enter')
    await expect(menuLink(page, '교육과정')).toBeVisible()
    expect(await announcedDisclosure(page, '전체 메뉴')).toMatchObject({ expanded: true })
    // The menu's own id is what the button says it controls.
    expect(await menuButton(page).getAttribute('aria-controls')).toBe(await page.getByRole('navigation', { name: '주 메뉴' }).getAttribute('id'))
    await page.keyboard.press('Tab')
    await expect(menuLink(page, '교육과정')).toBeFocused()
    await expect(menuLink(page, '교육과정')).toHaveAttribute('aria-current', 'page')

    await page.keyboard.press('Escape')
    await expect(menuLink(page, '교육과정')).toBeHidden()
    await expect(menuButton(page)).toBeFocused()
    expect(await announcedDisclosure(page, '전체 메뉴')).toMatchObject({ expanded: false })

    // Space works as on any button, both ways.
    await page.keyboard.press('Space')
    await expect(menuLink(page, '교육과정')).toBeVisible()
    await page.keyboard.press('Space')
    await expect(menuLink(page, '교육과정')).toBeHidden()
  })

  test('leaving the open menu by Tab or a tap elsewhere closes it, so it never covers what has focus', async ({ page }) => {
    await page.goto('/')
    const links = page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link')
    await menuButton(page).click()
    const count = await links.count()
    expect(count).toBeGreaterThan(5)
    await menuButton(page).focus()
    for (let index = 0; index < count; index += 1) await page.keyboard.press('Tab')
    await expect(links.last()).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(links.first()).toBeHidden()
    const focusedIsOnTop = await page.evaluate(() => {
      const focused = document.activeElement as HTMLElement
      const box = focused.getBoundingClientRect()
      const onTop = document.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 10))
      return Boolean(onTop && (focused === onTop || focused.contains(onTop)))
    })
    expect(focusedIsOnTop, 'the focused element is hidden under something').toBe(true)

    await menuButton(page).click()
    await expect(links.first()).toBeVisible()
    // A tap on the page below the panel, where nothing is a link. At text size 5 the menu is taller
    // than the screen: the page is scrolled until some of it shows below the panel.
    const panelBottom = await links.last().evaluate((link) => link.closest('nav')!.getBoundingClientRect().bottom + window.scrollY)
    await page.evaluate((bottom) => window.scrollTo(0, Math.max(0, bottom - window.innerHeight + 100)), panelBottom)
    await page.mouse.click(4, PHONE.height - 4)
    await expect(links.first()).toBeHidden()
  })

  test('화면 설정 holds the text size and high contrast; it works by keyboard and remembers the choice', async ({ page }) => {
    await page.goto('/')
    const larger = page.getByRole('button', { name: '글자 크게' })
    const smaller = page.getByRole('button', { name: '글자 작게' })
    await expect(smaller).toBeHidden()
    await displayButton(page).focus()
    await page.keyboard.press('Enter')
    expect(await announcedDisclosure(page, '화면 설정')).toMatchObject({ expanded: true })
    await expect(page.getByRole('group', { name: '글자 크기와 화면' })).toBeVisible()
    await expect(larger).toBeDisabled()
    await expect(page.getByRole('group', { name: '글자 크기와 화면' }).getByRole('status')).toHaveText('글자 크기 5 / 5단계')
    await page.keyboard.press('Tab')
    await expect(smaller).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '4')
    // Opening one panel closes the other: only one lies over the page at a time.
    await menuButton(page).click()
    await expect(smaller).toBeHidden()
    await displayButton(page).click()
    await expect(menuLink(page, '교육과정')).toBeHidden()
    await page.getByRole('button', { name: '고대비 화면' }).click()
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high')
    await page.keyboard.press('Escape')
    await expect(displayButton(page)).toBeFocused()
    await expect(smaller).toBeHidden()

    await page.goto('/courses/')
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '4')
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high')
  })
})

for (const size of [1, 5]) {
  test.describe(`a phone at text size ${size}`, () => {
    test.use({ viewport: PHONE, storageState: rememberedTextSize(size) })

    test('every header control and every control in its panels is at least 44×44 px', async ({ page }) => {
      await page.goto(`/courses/${first('courses')}/`)
      const header = page.getByRole('banner')
      await expectTargetsAtLeast44(header.locator('a, summary, button'), 'the header, panels closed')
      await menuButton(page).click()
      await expect(menuLink(page, '교육과정')).toBeVisible()
      await expectTargetsAtLeast44(page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link'), 'the menu')
      await displayButton(page).click()
      await expect(page.getByRole('button', { name: '고대비 화면' })).toBeVisible()
      await expectTargetsAtLeast44(page.getByRole('group', { name: '글자 크기와 화면' }).getByRole('button'), 'the display settings')
    })

    for (const path of ['/', `/courses/${first('courses')}/`]) {
      test(`axe finds nothing on ${path} with the panels closed, the menu open, or the display settings open`, async ({ page }) => {
        // Three full axe runs: slow on a busy two-core machine.
        test.setTimeout(3 * 60_000)
        await page.goto(path)
        await expectNoAxeViolations(page, `${path} at size ${size}`)
        await menuButton(page).click()
        await expect(menuLink(page, '교육과정')).toBeVisible()
        await expectNoAxeViolations(page, `${path} at size ${size}, menu open`)
        await displayButton(page).click()
        await expect(page.getByRole('button', { name: '고대비 화면' })).toBeVisible()
        await expectNoAxeViolations(page, `${path} at size ${size}, display settings open`)
      })
    }
  })
}

test.describe('with JavaScript switched off', () => {
  test.use({ viewport: PHONE, javaScriptEnabled: false })

  test('the menu still opens and leads to its pages', async ({ page }) => {
    await page.goto('/')
    await expect(menuLink(page, '강사 소개')).toBeHidden()
    await menuButton(page).click()
    await menuLink(page, '강사 소개').click()
    await expect(page).toHaveURL(/\/instructors\/$/)
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible()
  })
})

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 900 } })

  test('the whole menu and the display controls are shown in place, in keyboard order after search and language', async ({ page }) => {
    test.setTimeout(2 * 60_000)
    await page.goto('/courses/')
    await expect(menuButton(page)).toBeHidden()
    await expect(displayButton(page)).toBeHidden()
    await expect(menuLink(page, '자주 묻는 질문')).toBeVisible()
    const order = [
      page.getByRole('link', { name: '본문 바로가기' }),
      page.getByRole('banner').getByRole('link', { name: '서초구 IT교육센터' }),
      page.getByRole('banner').getByRole('link', { name: '검색' }),
      page.getByRole('banner').getByRole('link', { name: 'English' }),
      page.getByRole('button', { name: '글자 작게' }),
      page.getByRole('button', { name: '글자 크게' }),
      page.getByRole('button', { name: '고대비 화면' }),
      menuLink(page, '교육과정'),
    ]
    for (const target of order) {
      await page.keyboard.press('Tab')
      await expect(target).toBeFocused()
    }
    await expectNoAxeViolations(page, '/courses/ at 1280 px')
  })
})

for (const viewport of [PHONE, { width: 1280, height: 900 }]) {
  test(`printed from ${viewport.width} px, the page has no menu and no header buttons`, async ({ page }) => {
    await page.setViewportSize(viewport)
    await page.goto(`/courses/${first('courses')}/`)
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('navigation', { name: '주 메뉴' })).toBeHidden()
    await expect(menuButton(page)).toBeHidden()
    await expect(displayButton(page)).toBeHidden()
    await expect(page.getByRole('banner').getByRole('link', { name: '검색' })).toBeHidden()
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible()
  })
}
