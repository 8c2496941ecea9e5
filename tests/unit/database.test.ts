import { describe, expect, it } from 'vitest'

import { databaseKind, mongoHost, sqliteUrl } from '../../cms/database'
import { projectRoot } from '../../cms/paths'

describe('DATABASE_URI', () => {
  it.each([
    ['file:./data/cms.db', 'sqlite'],
    ['file:/var/lib/seocho/cms.db', 'sqlite'],
    ['mongodb://db.internal:27017/seocho', 'mongodb'],
    ['mongodb+srv://user:pw@cluster0.abcde.mongodb.net/seocho', 'mongodb'],
  ])('%s is %s', (uri, kind) => {
    expect(databaseKind(uri)).toBe(kind)
  })

  it.each(['postgres://localhost/seocho', 'cms.db', ''])('%j is refused with the accepted forms named', (uri) => {
    expect(() => databaseKind(uri)).toThrow(/file:.*mongodb:\/\/.*mongodb\+srv:\/\//)
  })

  it('resolves a relative SQLite path from the project, not the working directory', () => {
    expect(sqliteUrl('file:./data/cms.db')).toBe(`file:${projectRoot}/data/cms.db`)
    expect(sqliteUrl('file:/tmp/x.db')).toBe('file:/tmp/x.db')
  })

  it.each([
    ['mongodb://db.internal:27017/seocho', 'db.internal:27017'],
    ['mongodb://user:secret@db1:27017,db2:27017/seocho?replicaSet=rs0', 'db1:27017,db2:27017'],
    ['mongodb+srv://user:p%40ss@cluster0.abcde.mongodb.net/seocho', 'cluster0.abcde.mongodb.net'],
  ])('names the host of %s without credentials', (uri, host) => {
    expect(mongoHost(uri)).toBe(host)
  })
})
