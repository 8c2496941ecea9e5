/**
 * Staff save every kind of document through the admin itself, the way they
 * work: a new one with only what is required (every optional list, picture,
 * link and text left empty), saved as a draft, edited, saved again and
 * published; and the richest demo document of each kind (press photos, FAQ,
 * career rows, runs …) edited, published and put back, with nothing else in
 * it changed. The admin sends an empty list as its row count, 0: a save
 * refused for that ("다음 입력란이 유효하지 않습니다: 보도 사진") is what
 * staff met on every notice. Named to run after the tests that count the
 * demo content; what it creates it deletes.
 */
import { expect, type Locator, type Page, test } from '@playwright/test'
import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'

import { staffHeaders, staffPage } from './support/admin'
import { CMS_URL, SITE_URL } from './support/urls'

test.describe.configure({ timeout: 240_000 })

const stamp = Date.now().toString(36)

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/**
 * A plain text, textarea or number input, found by its label as staff read it:
 * "제목", with " *" when required and " — 한국어" when kept per language.
 */
const input = (page: Page, label: string) => page.getByLabel(new RegExp(`^${escape(label)}\\s*\\*?\\s*(— 한국어)?$`)).first()

/** Picks an option of one of Payload's select or relationship menus (react-select). */
async function choose(page: Page, fieldName: string, option: string | RegExp) {
  const field = page.locator(`#field-${fieldName}`)
  await field.locator('.rs__control').click()
  await page.locator('.rs__option').filter({ hasText: option }).first().click()
}

/** Types into a rich-text (Lexical) field. */
async function writeRichText(page: Page, fieldName: string, text: string) {
  const editor = page.locator(`.field-type:has(label[for="field-${fieldName}"]) [contenteditable="true"]`).first()
  await editor.click()
  await page.keyboard.type(text)
}

const errorToast = (page: Page) => page.locator('.payload-toast-item.toast-error, [data-sonner-toast][data-type="error"]')

/**
 * Presses a save button and waits for the admin's own request to the API
 * (`api` is `notices` or `globals/closures`). A refusal fails the test with
 * the answer staff would have read.
 */
async function press(page: Page, button: Locator, api: string) {
  await expect(button).toBeEnabled({ timeout: 30_000 })
  const [response] = await Promise.all([
    page.waitForResponse((r) => ['POST', 'PATCH'].includes(r.request().method()) && new URL(r.url()).pathname.startsWith(`/api/${api}`), { timeout: 60_000 }),
    button.click(),
  ])
  if (!response.ok()) throw new Error(`the admin's save was refused (${response.status()}): ${JSON.stringify(await response.json().catch(() => null))}`)
  await expect(errorToast(page)).toHaveCount(0)
}

/** The address of a document once its first save gave it an id (no longer `/create`). */
const savedUrl = (slug: string) => new RegExp(`/admin/collections/${slug}/(?!create$)[^/]+$`)

const saveDraftButton = (page: Page) => page.getByRole('button', { name: '임시 저장', exact: true })
const publishButton = (page: Page) => page.getByRole('button', { name: '게시', exact: true }).first()
const saveButton = (page: Page) => page.getByRole('button', { name: '저장', exact: true }).first()

interface Kind {
  slug: string
  /** the text field that names the document, by its label, and its API name */
  nameLabel: string
  nameField: string
  drafts: boolean
  /** fills in the required fields of a new document, and nothing else */
  fillRequired: (page: Page, name: string) => Promise<void>
  /** the demo document with the most optional content, for the "everything filled" save */
  richest: (docs: Array<Record<string, any>>) => Record<string, any>
  /** what a resident then sees of the new, barely filled document on the public site */
  onSite?: (page: Page, name: string, doc: Record<string, any>) => Promise<void>
}

const most = (measure: (doc: Record<string, any>) => number) => (docs: Array<Record<string, any>>) =>
  [...docs].sort((a, b) => measure(b) - measure(a))[0]
const filledCount = (doc: Record<string, any>) =>
  Object.values(doc).filter((value) => value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)).length

const KINDS: Kind[] = [
  {
    slug: 'notices',
    nameLabel: '제목',
    nameField: 'title',
    drafts: true,
    fillRequired: async (page, name) => {
      await input(page, '제목').fill(name)
      await writeRichText(page, 'body', '저장 확인용 공지 본문입니다.')
    },
    richest: most((doc) => (doc.photos?.length ?? 0) * 10 + (doc.attachments?.length ?? 0) * 10 + filledCount(doc)),
  },
  {
    slug: 'board-posts',
    nameLabel: '제목',
    nameField: 'title',
    drafts: true,
    fillRequired: async (page, name) => {
      await input(page, '제목').fill(name)
      await writeRichText(page, 'body', '저장 확인용 게시글입니다.')
    },
    richest: most((doc) => (doc.attachments?.length ?? 0) * 10 + filledCount(doc)),
  },
  {
    slug: 'courses',
    nameLabel: '제목',
    nameField: 'title',
    drafts: true,
    fillRequired: async (page, name) => {
      await input(page, '제목').fill(name)
      await choose(page, 'field', /./)
      await choose(page, 'level', /./)
      await input(page, '한 줄 소개').fill('저장 확인용 과정입니다.')
    },
    richest: most((doc) => (doc.runs?.length ?? 0) * 10 + (doc.sessions?.length ?? 0) + filledCount(doc)),
  },
  {
    slug: 'fields',
    nameLabel: '분야 이름',
    nameField: 'name',
    drafts: true,
    fillRequired: async (page, name) => {
      await input(page, '분야 이름').fill(name)
    },
    richest: most(filledCount),
  },
  {
    slug: 'instructors',
    nameLabel: '이름',
    nameField: 'name',
    drafts: true,
    fillRequired: async (page, name) => {
      await input(page, '이름').fill(name)
    },
    richest: most((doc) => (doc.career?.length ?? 0) * 10 + filledCount(doc)),
    // An instructor with no 강의 분야 yet is still in the directory, and their page has no empty "강의 분야".
    onSite: async (page, name, doc) => {
      await expect(async () => {
        await page.goto(`${SITE_URL}/instructors/`)
        await expect(page.getByRole('region', { name: '그 밖의 강사' }).getByRole('link', { name })).toBeVisible({ timeout: 2_000 })
      }).toPass({ timeout: 120_000 })
      await page.goto(`${SITE_URL}/instructors/${doc.slug}/`)
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
      await expect(page.getByText('강의 분야', { exact: true })).toHaveCount(0)
    },
  },
  {
    slug: 'zones',
    nameLabel: '이름',
    nameField: 'name',
    drafts: true,
    fillRequired: async (page, name) => {
      await input(page, '이름').fill(name)
      await choose(page, 'kind', /./)
      await input(page, '한 줄 소개').fill('저장 확인용 체험존입니다.')
      await input(page, '이용 대상').fill('서초구민')
      await input(page, '예약 시작일 (매월)').fill('22')
      await input(page, '예약 링크').fill('https://yeyak.seoul.go.kr/')
    },
    richest: most(filledCount),
  },
  {
    slug: 'pages',
    nameLabel: '제목',
    nameField: 'title',
    drafts: true,
    fillRequired: async (page, name) => {
      await input(page, '제목').fill(name)
    },
    richest: most((doc) => (doc.faqs?.length ?? 0) * 10 + filledCount(doc)),
  },
]

async function apiDoc(page: Page, slug: string, id: string | number, draft = true) {
  const response = await page.request.get(`${CMS_URL}/api/${slug}/${id}?depth=0&draft=${draft}&locale=ko`, { headers: await staffHeaders(page, 'admin') })
  expect(response.status(), `GET /api/${slug}/${id}`).toBe(200)
  return response.json()
}

/** What an edit may change besides the field edited: its own bookkeeping. */
const withoutBookkeeping = (doc: Record<string, unknown>) => {
  const { updatedAt: _updatedAt, _status: _s, ...rest } = doc
  return rest
}

const created: Array<{ slug: string; id: string | number }> = []

test.afterAll(async ({ browser }) => {
  const page = await staffPage(browser, 'admin')
  const headers = await staffHeaders(page, 'admin')
  for (const { slug, id } of created) await page.request.delete(`${CMS_URL}/api/${slug}/${id}`, { headers })
  await page.context().close()
})

for (const kind of KINDS) {
  test.describe(`${kind.slug} in the admin`, () => {
    test('a new one with every optional field empty: saved as a draft, edited, saved again and published', async ({ browser }) => {
      const page = await staffPage(browser, 'editor')
      await page.goto(`${CMS_URL}/admin/collections/${kind.slug}/create`)
      const name = `저장 확인 ${kind.slug} ${stamp}`
      await expect(input(page, kind.nameLabel)).toBeVisible({ timeout: 30_000 })
      await kind.fillRequired(page, name)

      await press(page, saveDraftButton(page), kind.slug)
      await expect(page).toHaveURL(savedUrl(kind.slug), { timeout: 30_000 })
      const id = page.url().split('/').pop()!
      created.push({ slug: kind.slug, id })
      expect((await apiDoc(page, kind.slug, id))[kind.nameField]).toBe(name)

      await input(page, kind.nameLabel).fill(`${name} 고침`)
      await press(page, saveDraftButton(page), kind.slug)
      expect((await apiDoc(page, kind.slug, id))[kind.nameField]).toBe(`${name} 고침`)

      await press(page, publishButton(page), kind.slug)
      const published = await apiDoc(page, kind.slug, id, false)
      expect(published._status).toBe('published')
      expect(published[kind.nameField]).toBe(`${name} 고침`)
      await kind.onSite?.(page, `${name} 고침`, published)
      await page.context().close()
    })

    test('the richest demo one: edited and published, then put back, and nothing else in it changes', async ({ browser }) => {
      const page = await staffPage(browser, 'editor')
      const list = await (await page.request.get(`${CMS_URL}/api/${kind.slug}?depth=0&limit=200&locale=ko`, { headers: await staffHeaders(page, 'admin') })).json()
      const doc = kind.richest(list.docs)
      const before = await apiDoc(page, kind.slug, doc.id)
      await page.goto(`${CMS_URL}/admin/collections/${kind.slug}/${doc.id}`)
      await expect(input(page, kind.nameLabel)).toHaveValue(before[kind.nameField], { timeout: 30_000 })

      await input(page, kind.nameLabel).fill(`${before[kind.nameField]} (고침)`)
      await press(page, saveDraftButton(page), kind.slug)
      await press(page, publishButton(page), kind.slug)
      expect((await apiDoc(page, kind.slug, doc.id, false))[kind.nameField]).toBe(`${before[kind.nameField]} (고침)`)

      await input(page, kind.nameLabel).fill(before[kind.nameField])
      await press(page, publishButton(page), kind.slug)
      const after = await apiDoc(page, kind.slug, doc.id, false)
      expect(withoutBookkeeping(after)).toEqual(withoutBookkeeping(before))
      await page.context().close()
    })
  })
}

test.describe('uploads in the admin', () => {
  const files = {
    media: async () => ({ name: `save-check-${stamp}.png`, mimeType: 'image/png', buffer: await sharp({ create: { width: 640, height: 480, channels: 3, background: '#2a6f97' } }).png().toBuffer() }),
    documents: async () => {
      const doc = await PDFDocument.create()
      doc.addPage().drawText('Save check', { x: 50, y: 700 })
      return { name: `save-check-${stamp}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(await doc.save()) }
    },
  }
  for (const [slug, label, name] of [
    ['media', '대체 텍스트', `저장 확인 사진 ${stamp}`],
    ['documents', '파일 제목', `저장 확인 문서 ${stamp}`],
  ] as const) {
    test(`${slug}: a new file with only what is required is saved, then edited and saved again`, async ({ browser }) => {
      const page = await staffPage(browser, 'editor')
      await page.goto(`${CMS_URL}/admin/collections/${slug}/create`)
      await page.locator('input[type="file"]').first().setInputFiles(await files[slug]())
      await input(page, label).fill(name)
      await press(page, saveButton(page), slug)
      await expect(page).toHaveURL(savedUrl(slug), { timeout: 30_000 })
      const id = page.url().split('/').pop()!
      created.push({ slug, id })
      await input(page, label).fill(`${name} 고침`)
      await press(page, saveButton(page), slug)
      expect((await apiDoc(page, slug, id, false))[slug === 'media' ? 'alt' : 'title']).toBe(`${name} 고침`)
      await page.context().close()
    })
  }
})

test('users: an admin adds a member of staff with only what is required, then edits the name', async ({ browser }) => {
  const page = await staffPage(browser, 'admin')
  await page.goto(`${CMS_URL}/admin/collections/users/create`)
  await expect(input(page, '이메일')).toBeVisible({ timeout: 30_000 })
  await input(page, '이메일').fill(`save-check-${stamp}@seocho.go.kr`)
  await input(page, '새 비밀번호').fill('Seocho-save-check-2026')
  await input(page, '비밀번호 확인').fill('Seocho-save-check-2026')
  await input(page, '이름').fill(`저장 확인 ${stamp}`)
  await press(page, saveButton(page), 'users')
  await expect(page).toHaveURL(savedUrl('users'), { timeout: 30_000 })
  const id = page.url().split('/').pop()!
  created.push({ slug: 'users', id })
  await input(page, '이름').fill(`저장 확인 ${stamp} 고침`)
  await press(page, saveButton(page), 'users')
  expect((await apiDoc(page, 'users', id, false)).name).toBe(`저장 확인 ${stamp} 고침`)
  await page.context().close()
})

const globalDoc = async (page: Page, slug: string, draft = true) =>
  (await page.request.get(`${CMS_URL}/api/globals/${slug}?depth=0&draft=${draft}&locale=ko`, { headers: await staffHeaders(page, 'admin') })).json()

// Site settings are the admin's; navigation and closures, editors'.
for (const { slug, who, label, read } of [
  { slug: 'site-settings', who: 'admin', label: '기관 이름', read: (doc: any) => doc.centerName },
  { slug: 'navigation', who: 'editor', label: '이름', read: (doc: any) => doc.items?.[0]?.label },
  { slug: 'closures', who: 'editor', label: '사유', read: (doc: any) => doc.closures?.[0]?.reason },
] as const) {
  test(`${slug}: edited, saved as a draft and published in the admin, then put back, nothing else changed`, async ({ browser }) => {
    const page = await staffPage(browser, who)
    const before = await globalDoc(page, slug)
    await page.goto(`${CMS_URL}/admin/globals/${slug}`)
    const field = input(page, label)
    await expect(field).toHaveValue(read(before), { timeout: 30_000 })
    await field.fill(`${read(before)} (고침)`)
    await press(page, saveDraftButton(page), `globals/${slug}`)
    await press(page, publishButton(page), `globals/${slug}`)
    expect(read(await globalDoc(page, slug, false))).toBe(`${read(before)} (고침)`)
    await field.fill(read(before))
    await press(page, publishButton(page), `globals/${slug}`)
    expect(withoutBookkeeping(await globalDoc(page, slug, false))).toEqual(withoutBookkeeping(before))
    await page.context().close()
  })
}

test('closures: every closure removed in the admin (the list left empty) is published, then put back', async ({ browser }) => {
  const page = await staffPage(browser, 'editor')
  const before = await globalDoc(page, 'closures')
  expect(before.closures.length).toBeGreaterThan(0)
  const headers = await staffHeaders(page, 'editor')
  const all = await (await page.request.get(`${CMS_URL}/api/globals/closures?depth=0&locale=all&draft=true`, { headers })).json()
  await page.goto(`${CMS_URL}/admin/globals/closures`)
  await expect(input(page, '사유')).toBeVisible({ timeout: 30_000 })
  // The form settles its state once the page has finished loading; a change made before that is forgotten.
  await page.waitForLoadState('networkidle')
  // Each row's menu has "빼기" (remove). On a slow machine the form can still
  // replace its state after the network is quiet, bringing the rows back and
  // leaving nothing to publish: then the rows are removed again.
  await expect(async () => {
    for (let rows = await page.locator('.array-actions__button').count(); rows > 0; rows -= 1) {
      await page.locator('.array-actions__button').first().click()
      await page.locator('.array-actions__remove').first().click()
      await expect(page.locator('.array-actions__button')).toHaveCount(rows - 1)
    }
    await expect(publishButton(page)).toBeEnabled({ timeout: 5_000 })
  }).toPass({ timeout: 60_000 })
  await press(page, publishButton(page), 'globals/closures')
  expect((await globalDoc(page, 'closures', false)).closures).toEqual([])
  // Put the demo closures back as they were, in both languages (through the API: not what is tested here).
  const rows = (locale: 'ko' | 'en', ids?: string[]) =>
    all.closures.map(({ id: _id, reason, ...row }: Record<string, any>, index: number) => ({ ...row, ...(ids ? { id: ids[index] } : {}), reason: reason[locale] }))
  const ko = await page.request.post(`${CMS_URL}/api/globals/closures?locale=ko&depth=0`, { headers, data: { closures: rows('ko'), _status: 'published' } })
  expect(ko.status()).toBe(200)
  const ids = (await ko.json()).result.closures.map((row: { id: string }) => row.id)
  const en = await page.request.post(`${CMS_URL}/api/globals/closures?locale=en&depth=0`, { headers, data: { closures: rows('en', ids), _status: 'published' } })
  expect(en.status()).toBe(200)
  await page.context().close()
})
