import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { ko } from '@payloadcms/translations/languages/ko'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { AuditLog } from './cms/collections/AuditLog'
import { BoardPosts } from './cms/collections/BoardPosts'
import { Courses } from './cms/collections/Courses'
import { Documents } from './cms/collections/Documents'
import { Fields } from './cms/collections/Fields'
import { Instructors } from './cms/collections/Instructors'
import { Media } from './cms/collections/Media'
import { Notices } from './cms/collections/Notices'
import { Pages } from './cms/collections/Pages'
import { apiTabForAdminsOnly, previewable, PUBLIC_COLLECTIONS, schedulable, withDocumentPanel } from './cms/collections/shared'
import { Reviews } from './cms/collections/Reviews'
import { SiteBuilds } from './cms/collections/SiteBuilds'
import { Users } from './cms/collections/Users'
import { Zones } from './cms/collections/Zones'
import { databaseAdapter, runMigrations } from './cms/database'
import { guardRestWrites } from './cms/endpoints/guardRestWrites'
import { Closures } from './cms/globals/Closures'
import { Navigation } from './cms/globals/Navigation'
import { ADMIN_DATE_FORMAT } from './cms/fields/dateDisplay'
import { checkDraftsForForm } from './cms/fields/draftChecks'
import { requireKoreanOnly } from './cms/fields/requiredInKoreanOnly'
import { explainRefusal } from './cms/hooks/explainRefusal'
import { adminEnglish, adminKorean } from './cms/i18n/adminKorean'
import { koreanLexical } from './cms/i18n/lexicalKorean'
import { payloadLogger } from './cms/logging'
import { withAudit, withGlobalAudit } from './cms/hooks/recordAudit'
import { tracksPublication } from './cms/hooks/publicationChange'
import { globalRebuildsSite, rebuildsSite } from './cms/hooks/requestSiteBuild'
import { SiteSettings } from './cms/globals/SiteSettings'
import { migrations } from './cms/migrations'
import { trustedOrigins } from './cms/publicUrls'
import { scheduleEndpoints } from './cms/scheduling/scheduleEndpoints'
import { schedulePublishTask } from './cms/scheduling/schedulePublishTask'
import { resolvePayloadSecret } from './cms/secret'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: resolvePayloadSecret(),
  serverURL: process.env.CMS_PUBLIC_URL || undefined,
  // Only the admin's own origin and the public site may call the API from a browser, and a login
  // cookie counts only on requests from those origins (Payload's CSRF check).
  cors: trustedOrigins(),
  csrf: trustedOrigins(),
  admin: {
    user: Users.slug,
    // Payload's default asks gravatar.com for a picture of each staff email; the admin's policy allows no third party.
    avatar: 'default',
    meta: { titleSuffix: ' · 서초구 IT교육센터' },
    // "2026년 12월 2일(수) 오후 2:39" in Korean (Payload's default read "12월 2일 2026, 2:39 오후").
    dateFormat: ADMIN_DATE_FORMAT,
    components: {
      // Editors see what waits for their review first; contributors, what became of their requests.
      beforeDashboard: ['/components/dashboard/ReviewInbox#ReviewInbox'],
      beforeLogin: ['/components/login/LoginIntro#LoginIntro'],
      providers: ['/components/i18n/KoreanToasts#KoreanToasts', '/components/i18n/StaffRole#StaffRole'],
    },
    importMap: {
      baseDir: path.resolve(dirname, 'cms'),
      importMapFile: path.resolve(dirname, 'cms/app/(payload)/admin/importMap.js'),
    },
  },
  collections: [
    ...[Courses, Fields, Instructors, Notices, BoardPosts, Zones, Pages].map(previewable).map(withDocumentPanel).map(schedulable).map(tracksPublication).map(rebuildsSite),
    ...[Media, Documents].map(rebuildsSite),
    Reviews,
    AuditLog,
    Users,
    SiteBuilds,
  ]
    .map(requireKoreanOnly)
    .map(checkDraftsForForm)
    .map(apiTabForAdminsOnly)
    .map(withAudit),
  globals: [SiteSettings, Navigation, Closures].map(globalRebuildsSite).map(requireKoreanOnly).map(apiTabForAdminsOnly).map(withGlobalAudit),
  // Scheduled publishing runs as Payload jobs (cms/scheduling/); `npm start` runs the queue (no autoRun, so one runner only).
  endpoints: scheduleEndpoints,
  jobs: { tasks: [schedulePublishTask([...PUBLIC_COLLECTIONS])], jobsCollectionOverrides: ({ defaultJobsCollection }) => ({ ...defaultJobsCollection, admin: { ...defaultJobsCollection.admin, hidden: false, group: { ko: '관리', en: 'Admin' } } }) },
  editor: koreanLexical(lexicalEditor()),
  db: databaseAdapter(),
  sharp,
  // Payload's Korean, reworded where it read like a machine translation (cms/i18n/adminKorean.ts).
  i18n: { supportedLanguages: { ko, en }, fallbackLanguage: 'ko', translations: { ko: adminKorean, en: adminEnglish } },
  localization: {
    locales: [
      { code: 'ko', label: '한국어' },
      { code: 'en', label: 'English', fallbackLocale: 'ko' },
    ],
    defaultLocale: 'ko',
    fallback: true,
  },
  // The largest kind (attachments, 20 MB); images are held to 10 MB by their own rule (verifyUploadContent).
  upload: {
    limits: { fileSize: 20 * 1024 * 1024 },
    responseOnLimit: '파일이 너무 큽니다. 20MB 이하로 올려 주세요. (The file is too large: upload 20 MB or less.)',
  },
  // Types are generated on purpose (npm run generate:types, on SQLite ids), never as a side effect of
  // starting Payload: a test that boots on another adapter would otherwise rewrite them.
  typescript: { outputFile: path.resolve(dirname, 'cms/payload-types.ts'), autoGenerate: false },
  // Nothing uses GraphQL (the admin and the site use REST and the Local API): off, so its mutations are no
  // second way past the checks every REST write goes through (cms/endpoints/guardRestWrites.ts).
  graphQL: { disable: true },
  telemetry: false,
  // A wrong password or a refused request is one log line, not a stack trace (cms/logging.ts).
  logger: payloadLogger(),
  // Every 403 says, in the staff member's language, what to do instead (cms/hooks/explainRefusal.ts).
  hooks: { afterError: [explainRefusal] },
  onInit: async (payload) => {
    await runMigrations(payload, migrations)
    // Malformed REST writes are refused with a 4xx naming the field, before Payload's own handlers.
    guardRestWrites(payload)
  },
})
