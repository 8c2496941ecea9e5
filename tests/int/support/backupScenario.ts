/**
 * What staff do to a database after the demo seed, so a backup has
 * everything it must keep: a real photo with a Korean file name and a focal
 * point, an English-only caption, an attachment, drafts over published
 * documents (with a draft in between that a backup does not keep), a document
 * never published, an unpublished one, links in rich text (to a picture, a
 * course, and a page written later in the load order), scheduled publishing,
 * an English translation, a deleted board post (a gap in the numbers), an
 * instructor without a photo, a draft of the site settings, and review
 * requests: one waiting, one returned with the editor's comment and read by
 * its author, one settled by publishing.
 */
import type { Payload } from 'payload'

import { pdfFile, pngFile, richText } from './fixtures'

const quiet = { overrideAccess: true, context: { skipBuild: true } } as const

const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' })

/** Rich text with a picture, a link to a page and a course card in it. */
function linkedBody(intro: string, ids: { media: number | string; page: number | string; course: number | string }) {
  const body = richText(intro)
  body.root.children.push(
    {
      type: 'paragraph',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      textFormat: 0,
      children: [
        text('자세한 내용은 '),
        { type: 'link', version: 3, direction: 'ltr', format: '', indent: 0, id: 'link-faq', fields: { linkType: 'internal', newTab: false, doc: { relationTo: 'pages', value: ids.page } }, children: [text('자주 묻는 질문')] },
      ],
    } as never,
    { type: 'upload', version: 3, format: '', id: 'upload-photo', fields: null, relationTo: 'media', value: ids.media } as never,
    { type: 'relationship', version: 2, format: '', relationTo: 'courses', value: ids.course } as never,
  )
  return body
}

export interface Scenario {
  /** notice with drafts "A" then "B" saved over its published version */
  editedNotice: string
  /** notice never published, with a newer draft and a scheduled publish */
  draftOnlyNotice: string
  unpublishedCourse: string
  deletedPostNumber: number
  photoFilename: string
  attachmentFilename: string
  /** the editor's comment on the returned review request */
  returnComment: string
}

export async function editLikeStaff(payload: Payload, now: Date): Promise<Scenario> {
  const one = async (collection: 'notices' | 'courses' | 'pages' | 'instructors' | 'board-posts' | 'fields' | 'users', field: string, value: string) =>
    (await payload.find({ collection, where: { [field]: { equals: value } }, limit: 1, depth: 0, ...quiet })).docs[0] as Record<string, any>

  const photo = await payload.create({ collection: 'media', data: { alt: '강의실에서 태블릿을 배우는 어르신들', focalX: 30, focalY: 70 }, file: await pngFile('교육 장면.png', 320, 200), locale: 'ko', ...quiet })
  await payload.update({ collection: 'media', id: photo.id, data: { alt: 'Older residents learning on tablets', caption: 'Tablet class, autumn term' }, locale: 'en', ...quiet })
  const attachment = await payload.create({ collection: 'documents', data: { title: '2027년 교육 일정표' }, file: await pdfFile('2027 교육 일정표.pdf'), locale: 'ko', ...quiet })

  const faq = await one('pages', 'slug', 'faq')
  const course = await one('courses', 'slug', 'ai-chatbot-first-steps')
  const ids = { media: photo.id, page: faq.id, course: course.id }
  await payload.update({ collection: 'courses', id: course.id, data: { image: photo.id }, ...quiet })

  const unpublished = await one('courses', 'slug', 'ai-voice-assistant')
  await payload.update({ collection: 'courses', id: unpublished.id, data: { _status: 'draft' }, ...quiet })

  // Published, then two drafts over it: a backup keeps the published one and the newest draft only.
  const edited = await one('notices', 'slug', 'it-education-center-reorganised')
  await payload.update({ collection: 'notices', id: edited.id, data: { title: '초안 A' }, draft: true, locale: 'ko', ...quiet })
  await payload.update({ collection: 'notices', id: edited.id, data: { title: '초안 B', body: linkedBody('고친 본문', ids), attachments: [attachment.id] }, draft: true, locale: 'ko', ...quiet })
  await payload.update({ collection: 'notices', id: edited.id, data: { title: 'Draft B' }, draft: true, locale: 'en', ...quiet })

  // A published notice linking to a page (written after notices on restore).
  const linked = await one('notices', 'slug', 'vision-pro-zone-opens')
  await payload.update({ collection: 'notices', id: linked.id, data: { body: linkedBody('체험존 안내', ids) }, locale: 'ko', ...quiet })

  // Never published: created as a draft, saved again, scheduled to be published by the editor.
  const editor = await one('users', 'email', 'editor@example.com')
  const draftOnly = await payload.create({
    collection: 'notices',
    data: { title: '내년 교육 계획 (초안)', slug: 'plan-next-year', category: 'announcement', body: linkedBody('계획 초안', ids), _status: 'draft' } as never,
    draft: true,
    locale: 'ko',
    ...quiet,
  })
  await payload.update({ collection: 'notices', id: draftOnly.id, data: { title: 'Plan for next year (draft)' }, draft: true, locale: 'en', ...quiet })
  await payload.update({ collection: 'notices', id: draftOnly.id, data: { summary: '두 번째로 저장한 요약' }, draft: true, locale: 'ko', ...quiet })
  const day = 86_400_000
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'notices', value: String(draftOnly.id) }, user: { relationTo: 'users', value: editor.id } } as never,
    waitUntil: new Date(now.getTime() + 2 * day),
  })
  const about = await one('pages', 'slug', 'about')
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'unpublish', doc: { relationTo: 'pages', value: String(about.id) }, timezone: 'Asia/Seoul' } as never,
    waitUntil: new Date(now.getTime() + 10 * day),
  })

  // An English translation of a board post, an attachment, and a deleted post.
  const post = await one('board-posts', 'slug', 'post-002')
  await payload.update({ collection: 'board-posts', id: post.id, data: { title: 'Smartphone classes: schedule', body: richText('Two classes next month.') }, locale: 'en', ...quiet })
  await payload.update({ collection: 'board-posts', id: post.id, data: { attachments: [attachment.id] }, locale: 'ko', ...quiet })
  const gone = await one('board-posts', 'slug', 'post-005')
  await payload.delete({ collection: 'board-posts', id: gone.id, ...quiet })

  // An instructor with no photo, another with a new photo in a draft only.
  const [first, second] = [await one('instructors', 'slug', 'kim-miyeong'), await one('instructors', 'slug', 'lee-jeongho')]
  await payload.update({ collection: 'instructors', id: first.id, data: { photo: null }, ...quiet })
  await payload.update({ collection: 'instructors', id: second.id, data: { photo: photo.id }, draft: true, ...quiet })

  // A field described in English only.
  const field = await one('fields', 'slug', 'ai')
  await payload.update({ collection: 'fields', id: field.id, data: { description: null }, locale: 'ko', ...quiet })

  await payload.updateGlobal({ slug: 'site-settings', data: { phone: '02-2155-0000' }, draft: true, ...quiet })

  // Review requests, made and answered as staff do (the rules run: overrideAccess false).
  const contributor = (await one('users', 'email', 'contributor@example.com')) as never
  const asContributor = { overrideAccess: false, user: contributor, context: { skipBuild: true } } as const
  const asEditor = { overrideAccess: false, user: editor as never, context: { skipBuild: true } } as const
  const ask = (collection: 'notices' | 'board-posts', id: number | string, message?: string) =>
    payload.create({ collection: 'reviews', data: { document: { relationTo: collection, value: id }, message } as never, ...asContributor })
  await ask('notices', draftOnly.id, '내년 계획 초안입니다. 검토 부탁드립니다.')
  const returned = await ask('notices', edited.id)
  const returnComment = '사진 설명을 한 줄 더 넣어 주세요.'
  await payload.update({ collection: 'reviews', id: returned.id, data: { status: 'returned', comment: returnComment }, ...asEditor })
  await payload.update({ collection: 'reviews', id: returned.id, data: { seenByRequester: true }, ...asContributor })
  const reviewedPost = await one('board-posts', 'slug', 'post-003')
  await payload.update({ collection: 'board-posts', id: reviewedPost.id, data: { title: '다음 달 정보화 교육 수강생 모집 (고침)' }, draft: true, ...asContributor })
  await ask('board-posts', reviewedPost.id)
  await payload.update({ collection: 'board-posts', id: reviewedPost.id, data: { _status: 'published' }, ...asEditor })

  return {
    editedNotice: edited.slug!,
    draftOnlyNotice: draftOnly.slug!,
    unpublishedCourse: unpublished.slug!,
    deletedPostNumber: gone.number,
    photoFilename: photo.filename!,
    attachmentFilename: attachment.filename!,
    returnComment,
  }
}
