/**
 * Publish → served: the product started as `npm start` runs it on the bench's
 * database; an editor creates a draft board post and publishes it (REST, as
 * the admin does); the clock stops when the public server serves its page.
 */
import path from 'node:path'

import { projectRoot } from '../../cms/paths'
import { defaultAdmin, demoAccounts } from '../../cms/seed/seed'
import { waitForHttp } from '../../scripts/lib/processes'
import { runNode, tsxCli } from './children'

export async function publishLatency({ env, runs, cmsPort, sitePort, log }: { env: NodeJS.ProcessEnv; runs: number; cmsPort: number; sitePort: number; log: (line: string) => void }): Promise<number[]> {
  const cms = `http://127.0.0.1:${cmsPort}`
  const site = `http://127.0.0.1:${sitePort}`
  const product = runNode([tsxCli, path.join(projectRoot, 'scripts/start.ts')], { ...env, CMS_PORT: String(cmsPort), SITE_PORT: String(sitePort), HOST: '127.0.0.1' }, (line) =>
    /\[(start|build)\]/.test(line),
  )
  try {
    log('starting the product on the bench database (first build included) …')
    await waitForHttp(`${site}/`, 1_800_000)
    await waitForHttp(`${cms}/api/users/me`, 600_000)
    const [, editor] = demoAccounts(defaultAdmin())
    const login = await fetch(`${cms}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(editor) })
    if (!login.ok) throw new Error(`editor login failed: ${login.status} ${await login.text()}`)
    const headers = { 'content-type': 'application/json', authorization: `JWT ${(await login.json()).token}` }
    const samples: number[] = []
    for (let run = 1; run <= runs; run += 1) {
      const body = { root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: `게시 시간 측정 ${run}` }] }] } }
      const created = await fetch(`${cms}/api/board-posts?draft=true`, { method: 'POST', headers, body: JSON.stringify({ title: `게시 시간 측정 ${run}`, category: 'notice', body, _status: 'draft' }) })
      if (!created.ok) throw new Error(`draft post failed: ${created.status} ${await created.text()}`)
      const post = (await created.json()).doc
      const pressed = performance.now()
      const published = await fetch(`${cms}/api/board-posts/${post.id}`, { method: 'PATCH', headers, body: JSON.stringify({ _status: 'published' }) })
      if (!published.ok) throw new Error(`publish failed: ${published.status} ${await published.text()}`)
      // A request that fails (the server too busy to answer in time) is tried again: the clock runs on.
      const served = () => fetch(`${site}/board/${post.number}/`).then((response) => response.status === 200, () => false)
      while (!(await served())) await new Promise((resolve) => setTimeout(resolve, 100))
      const seconds = (performance.now() - pressed) / 1000
      samples.push(seconds)
      log(`publish ${run}/${runs}: served after ${seconds.toFixed(1)} s`)
      // Let the build queue go idle, so each run starts from the same state.
      await new Promise((resolve) => setTimeout(resolve, 2000))
    }
    return samples
  } finally {
    process.kill(product.pid, 'SIGTERM')
    await Promise.race([product.done, new Promise((resolve) => setTimeout(resolve, 10_000))])
  }
}
