/**
 * Where things live on disk, from this file's folder rather than the
 * working directory, so `npm start`, `next start cms`, tests and scripts
 * all find the same database and media.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const projectRoot = process.env.PROJECT_ROOT
  ? path.resolve(process.env.PROJECT_ROOT)
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Database file, generated secret and uploaded media (DATA_DIR overrides). */
export const dataDir = path.resolve(projectRoot, process.env.DATA_DIR ?? 'data')

export const mediaDir = (collection: 'media' | 'documents') => path.join(dataDir, 'uploads', collection)

export const cmsDir = path.join(projectRoot, 'cms')
