/**
 * Site search as a resident uses it: words found without their particles and
 * as parts of compounds; excerpts that are the page's own sentences with the
 * words found marked; the page a resident means first; mistyped input
 * (keyboard in English mode, spaces, initial consonants) understood and said
 * so, with one tap back to the words as typed; filters by keyboard with the
 * count announced; a page that says what to do without JavaScript; English
 * search on /en/; and no axe violation at the smallest and largest text size.
 */
import fs from 'node:fs'

import { expect, type Page, test } from '@playwright/test'

import { expectNoAxeViolations } from './support/axe'
import { recordCspViolations } from './support/cspViolations'

const courses: { slug: string; title: { ko: string } }[] = JSON.parse(fs.readFileSync('content/courses.json', 'utf8'))
const slugOf = (titlePart: string) => {
  const course = courses.find((c) => c.title.ko.includes(titlePart))
  if (!course) throw new Error(`no demo course titled with ${titlePart}`)
  return course.slug
}

const results = (page: Page) => page.locator('[data-search-results] > li')
const status = (page: Page) => page.getByRole('main').getByRole('status')

async function search(page: Page, query: string, path = '/search/') {
  await page.goto(path)
  await page.getByRole('searchbox').fill(query)
  // Generous: the first search loads Pagefind and its WebAssembly, on a machine other builds may share.
  await expect(status(page)).toContainText(/건|result|없습니다|Nothing/, { timeout: 20_000 })
}

/** What a resident types, and the class they mean (whose title has the word inside a compound or with a particle). */
const QUERIES: [query: string, titlePart: string][] = [
  ['결제', '간편결제'],
  ['보험', '건강보험'],
  ['이체', '계좌이체'],
  ['계좌이체', '계좌이체와'],
  ['버스', '고속버스표'],
  ['버스표', '고속버스표'],
  ['피싱', '보이스피싱'],
  ['교통', '대중교통'],
  ['우편', '전자우편'],
  ['가계부', '가계부'],
  ['엑셀', '엑셀로 가계부'],
  ['인스타그램', '인스타그램으로'],
  ['챗봇', '챗봇에게'],
  ['스미싱', '스미싱'],
  ['주문기', '무인 주문기'],
  ['키오스크', '키오스크'],
  ['카카오톡', '카카오톡'],
  ['유튜브', '유튜브'],
  ['파이썬', '파이썬'],
  ['비밀번호', '비밀번호와'],
]

test('recall on Korean queries: compound parts and words without particles', async ({ page }) => {
  await page.goto('/search/')
  const found = await page.evaluate(async (queries) => {
    // The bundle the site serves; a variable keeps TypeScript from resolving it on disk.
    const bundle = '/pagefind/pagefind.js'
    const pagefind = await import(bundle)
    await pagefind.init()
    const results: Record<string, string[]> = {}
    for (const query of queries) {
      const search = await pagefind.search(query)
      const data = await Promise.all(search.results.slice(0, 20).map((result: { data: () => Promise<{ url: string }> }) => result.data()))
      results[query] = data.map((item) => item.url)
    }
    return results
  }, QUERIES.map(([query]) => query))

  const hits = QUERIES.filter(([query, titlePart]) => found[query].includes(`/courses/${slugOf(titlePart)}/`))
  const misses = QUERIES.filter((pair) => !hits.includes(pair)).map(([query]) => query)
  test.info().annotations.push({ type: 'search recall', description: `${hits.length}/${QUERIES.length}` })
  expect(misses).toEqual([])
})

// Every excerpt is the page's own text: each word shown is a word of the page a reader sees,
// and the words found are marked. (The index's helper terms, such as 트폰 or 험실, never show.)
for (const query of ['스마트폰', '결제', '엑셀을', '휴관', '체험존']) {
  test(`excerpts for ${query} are sentences of the pages, with the words found marked`, async ({ page, request }) => {
    await search(page, query)
    const items = await results(page).all()
    expect(items.length).toBeGreaterThan(0)
    for (const item of items.slice(0, 6)) {
      const href = await item.getByRole('link').getAttribute('href')
      const excerpt = item.locator('.excerpt')
      // The words found are marked: in the excerpt, or in the title when only the title holds them.
      await expect(item.locator('mark').first()).toBeVisible()
      const shown = (await excerpt.innerText()).replace(/…/g, ' ').split(/\s+/).filter(Boolean)
      const pageHtml = await (await request.get(href!)).text()
      const main = /<main\b[\s\S]*<\/main>/.exec(pageHtml)![0]
      const visible = main.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/&quot;/g, '"')
      const strangers = shown.filter((word) => !visible.includes(word.replace(/[.,]$/, '')))
      expect(strangers, `words in the excerpt of ${href} that the page does not show`).toEqual([])
    }
  })
}

test('스마트폰: the beginner course comes first, and courses before notices and board posts', async ({ page }) => {
  await search(page, '스마트폰')
  await expect(results(page).first().getByRole('heading')).toHaveText('스마트폰 처음 배우기')
  const kinds = await results(page).locator('.kind').allInnerTexts()
  const lastCourse = kinds.findLastIndex((kind) => kind.startsWith('교육 과정'))
  const firstPost = kinds.findIndex((kind) => /^(공지·보도|게시판)/.test(kind))
  expect(firstPost).toBeGreaterThan(lastCourse)
})

test.describe('the course, zone or instructor a title names comes before posts that mention it', () => {
  for (const [query, first] of [
    ['키오스크', '무인 주문기(키오스크) 연습: 식당·카페'],
    ['VR', 'VR 체험존'],
    ['김미영', '김미영'],
    ['보이스피싱', '보이스피싱·스미싱 막기'],
  ]) {
    test(`${query} → ${first}`, async ({ page }) => {
      await search(page, query)
      await expect(results(page).first().getByRole('heading')).toHaveText(first)
    })
  }
})

test.describe('mistyped input finds what the intended word finds, and says so', () => {
  for (const [typed, meant, expected] of [
    ['tmakxmvhs', '스마트폰', '스마트폰 처음 배우기'],
    ['스마트 폰', '스마트폰', '스마트폰 처음 배우기'],
    ['키 오스크', '키오스크', '무인 주문기(키오스크) 연습: 식당·카페'],
    ['은행앱', '은행 앱', '스마트폰으로 은행 업무 보기'],
    ['ㅋㅇㅅㅋ', '키오스크', '무인 주문기(키오스크) 연습: 식당·카페'],
  ]) {
    test(`${typed} → ${meant}`, async ({ page }) => {
      await search(page, typed)
      const notice = page.locator('[data-search-rewrite]')
      await expect(notice).toContainText(`‘${meant}’`)
      await expect(page.getByRole('heading', { level: 2, name: expected })).toBeVisible()
      // One tap searches the words exactly as typed.
      await page.getByRole('button', { name: `‘${typed}’ 그대로 찾기` }).click()
      await expect(notice).toBeHidden()
      await expect(page.getByRole('searchbox')).toHaveValue(typed)
      await expect(status(page)).toContainText(`‘${typed}’`)
      expect(new URL(page.url()).searchParams.get('literal')).toBe('1')
    })
  }
})

test('filters work by keyboard, and the live region announces the count', async ({ page }) => {
  await search(page, '스마트폰')
  await expect(status(page)).toHaveText(/^‘스마트폰’ 검색 결과 \d+건$/)
  const total = Number((await status(page).innerText()).match(/(\d+)건/)![1])
  // From the search box: Tab to the filter disclosure (past the clear and search buttons), open it with Enter.
  await page.getByRole('searchbox').focus()
  const summary = page.getByText('결과 거르기: 분류·분야·수준')
  for (let step = 0; step < 5 && !(await summary.evaluate((el) => el === document.activeElement)); step += 1) await page.keyboard.press('Tab')
  await expect(summary).toBeFocused()
  await page.keyboard.press('Enter')
  const types = page.getByRole('group', { name: '분류' })
  await expect(types).toBeVisible()
  // Into the type radios: "전체" first, the arrow key moves to "교육 과정" and chooses it.
  await page.keyboard.press('Tab')
  await expect(types.getByRole('radio', { name: '전체' })).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(types.getByRole('radio', { name: '교육 과정' })).toBeChecked()
  await expect(status(page)).toHaveText(new RegExp(`^‘스마트폰’ 검색 결과 ${total}건 가운데 고른 조건에 맞는 \\d+건$`))
  for (const kind of await results(page).locator('.kind').allInnerTexts()) expect(kind).toMatch(/^교육 과정/)
})

test('the clear button empties the box and the results, and keeps the focus in the box', async ({ page }) => {
  await search(page, '엑셀')
  await page.getByRole('button', { name: '지우기' }).click()
  await expect(page.getByRole('searchbox')).toHaveValue('')
  await expect(page.getByRole('searchbox')).toBeFocused()
  await expect(results(page)).toHaveCount(0)
  await expect(page.getByRole('button', { name: '지우기' })).toBeHidden()
})

test('a result links straight to its page', async ({ page }) => {
  await search(page, '결제')
  await results(page).getByRole('link', { name: /간편결제/ }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('간편결제')
})

test('a search can be linked: /search/?q= fills the box and shows results, under the site CSP', async ({ page }) => {
  await recordCspViolations(page)
  await page.goto('/search/?q=' + encodeURIComponent('보험'))
  await expect(page.getByRole('searchbox')).toHaveValue('보험')
  await expect(results(page).getByRole('link', { name: /건강보험/ }).first()).toBeVisible()
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([])
})

// Chromium with scripts switched off by the test harness still parses <noscript> as text, so the
// page is read as a browser without JavaScript would render it: what its <noscript> holds.
for (const [path, message, finder, board] of [
  ['/search/', '자바스크립트가 켜져 있어야', '교육 과정 찾기', '시민정보화교실 게시판'],
  ['/en/search/', 'Search needs JavaScript', 'Find a class', 'Citizen Informatization Classroom board'],
]) {
  test(`without JavaScript ${path} says where to look`, async ({ request }) => {
    const html = await (await request.get(path)).text()
    const main = /<main\b[\s\S]*<\/main>/.exec(html)![0]
    const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(main)?.[1] ?? ''
    expect(noscript).toContain(message)
    const prefix = path.startsWith('/en/') ? '/en' : ''
    expect(noscript).toMatch(new RegExp(`<a href="${prefix}/courses/"[^>]*>${finder}`))
    expect(noscript).toMatch(new RegExp(`<a href="${prefix}/board/"[^>]*>${board}`))
  })
}

test('English search uses the English index', async ({ page }) => {
  await search(page, 'kiosk', '/en/search/')
  await expect(status(page)).toHaveText(/^\d+ results for “kiosk”$/)
  await expect(results(page).first().getByRole('link')).toHaveAttribute('href', '/en/courses/kiosk-restaurant-cafe/')
  await expect(results(page).first().locator('mark').first()).toHaveText(/kiosk/i)
})

for (const size of ['1', '5']) {
  test(`no axe violations at text size ${size}, with results and filters open`, async ({ page }) => {
    await page.addInitScript((value) => localStorage.setItem('seocho:text-size', value), size)
    await search(page, 'tmakxmvhs')
    await page.getByText('결과 거르기: 분류·분야·수준').click()
    await expect(page.getByRole('group', { name: '수준' })).toBeVisible()
    await expectNoAxeViolations(page, `/search/ at text size ${size}`)
  })
}

test('by keyboard: the header\'s 검색 puts the focus in the search box, ready to type', async ({ page }) => {
  await page.goto('/courses/')
  await page.getByRole('banner').getByRole('link', { name: '검색' }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/search\/$/)
  await expect(page.getByRole('searchbox')).toBeFocused()
  await page.keyboard.type('엑셀')
  await expect(results(page).first()).toBeVisible({ timeout: 20_000 })
})

test('at the largest text size the filters, the clear button and the results grow with the text, and each result link is named by its title', async ({ page }) => {
  const sizes: Record<string, Record<string, number>> = {}
  for (const size of ['1', '5']) {
    await page.addInitScript((value) => localStorage.setItem('seocho:text-size', value), size)
    await search(page, '강사')
    await page.getByText('결과 거르기: 분류·분야·수준').click()
    sizes[size] = await page.evaluate(() => {
      const px = (selector: string) => parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize)
      return { body: px('main'), filter: px('.filters label'), clear: px('[data-search-clear]'), kind: px('[data-search-results] .kind'), excerpt: px('[data-search-results] .excerpt') }
    })
    for (const [part, px] of Object.entries(sizes[size])) expect(px, `${part} at size ${size}`).toBeGreaterThanOrEqual(sizes[size].body * 0.85)
    for (const name of await results(page).getByRole('link').allInnerTexts()) expect(name.trim(), 'a result link named by its title').toMatch(/^[^#\s]/)
  }
  for (const part of Object.keys(sizes['1'])) expect(sizes['5'][part], `${part} grows with the text`).toBeGreaterThan(sizes['1'][part] * 1.6)
})

test('a focused result has the same strong focus ring as the rest of the site', async ({ page }) => {
  await search(page, '엑셀')
  const ring = async (target: import('@playwright/test').Locator) => {
    await target.focus()
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Tab')
    return target.evaluate((element) => {
      const style = getComputedStyle(element)
      return { outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`, shadow: style.boxShadow }
    })
  }
  const site = await ring(page.getByRole('banner').getByRole('link', { name: 'English' }))
  expect(site.outline).toMatch(/^solid [3-9]px/)
  expect(await ring(results(page).first().getByRole('link'))).toEqual(site)
})
