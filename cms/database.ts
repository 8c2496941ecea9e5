/**
 * The database follows DATABASE_URI: an embedded SQLite file by default,
 * MongoDB for mongodb:// and mongodb+srv:// URIs.
 */
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Payload } from 'payload'

import { cmsDir, dataDir, projectRoot } from './paths'
import { indexLocaleParents } from './localeIndexes'
import { checkSqliteFile, SQLITE_BUSY_TIMEOUT_MS } from './sqliteFileCheck'

export type DatabaseKind = 'sqlite' | 'mongodb'

export const defaultDatabaseUri = () => `file:${path.join(dataDir, 'cms.db')}`

export function databaseKind(uri: string): DatabaseKind {
  if (/^mongodb(\+srv)?:\/\//i.test(uri)) return 'mongodb'
  if (uri.startsWith('file:')) return 'sqlite'
  throw new Error(
    `DATABASE_URI must start with file: (SQLite), mongodb:// or mongodb+srv:// (MongoDB); got "${uri.split(':')[0]}:…".`,
  )
}

/** `file:./data/x.db` means relative to the project, never to whatever folder a command ran in. */
export function sqliteUrl(uri: string): string {
  const file = uri.slice('file:'.length)
  return `file:${path.isAbsolute(file) ? file : path.resolve(projectRoot, file)}`
}

/** The host part of a MongoDB URI, without credentials, for error messages. */
export function mongoHost(uri: string): string {
  const afterScheme = uri.replace(/^mongodb(\+srv)?:\/\//i, '')
  const withoutCredentials = afterScheme.slice(afterScheme.lastIndexOf('@') + 1)
  return withoutCredentials.split(/[/?]/)[0] || '(no host)'
}

const MONGO_TIMEOUT_MS = Number(process.env.MONGODB_TIMEOUT_MS ?? 5000)

function mongodb(uri: string): DatabaseAdapterObj {
  const base = mongooseAdapter({
    url: uri,
    // Fail in seconds, not after the driver's 30 s default, when no server answers.
    connectOptions: { serverSelectionTimeoutMS: MONGO_TIMEOUT_MS, connectTimeoutMS: MONGO_TIMEOUT_MS },
  })
  return {
    ...base,
    init: (args) => {
      const adapter = base.init(args)
      const connect = adapter.connect
      adapter.connect = async function connectNamingHost(this: typeof adapter, options) {
        try {
          return await connect?.call(this, options)
        } catch (error) {
          const reason = error instanceof Error ? error.message.replace(/^Error: /, '') : String(error)
          throw new Error(
            `Cannot reach MongoDB at ${mongoHost(uri)} within ${MONGO_TIMEOUT_MS / 1000} s (DATABASE_URI). Start the server or fix the URI. ${reason}`,
          )
        }
      }
      return adapter
    },
  }
}

function sqlite(uri: string): DatabaseAdapterObj {
  const url = sqliteUrl(uri)
  const base = sqliteAdapter({
    client: { url },
    // One schema history for every mode: migrations, applied at start (see runMigrations).
    push: false,
    migrationDir: path.join(cmsDir, 'migrations'),
    busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
    wal: true,
    afterSchemaInit: [indexLocaleParents],
  })
  return {
    ...base,
    init: (args) => {
      const adapter = base.init(args)
      const connect = adapter.connect
      adapter.connect = async function connectCheckingFile(this: typeof adapter, options) {
        // A missing folder, a foreign or locked file stops the start here, named, not on the first save.
        if (!options?.hotReload) await checkSqliteFile(url.slice('file:'.length))
        return connect?.call(this, options)
      }
      return adapter
    },
  }
}

export function databaseAdapter(uri = process.env.DATABASE_URI || defaultDatabaseUri()): DatabaseAdapterObj {
  return databaseKind(uri) === 'mongodb' ? mongodb(uri) : sqlite(uri)
}

/**
 * SQLite tables come from the committed migrations, in development, tests and
 * production alike, so a database made by one mode opens in the others.
 * MongoDB needs no schema.
 */
export async function runMigrations(payload: Payload, migrations: readonly unknown[]): Promise<void> {
  if (payload.db.name !== 'sqlite' || process.env.PAYLOAD_MIGRATING === 'true') return
  await payload.db.migrate({ migrations: migrations as Parameters<Payload['db']['migrate']>[0] extends { migrations?: infer M } ? M : never })
}
