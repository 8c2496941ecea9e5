/**
 * Stored script. The corpus of tests/e2e/support/xssPayloads.ts goes, through
 * the REST API as an admin, into every text, rich-text, link and filename field
 * of published documents and both globals; link fields must refuse every
 * address that is not https (published or draft) with a 400 naming the field.
 * Then the live site (every page showing those documents, search, feeds,
 * calendars) and the admin (edit and list views) are opened with listeners for
 * dialogs, beacon requests, console lines, `window.__xss`, script CSP
 * violations and injected elements: nothing may run. Each page's scripts must
 * be the build's own, vouched for by a CSP without 'unsafe-inline'.
 * The counts go to test-results/xss-summary.json.
 */
import fs from 'node:fs'

import { type APIRequestContext, expect, type Page, test } from '@playwright/test'

import { defaultAdmin } from '../../cms/seed/seed'
import { CMS_URL } from './support/urls'
import { handShapedRichText, lexical, PayloadPlanner, RISKY_LINK_PAYLOADS } from './support/xssContent'
import { fixtures, loginHeaders, nextMonthInSeoul, type Written, writeDoc } from './support/xssFixtures'
import { FILENAME_PAYLOADS, ICS_INJECTION, URL_PAYLOADS, XSS_PAYLOADS, type XssPayload } from './support/xssPayloads'
import { checkCalendar, checkFeeds, checkPolicyIsEnforced, type Findings, visitAdminView, visitPreview, visitSitePage, waitForLiveSite } from './support/xssVisits'
import { watchForExecution } from './support/xssWatch'

const admin = defaultAdmin()
/** Lower-case letters and digits: a valid slug part and one search word. */
const stamp = `xq${Date.now().toString(36)}`
const planner = new PayloadPlanner(stamp)
const findings: Findings = { stamp, sightings: [], problems: [], otherCspReports: new Set(), visited: { site: [], admin: [] } }
const written: Written[] = []
/** Writes the CMS refused: `key` names the field as collection.field for the summary. */
const refusals: { key: string; payload: number; draft: boolean }[] = []
const notes: string[] = []
const docs: Record<string, Written> = {}
let storedFilenames: string[] = []
let originalGlobals: { settings: Record<string, unknown>; navigation: Record<string, unknown> } | undefined

const ACCEPTED_URLS = URL_PAYLOADS.filter((payload) => payload.https)
const REFUSED_URLS = URL_PAYLOADS.filter((payload) => !payload.https)

test('stored markup and script never run, on the public site or in the admin', async ({ page, request }) => {
  test.setTimeout(20 * 60_000)
  const board2 = await test.step('the CMS stores the corpus in every text, rich-text, link and filename field', () => storeCorpus(request))
  await test.step('link fields refuse what is not https, draft or published; slugs and emails refuse markup', () => refuseBadValues(request, board2))
  await test.step('nothing runs on the public site, and every page allows only the build’s own scripts', () => checkSite(page, request))
  await test.step('nothing runs in the admin', () => checkAdmin(page))
  expect(findings.problems, 'pages whose scripts, policy, feed, calendar or search are wrong').toEqual([])
  expect(findings.sightings, 'payloads that ran or were injected').toEqual([])
})

async function storeCorpus(request: APIRequestContext) {
  const headers = await loginHeaders(request, admin)
  const write = async (collection: string, data: Record<string, unknown>, label = collection) => {
    const doc = await writeDoc(request, headers, collection, data)
    written.push(doc)
    docs[label] = doc
    return doc
  }
  const build = fixtures(planner, stamp, nextMonthInSeoul())

  // Uploads whose names carry markup: Payload keeps the name, so it must come back without any.
  for (const [index, name] of FILENAME_PAYLOADS.image.entries()) {
    const doc = await build.upload(request, headers, 'media', name, index)
    written.push(doc)
    docs[`media${index + 1}`] = doc
  }
  for (const [index, name] of FILENAME_PAYLOADS.document.entries()) {
    const doc = await build.upload(request, headers, 'documents', name, index)
    written.push(doc)
    docs[`document${index + 1}`] = doc
  }
  storedFilenames = written.filter((doc) => doc.filename).map((doc) => doc.filename!)
  for (const filename of storedFilenames) expect(filename, 'a stored filename keeps no markup').not.toMatch(/[<>"]/)

  const media = [docs.media1.id, docs.media2.id]
  const field = await write('fields', build.field(media[0]), 'field')
  const instructors = [await write('instructors', build.instructor(1, field.id, media[1]), 'instructor1'), await write('instructors', build.instructor(2, field.id, media[0]), 'instructor2')]
  const teachers = instructors.map((doc) => doc.id)
  await write('courses', build.course(1, { field: field.id, instructors: teachers, image: media[0], registrationUrl: build.link('courses.runs.registrationUrl', ACCEPTED_URLS[0]) }), 'course1')
  await write('courses', build.course(2, { field: field.id, instructors: teachers, image: media[1], registrationUrl: build.link('courses.runs.registrationUrl', ACCEPTED_URLS[1]), summary: `${stamp}${ICS_INJECTION}` }), 'course2')
  const attachments = [docs.document1.id, docs.document2.id]
  await write('notices', build.notice(1, { category: 'announcement', attachments }), 'notice1')
  await write('notices', build.notice(2, { category: 'press-release', photos: media }), 'notice2')
  await write('notices', build.notice(3, { category: 'open-call', applicationUrl: build.link('notices.applicationUrl', ACCEPTED_URLS[0]), callField: field.id }), 'notice3')
  await write('board-posts', build.boardPost(1, { category: 'notice', attachments }), 'board1')
  const board2 = build.boardPost(2, { category: 'schedule', attachments: [] })
  await write('board-posts', board2, 'board2')
  await write('zones', build.zone({ image: media[0], reservationUrl: build.link('zones.reservationUrl', ACCEPTED_URLS[1]) }), 'zone')
  await write('pages', build.page(), 'page')

  // English translations: the English pages and the English search index carry payloads of their own.
  for (const label of ['course1', 'notice1']) {
    const { collection, id } = docs[label]
    const english = await request.patch(`${CMS_URL}/api/${collection}/${id}?locale=en`, {
      headers,
      data: { ...build.english(collection as 'courses' | 'notices'), _status: 'published' },
    })
    expect(english.status(), `translating ${label}: ${(await english.text()).slice(0, 300)}`).toBe(200)
  }

  // Rich text shaped by hand (a table cell whose numbers carry markup): refused, or stored and rendered harmless.
  const handShaped = await request.post(`${CMS_URL}/api/board-posts`, {
    headers,
    data: { title: `${stamp} hand-shaped`, slug: `${stamp}-hand-shaped`, category: 'notice', body: handShapedRichText(stamp), _status: 'published' },
  })
  if (handShaped.status() === 201) {
    const doc = (await handShaped.json()).doc
    docs.board3 = { collection: 'board-posts', id: doc.id, number: doc.number, slug: doc.slug }
    written.push(docs.board3)
    notes.push('a hand-shaped table node was stored by the CMS; the site must render it harmless')
  } else {
    expect(handShaped.status(), await handShaped.text()).toBe(400)
    notes.push('a hand-shaped table node was refused by the CMS (400)')
  }

  // Both globals: every text, plus https links carrying markup. Kept to restore afterwards.
  originalGlobals = {
    settings: await (await request.get(`${CMS_URL}/api/globals/site-settings?depth=0`, { headers })).json(),
    navigation: await (await request.get(`${CMS_URL}/api/globals/navigation?depth=0`, { headers })).json(),
  }
  const settings = await request.post(`${CMS_URL}/api/globals/site-settings`, { headers, data: build.settings(originalGlobals.settings, ACCEPTED_URLS) })
  expect(settings.status(), await settings.text()).toBe(200)
  const navigation = await request.post(`${CMS_URL}/api/globals/navigation`, { headers, data: build.navigation(originalGlobals.navigation) })
  expect(navigation.status(), await navigation.text()).toBe(200)
  return board2
}

/**
 * Link fields refuse every address that is not https, published or draft, naming the field; rich-text links to
 * scripting or data addresses, slugs and email addresses with markup are refused too. Nothing stored changes.
 */
async function refuseBadValues(request: APIRequestContext, board2: Record<string, unknown>) {
  const headers = await loginHeaders(request, admin)
  const course = docs.course1
  const courseRun = (await (await request.get(`${CMS_URL}/api/courses/${course.id}?depth=0`, { headers })).json()).runs[0]
  const targets: { key: string; field: string; send: (url: string, draft: boolean) => Promise<Response> }[] = []
  type Response = Awaited<ReturnType<APIRequestContext['patch']>>
  const patch = (collection: string, id: string | number, data: Record<string, unknown>, draft: boolean) =>
    request.patch(`${CMS_URL}/api/${collection}/${id}${draft ? '?draft=true' : ''}`, { headers, data: { ...data, _status: draft ? 'draft' : 'published' } })
  const global = (slug: string, data: Record<string, unknown>, draft: boolean) =>
    request.post(`${CMS_URL}/api/globals/${slug}${draft ? '?draft=true' : ''}`, { headers, data: { ...data, _status: draft ? 'draft' : 'published' } })
  targets.push({ key: 'courses.runs.registrationUrl', field: 'runs.0.registrationUrl', send: (url, draft) => patch('courses', course.id, { runs: [{ ...courseRun, registrationUrl: url }] }, draft) })
  targets.push({ key: 'notices.applicationUrl', field: 'applicationUrl', send: (url, draft) => patch('notices', docs.notice3.id, { applicationUrl: url }, draft) })
  targets.push({ key: 'zones.reservationUrl', field: 'reservationUrl', send: (url, draft) => patch('zones', docs.zone.id, { reservationUrl: url }, draft) })
  for (const name of ['registrationSystem', 'districtOffice', 'classroomBoard']) {
    targets.push({ key: `site-settings.links.${name}`, field: `links.${name}`, send: (url, draft) => global('site-settings', { links: { [name]: url } }, draft) })
  }
  targets.push({ key: 'navigation.items.href', field: 'items.0.href', send: (url, draft) => global('navigation', { items: [{ label: `${stamp} menu`, href: url }] }, draft) })
  for (const target of targets) {
    for (const payload of REFUSED_URLS) {
      for (const draft of [false, true]) {
        const response = await target.send(payload.text, draft)
        const body = await response.text()
        expect(response.status(), `${target.field} ${draft ? '(draft)' : ''} took payload ${payload.id} (${payload.name}): ${body.slice(0, 300)}`).toBe(400)
        const paths = (JSON.parse(body).errors?.[0]?.data?.errors ?? []).map((error: { path: string }) => error.path)
        expect(paths, `the refusal of payload ${payload.id} names ${target.field}`).toContain(target.field)
        refusals.push({ key: target.key, payload: payload.id, draft })
      }
    }
  }
  // Scripting and data addresses as rich-text links, one at a time: refused with a 400 naming the field, or kept (and then
  // rendered on the site, where they must come out harmless).
  const keptLinks: XssPayload[] = []
  for (const payload of RISKY_LINK_PAYLOADS) {
    const links = [...keptLinks, payload].map((p) => lexical.link(p.text, [lexical.text(`${stamp} ${p.name}`)]))
    const body = lexical.root([...(board2.body as ReturnType<typeof lexical.root>).root.children, lexical.block('paragraph', [lexical.text(`${stamp} links`), ...links])])
    const response = await patch('board-posts', docs.board2.id, { body }, false)
    const text = await response.text()
    if (response.status() === 200) {
      keptLinks.push(payload)
      continue
    }
    expect(response.status(), `a rich-text link to payload ${payload.id}: ${text.slice(0, 300)}`).toBe(400)
    expect(JSON.parse(text).errors[0].data.errors.map((error: { path: string }) => error.path)).toContain('body')
    refusals.push({ key: 'board-posts.body (link address)', payload: payload.id, draft: false })
  }
  planner.note('board-posts.body (link address)', keptLinks)
  notes.push(`rich-text links: ${RISKY_LINK_PAYLOADS.length - keptLinks.length} scripting/data addresses refused, ${keptLinks.length} kept (${keptLinks.map((p) => p.id).join(', ') || 'none'})`)
  // Slugs and email addresses take no markup either.
  for (const payload of XSS_PAYLOADS.filter((p) => p.text.includes('<')).slice(0, 5)) {
    const slug = await patch('notices', docs.notice1.id, { slug: payload.text }, false)
    expect(slug.status(), `slug took payload ${payload.id}`).toBe(400)
    refusals.push({ key: 'notices.slug', payload: payload.id, draft: false })
    const email = await global('site-settings', { press: { email: `${payload.text}@example.com` } }, false)
    expect(email.status(), `press.email took payload ${payload.id}`).toBe(400)
    refusals.push({ key: 'site-settings.press.email', payload: payload.id, draft: false })
  }

  // What is stored is still the accepted https link, in the published version and the newest draft alike.
  for (const draft of [false, true]) {
    const query = `?depth=0${draft ? '&draft=true' : ''}`
    const courseNow = await (await request.get(`${CMS_URL}/api/courses/${course.id}${query}`, { headers })).json()
    expect(courseNow.runs[0].registrationUrl).toBe(ACCEPTED_URLS[0].text)
    expect((await (await request.get(`${CMS_URL}/api/notices/${docs.notice3.id}${query}`, { headers })).json()).applicationUrl).toBe(ACCEPTED_URLS[0].text)
    expect((await (await request.get(`${CMS_URL}/api/zones/${docs.zone.id}${query}`, { headers })).json()).reservationUrl).toBe(ACCEPTED_URLS[1].text)
    const settingsNow = await (await request.get(`${CMS_URL}/api/globals/site-settings${query}`, { headers })).json()
    expect(settingsNow.links.districtOffice).toBe(ACCEPTED_URLS[0].text)
    const menu = await (await request.get(`${CMS_URL}/api/globals/navigation${query}`, { headers })).json()
    expect(menu.items.every((item: { href: string }) => /^\/|^https:\/\//.test(item.href))).toBe(true)
  }
}

async function checkSite(page: Page, request: APIRequestContext) {
  const paths = sitePaths()
  const newPages = paths.filter((path) => path.includes(stamp) || /^\/board\/\d+\/$/.test(path)).filter((path) => !path.includes('not-a-page') && !path.startsWith('/search'))
  await waitForLiveSite(request, newPages, [`${stamp} menu`, `${stamp}-center`])
  await watchForExecution(page, findings.sightings)
  for (const path of paths) {
    for (const prefix of ['', '/en']) await visitSitePage(page, request, `${prefix}${path}`, findings)
  }
  await checkFeeds(page, request, findings)
  for (const label of ['course1', 'course2']) {
    // The fixture courses have one run, next month: its calendar file is named by that month.
    for (const prefix of ['', '/en']) await checkCalendar(request, `${prefix}/courses/${docs[label].slug}/${nextMonthInSeoul()}.ics`, findings)
  }
  await checkPolicyIsEnforced(page, findings)
}

async function checkAdmin(page: Page) {
  await page.goto(`${CMS_URL}/admin`)
  await page.getByLabel('이메일').fill(admin.email)
  await page.getByLabel('비밀번호').fill(admin.password)
  await page.getByRole('button', { name: '로그인' }).click()
  await expect(page.getByRole('link', { name: /교육 과정/ }).first()).toBeVisible({ timeout: 60_000 })
  const views = [
    ...written.map((doc) => `/admin/collections/${doc.collection}/${doc.id}`),
    ...[...new Set(written.map((doc) => doc.collection))].map((collection) => `/admin/collections/${collection}?limit=100`),
    '/admin/globals/site-settings',
    '/admin/globals/navigation',
  ]
  for (const view of views) await visitAdminView(page, view, findings)
  await visitPreview(page, `/preview/courses/${docs.course1.id}?locale=ko`, findings)
}

test.afterAll(async ({ request }) => {
  const summary = summarise()
  fs.mkdirSync('test-results', { recursive: true })
  fs.writeFileSync('test-results/xss-summary.json', `${JSON.stringify(summary, null, 2)}\n`)
  console.log(
    `xss: ${summary.payloadsTried}/${summary.payloads} payloads tried (+${summary.filenamePayloads} filenames), ${summary.fieldsCovered} fields ` +
      `(${summary.distinctFields} distinct), ${summary.documents} documents, ` +
      `${summary.pagesVisited.site} site pages + ${summary.pagesVisited.admin} admin views visited, ${summary.refused} writes refused, ${summary.executionsSeen} executions seen`,
  )
  await restore(request)
})

/** What the lead quotes: how much was tried where, and what was seen. */
function summarise() {
  const storedFields = [...planner.fields.keys(), 'media.filename', 'documents.filename']
  const refusingFields = [...new Set(refusals.map((r) => r.key))]
  const tried = new Set([...[...planner.fields.values()].flatMap((ids) => [...ids]), ...refusals.map((r) => r.payload)])
  return {
    stamp,
    payloads: XSS_PAYLOADS.length,
    payloadsTried: XSS_PAYLOADS.filter((payload) => tried.has(payload.id)).length,
    linkPayloads: URL_PAYLOADS.length,
    filenamePayloads: FILENAME_PAYLOADS.image.length + FILENAME_PAYLOADS.document.length,
    payloadsPlaced: planner.payloadsPlaced,
    fieldsCovered: new Set([...storedFields, ...refusingFields]).size,
    /** the same, counting a field once whatever its locale */
    distinctFields: new Set([...storedFields, ...refusingFields].map((field) => field.replace(/ \((en|link address)\)$/, ''))).size,
    fields: { stored: storedFields, refusing: refusingFields },
    documents: written.length + 2,
    pagesVisited: { site: findings.visited.site.length, admin: findings.visited.admin.length },
    refused: refusals.length,
    refusedLinks: refusals.filter((r) => !r.key.endsWith('slug') && !r.key.endsWith('email')).length,
    storedFilenames,
    executionsSeen: findings.sightings.length,
    sightings: findings.sightings,
    pageProblems: findings.problems,
    otherCspReports: [...findings.otherCspReports],
    notes,
  }
}

/** Every page that shows the documents: their own, the lists, home, the not-found page, search (last: its index follows the pages). */
function sitePaths(): string[] {
  const slug = (label: string) => docs[label]?.slug
  return [
    '/',
    '/courses/',
    `/courses/${slug('course1')}/`,
    `/courses/${slug('course2')}/`,
    `/courses/field/${slug('field')}/`,
    '/courses/level/intro/',
    '/fields/',
    '/timetable/',
    '/instructors/',
    `/instructors/${slug('instructor1')}/`,
    `/instructors/${slug('instructor2')}/`,
    '/notices/',
    '/notices/category/announcement/',
    `/notices/${slug('notice1')}/`,
    `/notices/${slug('notice2')}/`,
    `/notices/${slug('notice3')}/`,
    '/open-calls/',
    '/press/',
    '/board/',
    `/board/${docs.board1.number}/`,
    `/board/${docs.board2.number}/`,
    ...(docs.board3 ? [`/board/${docs.board3.number}/`] : []),
    '/zones/',
    `/zones/${slug('zone')}/`,
    `/${slug('page')}/`,
    `/${stamp}-not-a-page/`,
    `/search/?q=${stamp}`,
  ]
}

/** The globals go back to what they were; the documents are deleted (the site rebuilds without them). */
async function restore(request: APIRequestContext) {
  const headers = await loginHeaders(request, admin).catch(() => undefined)
  if (!headers) return console.warn('xss: could not sign in to clean up; the test documents stay')
  const failed: string[] = []
  const check = async (what: string, response: Promise<Awaited<ReturnType<APIRequestContext['post']>>>) => {
    const status = (await response).status()
    if (status !== 200) failed.push(`${what} (${status})`)
  }
  if (originalGlobals) {
    const strip = ({ id: _id, globalType: _type, createdAt: _created, updatedAt: _updated, ...rest }: Record<string, unknown>) => rest
    await check('site-settings', request.post(`${CMS_URL}/api/globals/site-settings`, { headers, data: { ...strip(originalGlobals.settings), _status: 'published' } }))
    await check('navigation', request.post(`${CMS_URL}/api/globals/navigation`, { headers, data: { ...strip(originalGlobals.navigation), _status: 'published' } }))
  }
  for (const doc of [...written].reverse()) await check(`${doc.collection} #${doc.id}`, request.delete(`${CMS_URL}/api/${doc.collection}/${doc.id}`, { headers }))
  if (failed.length) console.warn(`xss: clean-up failed for ${failed.join(', ')}`)
}
