/** npm run serve: serves an already built site folder (default dist/) on SITE_PORT. */
import path from 'node:path'

import { projectRoot } from '../cms/paths'
import { startStaticServer } from '../site/server/staticServer'

const root = path.resolve(projectRoot, process.argv[2] ?? process.env.SITE_OUT_DIR ?? 'dist')
const port = Number(process.env.SITE_PORT || 4321)
const host = process.env.HOST || '127.0.0.1'
await startStaticServer({ root: () => root, port, host })
console.log(`[serve] ${root} at http://${host}:${port}/`)
