/**
 * Every name the admin shows for a field comes from us in Korean. Where a
 * field has no Korean label Payload falls back to its code name, in English
 * ("Career 추가" on a list's add button, "Photo" over an upload).
 */
import type { Field, GlobalConfig, CollectionConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { AuditLog } from '../../cms/collections/AuditLog'
import { BoardPosts } from '../../cms/collections/BoardPosts'
import { Courses } from '../../cms/collections/Courses'
import { Documents } from '../../cms/collections/Documents'
import { Fields } from '../../cms/collections/Fields'
import { Instructors } from '../../cms/collections/Instructors'
import { Media } from '../../cms/collections/Media'
import { Notices } from '../../cms/collections/Notices'
import { Pages } from '../../cms/collections/Pages'
import { Reviews } from '../../cms/collections/Reviews'
import { SiteBuilds } from '../../cms/collections/SiteBuilds'
import { Users } from '../../cms/collections/Users'
import { Zones } from '../../cms/collections/Zones'
import { Closures } from '../../cms/globals/Closures'
import { Navigation } from '../../cms/globals/Navigation'
import { SiteSettings } from '../../cms/globals/SiteSettings'

const configs: Array<CollectionConfig | GlobalConfig> = [AuditLog, BoardPosts, Courses, Documents, Fields, Instructors, Media, Notices, Pages, Reviews, SiteBuilds, Users, Zones, Closures, Navigation, SiteSettings]

/** Every field, with its path, inside groups, rows, tabs, arrays and blocks. */
function* walk(fields: Field[], path: string): Generator<[string, Field]> {
  for (const field of fields) {
    const here = 'name' in field && field.name ? `${path}.${field.name}` : path
    yield [here, field]
    if ('fields' in field && Array.isArray(field.fields)) yield* walk(field.fields, here)
    if (field.type === 'tabs') for (const tab of field.tabs) yield* walk(tab.fields, 'name' in tab && tab.name ? `${here}.${tab.name}` : here)
    if (field.type === 'blocks') for (const block of field.blocks) yield* walk(block.fields, `${here}.${block.slug}`)
  }
}

const all = configs.flatMap((config) => [...walk(config.fields, config.slug)])
const korean = (text: unknown) => typeof text === 'object' && text !== null && typeof (text as Record<string, unknown>).ko === 'string' && /[가-힣]/.test((text as Record<string, string>).ko)

describe('field names in the admin, in Korean', () => {
  it.each(all.filter(([, field]) => field.type === 'array'))('the list %s names one row in Korean (its "… 추가" button)', (_path, field) => {
    expect(korean((field as { labels?: { singular?: unknown } }).labels?.singular)).toBe(true)
    expect(korean((field as { labels?: { plural?: unknown } }).labels?.plural)).toBe(true)
  })

  it.each(all.filter(([, field]) => 'name' in field && field.name && !(field.admin as { hidden?: boolean } | undefined)?.hidden && field.type !== 'ui' && (field as { label?: unknown }).label !== false))(
    '%s has a Korean label',
    (_path, field) => {
      expect(korean((field as { label?: unknown }).label)).toBe(true)
    },
  )
})
