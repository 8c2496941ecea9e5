/**
 * Looks at the SQLite file before Payload opens it, so that a start on a
 * missing or read-only folder, a file that is not a database, or a database
 * another program holds locked stops at once with the file, the reason and
 * the remedy, instead of failing on the first save minutes later.
 */
import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

/** How long a write lock held by someone else is waited for, as Payload itself waits (busyTimeout). */
export const SQLITE_BUSY_TIMEOUT_MS = 5000

const SQLITE_HEADER = 'SQLite format 3\0'

const elsewhere = 'or point DATABASE_URI (or DATA_DIR) at another folder'

function problem(file: string, reason: string, remedy: string): Error {
  return new Error(`Cannot open the database ${file}: ${reason}. ${remedy}`)
}

function errorCode(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string }
  return code ?? message?.match(/SQLITE_[A-Z_]+/)?.[0] ?? ''
}

function checkFolder(file: string): void {
  const folder = path.dirname(file)
  try {
    // SQLite creates the file but not its folder: a fresh clone has no data/ yet.
    fs.mkdirSync(folder, { recursive: true })
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error)
    throw problem(file, `its folder ${folder} does not exist and cannot be created (${reason})`, `Create the folder, ${elsewhere}.`)
  }
  try {
    // Beside the file SQLite keeps its -wal and -shm files: the folder itself must be writable.
    fs.accessSync(folder, fs.constants.W_OK | fs.constants.X_OK)
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error)
    throw problem(file, `its folder ${folder} is not writable for this user (${reason}); SQLite writes its journal files there`, `Give this user write access to the folder (chmod u+w), ${elsewhere}.`)
  }
}

function checkFile(file: string): void {
  if (!fs.existsSync(file)) return
  if (!fs.statSync(file).isFile()) throw problem(file, 'it is a folder, not a file', `Move it away, ${elsewhere}.`)
  try {
    fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK)
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error)
    throw problem(file, `the file is not readable and writable for this user (${reason})`, 'Give this user read and write access to it (chmod u+rw).')
  }
  const handle = fs.openSync(file, 'r')
  const header = Buffer.alloc(SQLITE_HEADER.length)
  const read = fs.readSync(handle, header, 0, header.length, 0)
  fs.closeSync(handle)
  // An empty file is a database SQLite has not written to yet.
  if (read > 0 && header.toString('latin1') !== SQLITE_HEADER) {
    throw problem(
      file,
      'the file is not an SQLite database (it does not start with "SQLite format 3")',
      `Move it aside (npm start then creates a new database), restore the right file, ${elsewhere}.`,
    )
  }
}

/** Opens the file and takes the write lock once, as Payload will, waiting as long as Payload would. */
async function checkWriteLock(file: string): Promise<void> {
  const client = createClient({ url: `file:${file}` })
  try {
    await client.execute(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`)
    await client.execute('SELECT count(*) FROM sqlite_master')
    const transaction = await client.transaction('write')
    await transaction.rollback()
  } catch (error) {
    const code = errorCode(error)
    const detail = error instanceof Error ? error.message : String(error)
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      throw problem(
        file,
        `another process holds it locked (still locked after ${SQLITE_BUSY_TIMEOUT_MS / 1000} s)`,
        'Stop the other program using it (another `npm start` or `npm run dev` on the same data folder, a backup, an sqlite3 shell with an open transaction), then start again.',
      )
    }
    if (code.startsWith('SQLITE_NOTADB')) {
      throw problem(file, 'the file is not an SQLite database', `Move it aside (npm start then creates a new database), restore the right file, ${elsewhere}.`)
    }
    if (code.startsWith('SQLITE_CORRUPT')) {
      throw problem(file, 'the database is damaged', 'Restore it from a backup, or move it aside to start with a new database.')
    }
    if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM')) {
      throw problem(file, `SQLite cannot write to it (${detail})`, `Give this user write access to the file and its folder, ${elsewhere}.`)
    }
    throw problem(file, detail, 'Check the file and DATABASE_URI.')
  } finally {
    client.close()
  }
}

/** Throws an error naming the file, the reason and the remedy when Payload could not work on it. */
export async function checkSqliteFile(file: string): Promise<void> {
  checkFolder(file)
  checkFile(file)
  await checkWriteLock(file)
}
