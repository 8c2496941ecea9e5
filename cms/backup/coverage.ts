/**
 * A backup that silently drops a field is worse than none. Every field of
 * every collection and global is either written by entries.ts / accounts.ts
 * or named below as deliberately left out; a field added to the CMS and to
 * neither list stops the export (and the backup test) until it is handled.
 */
import type { FlattenedField, Payload } from 'payload'

/** Field paths (array and group members joined with dots) a backup carries. */
const CARRIED: Record<string, string[]> = {
  users: ['email', 'name', 'role', 'salt', 'hash'],
  media: ['alt', 'caption', 'credit', 'filename', 'focalX', 'focalY'],
  documents: ['title', 'filename', 'mimeType'],
  fields: ['name', 'slug', 'description', 'order', 'image'],
  instructors: ['name', 'slug', 'headline', 'photo', 'bio', 'fields', 'career.period', 'career.role', 'background'],
  courses: [
    'title', 'slug', 'field', 'level', 'summary', 'description', 'outline.title', 'outline.detail', 'prerequisites', 'instructors', 'fee',
    'materials', 'image', 'runs.termMonth', 'runs.startDate', 'runs.endDate', 'runs.weekdays', 'runs.startTime', 'runs.endTime',
    'runs.sessions', 'runs.room', 'runs.capacity', 'runs.registrationUrl', 'runs.status', 'runs.registrationOpensOn', 'runs.registrationClosesOn',
  ],
  notices: [
    'title', 'slug', 'category', 'publishedDate', 'pinned', 'summary', 'body', 'deadline', 'applicationUrl', 'callField',
    'howToApply', 'pay', 'results', 'contact',
    'photos.image', 'photos.caption', 'photos.credit', 'attachments',
  ],
  'board-posts': ['number', 'title', 'slug', 'category', 'pinned', 'publishedDate', 'body', 'attachments'],
  zones: [
    'name', 'slug', 'kind', 'summary', 'description', 'openedYear', 'location', 'hours.days', 'hours.opens', 'hours.closes',
    'eligibility', 'bookingOpensDay', 'bookingNote', 'sessionMinutes', 'reservationUrl', 'image',
  ],
  pages: ['title', 'slug', 'summary', 'body', 'faqs.question', 'faqs.answer'],
  'site-settings': [
    'centerName', 'address', 'phone', 'email', 'hours.days', 'hours.opens', 'hours.closes', 'registrationRule.windowDays',
    'registrationRule.opensAt', 'registrationRule.closesAt', 'registrationRule.closedDayShift', 'links.registrationSystem', 'links.districtOffice', 'links.classroomBoard',
    'press.contactName', 'press.phone', 'press.email',
  ],
  navigation: ['items.label', 'items.href'],
  closures: ['closures.startDate', 'closures.endDate', 'closures.reason'],
  reviews: [
    'document', 'documentTitle', 'status', 'message', 'comment', 'requestedBy', 'requestedByName', 'requestedAt', 'decidedBy',
    'decidedByName', 'decidedAt', 'seenByRequester',
  ],
}

/** Left out everywhere: made by Payload on every write, or row ids that mean nothing in another database. */
const MADE_BY_PAYLOAD = new Set(['id', 'createdAt', 'updatedAt', '_status'])

/** Left out on purpose, with the reason. */
const LEFT_OUT: Record<string, string[]> = {
  // Derived from the original file, which the backup holds: made again on restore.
  media: ['url', 'thumbnailURL', 'mimeType', 'filesize', 'width', 'height', 'sizes'],
  documents: ['url', 'thumbnailURL', 'filesize', 'width', 'height', 'focalX', 'focalY'],
  // Sign-in state, not the account: a restore signs everyone out and clears lockouts and reset links.
  users: ['resetPasswordToken', 'resetPasswordExpiration', 'resetPasswordRequestedAt', 'loginAttempts', 'lockUntil', 'sessions'],
  // A join: computed from courses.instructors.
  instructors: ['courses'],
  // Not stored: the admin's warning about closed days, computed from the run's dates.
  courses: ['runs.closedDaysWarning'],
}

function paths(fields: FlattenedField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    if (!('name' in field) || MADE_BY_PAYLOAD.has(field.name)) return []
    const path = `${prefix}${field.name}`
    if ((field.type === 'array' || field.type === 'group') && 'flattenedFields' in field) return paths(field.flattenedFields, `${path}.`)
    return [path]
  })
}

/** The system's own records, not content: the audit log, site builds, and Payload's jobs, locks and preferences. */
const isSystem = (slug: string) => slug === 'audit-log' || slug === 'site-builds' || slug.startsWith('payload-')

/** Collections, globals and fields of the configuration that no list above accounts for. */
export function uncoveredFields(payload: Payload): string[] {
  const configs = [
    ...Object.values(payload.collections).map(({ config }) => ({ slug: config.slug, fields: config.flattenedFields })),
    ...payload.config.globals.map((global) => ({ slug: global.slug, fields: global.flattenedFields })),
  ].filter(({ slug }) => !isSystem(slug))
  return configs.flatMap(({ slug, fields }) => {
    if (!(slug in CARRIED)) return [`${slug} (the whole collection)`]
    const known = new Set([...CARRIED[slug], ...(LEFT_OUT[slug] ?? [])])
    return paths(fields)
      .filter((path) => !known.has(path) && !known.has(path.split('.')[0]))
      .map((path) => `${slug}.${path}`)
  })
}
