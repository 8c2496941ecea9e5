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
import { previewable } from './cms/collections/shared'
import { SiteBuilds } from './cms/collections/SiteBuilds'
import { Users } from './cms/collections/Users'
import { Zones } from './cms/collections/Zones'
import { databaseAdapter, runMigrations } from './cms/database'
import { guardRestWrites } from './cms/endpoints/guardRestWrites'
import { Navigation } from './cms/globals/Navigation'
import { requireKoreanOnly } from './cms/fields/requiredInKoreanOnly'
import { withAudit, withGlobalAudit } from './cms/hooks/recordAudit'
import { tracksPublication } from './cms/hooks/publicationChange'
import { globalRebuildsSite, rebuildsSite } from './cms/hooks/requestSiteBuild'
import { SiteSettings } from './cms/globals/SiteSettings'
import { migrations } from './cms/migrations'
import { trustedOrigins } from './cms/publicUrls'
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
    importMap: {
      baseDir: path.resolve(dirname, 'cms'),
      importMapFile: path.resolve(dirname, 'cms/app/(payload)/admin/importMap.js'),
    },
  },
  collections: [
    ...[Courses, Fields, Instructors, Notices, BoardPosts, Zones, Pages].map(previewable).map(tracksPublication).map(rebuildsSite),
    ...[Media, Documents].map(rebuildsSite),
    AuditLog,
    Users,
    SiteBuilds,
  ]
    .map(requireKoreanOnly)
    .map(withAudit),
  globals: [SiteSettings, Navigation].map(globalRebuildsSite).map(requireKoreanOnly).map(withGlobalAudit),
  // Scheduled publishing runs as Payload jobs; `npm start` runs the queue (no autoRun, so one runner only).
  jobs: { tasks: [], jobsCollectionOverrides: ({ defaultJobsCollection }) => ({ ...defaultJobsCollection, admin: { ...defaultJobsCollection.admin, hidden: false, group: { ko: '관리', en: 'Admin' } } }) },
  editor: lexicalEditor(),
  db: databaseAdapter(),
  sharp,
  i18n: { supportedLanguages: { ko, en }, fallbackLanguage: 'ko' },
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
  onInit: async (payload) => {
    await runMigrations(payload, migrations)
    // Malformed REST writes are refused with a 4xx naming the field, before Payload's own handlers.
    guardRestWrites(payload)
  },
})
