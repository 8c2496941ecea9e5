/** Child processes that start, report, and stop with their parent. */
import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { projectRoot } from '../../cms/paths'

const children = new Set<ChildProcess>()

/** A package's own bin through this Node, so there is one process id to stop (not npx's). */
export const binOf = (pkg: string, bin: string) => path.join(projectRoot, 'node_modules', pkg, bin)

export function run(label: string, args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: projectRoot, env, stdio: 'inherit' })
  children.add(child)
  child.on('exit', () => children.delete(child))
  child.on('error', (error) => console.error(`[${label}] could not start: ${error.message}`))
  return child
}

/** Runs to completion; rejects with the exit code. */
export function runToEnd(label: string, args: string[], env?: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    run(label, args, env).on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${label} failed (${signal ?? `exit ${code}`})`)),
    )
  })
}

export function stopAll(signal: NodeJS.Signals = 'SIGTERM'): void {
  for (const child of children) child.kill(signal)
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopAll(signal)
    process.exit(130)
  })
}

/** Polls a URL until it answers (any status), so "ready" is printed only when it is true. */
export async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      await fetch(url, { redirect: 'manual' })
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 300))
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}
