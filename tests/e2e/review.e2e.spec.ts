/**
 * The newsroom flow in the admin: a contributor, who is never offered a
 * publish button, asks for a review; the editor finds it first on the
 * dashboard, returns it with a comment; the contributor reads the comment on
 * the dashboard and on the post, mends it and asks again; the editor
 * publishes it with a word of thanks, is told when the site shows it, and the
 * contributor sees the outcome.
 */
import { expect, type Page, test } from '@playwright/test'

import { richText } from '../int/support/fixtures'
import { ACCOUNTS, staffPage } from './support/admin'
import { CMS_URL } from './support/urls'

const stamp = Date.now().toString(36)
const title = `12월 키오스크 실습 안내 ${stamp}`

async function askForReview(page: Page, message: string) {
  await page.getByRole('button', { name: '검토 요청', exact: true }).click()
  const dialog = page.getByRole('dialog')
  await slow(dialog.getByText('편집자에게 검토를 요청합니다')).toBeVisible()
  await dialog.getByLabel('편집자에게 남길 말 (선택)').fill(message)
  await dialog.getByRole('button', { name: '검토 요청 보내기' }).click()
  await slow(page.getByText('검토를 요청했습니다.').first()).toBeVisible({ timeout: 60_000 })
}

/** The admin answers in seconds on a busy two-core machine: every wait here is generous. */
const slow = expect.configure({ timeout: 60_000 })

test('contributor asks, editor returns with a comment, contributor mends and asks again, editor publishes', async ({ browser, request }) => {
  test.setTimeout(600_000)

  // The contributor's draft, written through the API as the admin would save it.
  const login = await request.post(`${CMS_URL}/api/users/login`, { data: ACCOUNTS.contributor })
  const authorization = `JWT ${(await login.json()).token}`
  const created = await request.post(`${CMS_URL}/api/board-posts?draft=true`, {
    headers: { authorization },
    data: { title, category: 'notice', body: richText('무인 주문기 사용법을 함께 연습합니다.'), _status: 'draft' },
  })
  expect(created.status()).toBe(201)
  const post = (await created.json()).doc
  const postUrl = `${CMS_URL}/admin/collections/board-posts/${post.id}`

  // The contributor is offered "검토 요청", never "게시".
  const contributor = await staffPage(browser, 'contributor')
  await contributor.goto(postUrl)
  await slow(contributor.getByRole('button', { name: '임시 저장' })).toBeVisible({ timeout: 60_000 })
  await slow(contributor.getByRole('button', { name: /게시/ })).toHaveCount(0)
  await slow(contributor.getByText("다 쓰면 '임시 저장' 옆의 '검토 요청'을 누르세요.", { exact: false })).toBeVisible()
  await askForReview(contributor, '사진은 내일 넣겠습니다.')
  await slow(contributor.getByText('검토 대기', { exact: true }).first()).toBeVisible()

  // The editor sees it first on the dashboard, above the collections.
  const editor = await staffPage(browser, 'editor')
  await editor.goto(`${CMS_URL}/admin`)
  const inbox = editor.getByRole('region', { name: /검토를 기다리는 글/ })
  await slow(inbox.getByRole('link', { name: title })).toBeVisible()
  const headings = await editor.getByRole('heading', { level: 2 }).allInnerTexts()
  expect(headings[0]).toMatch(/^검토를 기다리는 글/)
  await slow(inbox).toContainText('사진은 내일 넣겠습니다.')

  // It returns it, with a comment; a return without one is refused in Korean.
  await inbox.getByRole('link', { name: title }).click()
  await slow(editor).toHaveURL(postUrl)
  await editor.getByRole('button', { name: '돌려보내기' }).click()
  await slow(editor.getByRole('alert').filter({ hasText: '무엇을 고치면 되는지' })).toBeVisible()
  await editor.getByLabel('작성자에게 남길 의견').fill('실습 날짜와 장소를 본문에 넣어 주세요.')
  await editor.getByRole('button', { name: '돌려보내기' }).click()
  await slow(editor.getByText('작성자에게 돌려보냈습니다.').first()).toBeVisible()

  // The contributor sees the note on the dashboard and on the post.
  await contributor.goto(`${CMS_URL}/admin`)
  const mine = contributor.getByRole('region', { name: /내 검토 요청/ })
  await slow(mine).toContainText('돌려보냄')
  await slow(mine).toContainText('실습 날짜와 장소를 본문에 넣어 주세요.')
  await mine.getByRole('link', { name: title }).click()
  await slow(contributor.getByText('돌려보냈습니다. 의견을 보고 고친 뒤 다시 검토를 요청하세요.', { exact: false })).toBeVisible({ timeout: 60_000 })
  await slow(contributor.getByText('실습 날짜와 장소를 본문에 넣어 주세요.')).toBeVisible()
  await contributor.getByRole('button', { name: '확인했습니다' }).click()
  await slow(contributor.getByText('확인 표시를 했습니다.').first()).toBeVisible()

  // It asks again; the editor publishes with a word of thanks and is told when the site shows it.
  await askForReview(contributor, '날짜와 장소를 넣었습니다.')
  await editor.goto(postUrl)
  await slow(editor.getByText('날짜와 장소를 넣었습니다.')).toBeVisible({ timeout: 60_000 })
  await editor.getByLabel('작성자에게 남길 의견').fill('좋습니다. 게시했습니다.')
  await editor.getByRole('region', { name: '검토', exact: true }).getByRole('button', { name: '게시', exact: true }).click()
  const note = editor.getByRole('status').filter({ hasText: /누리집에/ })
  await slow(note).toContainText(/약 \d+초 뒤 누리집에 반영됩니다|곧 누리집에 반영됩니다|누리집에 반영되었습니다/)
  await slow(note.getByRole('link', { name: '빌드 기록 보기' })).toHaveAttribute('href', /\/admin\/collections\/site-builds\/\d+$/)

  // The contributor's dashboard says it went out, with the editor's words.
  await contributor.goto(`${CMS_URL}/admin`)
  await slow(mine).toContainText('게시됨')
  await slow(mine).toContainText('좋습니다. 게시했습니다.')
  const history = await request.get(`${CMS_URL}/api/reviews?where[document.value][equals]=${post.id}&sort=createdAt&depth=0`, { headers: { authorization } })
  expect((await history.json()).docs.map((review: { status: string }) => review.status)).toEqual(['returned', 'published'])

  await contributor.context().close()
  await editor.context().close()
})
