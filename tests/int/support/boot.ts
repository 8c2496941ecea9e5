/**
 * Boots Payload through the Local API on a throwaway database: a fresh SQLite
 * file by default, or a fresh database on the MongoDB server of
 * DATABASE_URI=mongodb://… so the same suite runs against both adapters.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload, SanitizedConfig } from 'payload'

export interface TestCms {
  payload: Payload
  dataDir: string
  /** the getPayload cache key, for handleEndpoints */
  key: string
  config: SanitizedConfig
  close: () => Promise<void>
}

export function withDatabaseName(uri: string, name: string): string {
  const url = new URL(uri)
  url.pathname = `/${name}`
  return url.toString()
}

/** Points the environment at a new empty database; call before importing the config. */
export function useThrowawayDatabase(): { dataDir: string; mongo: boolean } {
  const id = randomBytes(4).toString('hex')
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `seocho-int-${id}-`))
  process.env.DATA_DIR = dataDir
  const base = process.env.TEST_DATABASE_URI ?? process.env.DATABASE_URI ?? ''
  process.env.TEST_DATABASE_URI = base
  const mongo = /^mongodb(\+srv)?:\/\//.test(base)
  process.env.DATABASE_URI = mongo ? withDatabaseName(base, `seocho_int_${id}`) : `file:${path.join(dataDir, 'cms.db')}`
  return { dataDir, mongo }
}

export async function bootCms(): Promise<TestCms> {
  const { dataDir, mongo } = useThrowawayDatabase()
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../../payload.config')
  const key = path.basename(dataDir)
  const payload = await getPayload({ config, key })
  return {
    payload,
    dataDir,
    key,
    config: await config,
    close: async () => {
      if (mongo) await (payload.db as unknown as { connection: { dropDatabase(): Promise<void> } }).connection.dropDatabase()
      await payload.destroy()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
