/**
 * Site search in Korean: words are found without their particles and as
 * parts of compounds. Recall is measured on a fixed set of resident queries.
 */
import fs from 'node:fs'

import { expect, test } from '@playwright/test'

const courses: { slug: string; title: { ko: string } }[] = JSON.parse(fs.readFileSync('content/courses.json', 'utf8'))
const slugOf = (titlePart: string) => {
  const course = courses.find((c) => c.title.ko.includes(titlePart))
  if (!course) throw new Error(`no demo course titled with ${titlePart}`)
  return course.slug
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
  const recall = hits.length / QUERIES.length
  const misses = QUERIES.filter((pair) => !hits.includes(pair)).map(([query]) => query)
  console.log(`search recall: ${hits.length}/${QUERIES.length} = ${recall.toFixed(2)}${misses.length ? `; missed: ${misses.join(', ')}` : ''}`)
  test.info().annotations.push({ type: 'search recall', description: `${hits.length}/${QUERIES.length}` })
  expect(misses).toEqual([])
})

test('find a class by a part of a compound word, through the search page', async ({ page }) => {
  await page.goto('/search/')
  await page.getByRole('searchbox').fill('결제')
  const result = page.getByRole('link', { name: /간편결제/ }).first()
  await expect(result).toBeVisible()
  await result.click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('간편결제')
})

test('a search can be linked: /search/?q= fills the box and shows results', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('보험'))
  await expect(page.getByRole('searchbox')).toHaveValue('보험')
  await expect(page.getByRole('link', { name: /건강보험/ }).first()).toBeVisible()
})

test('English search uses the English index', async ({ page }) => {
  await page.goto('/en/search/')
  await page.getByRole('searchbox').fill('kiosk')
  await expect(page.locator('pagefind-results a[href^="/en/"]').first()).toBeVisible()
})
