/** Boots Payload in this process (Local API), for command-line tools. */
import type { Payload } from 'payload'

export async function openCms(): Promise<Payload> {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  return getPayload({ config })
}

/** Local API scripts must end the process themselves, or open handles keep it alive. */
export async function closeCms(payload: Payload, code = 0): Promise<never> {
  await payload.destroy().catch(() => {})
  process.exit(code)
}

