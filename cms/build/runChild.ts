/**
 * A Node child of the publishing loop (an Astro build, a search indexer):
 * its output's tail kept for the build history, killed when it runs too long
 * or when the server that started it exits (its work could never go live).
 */
import { spawn } from 'node:child_process'

export interface ChildResult {
  ok: boolean
  output: string
  signal?: NodeJS.Signals | null
  code: number | null
}

export function runChild(
  args: string[],
  { cwd, env = process.env, timeoutMs = 10 * 60_000, keepChars = 20_000, onSpawn }: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; keepChars?: number; onSpawn?: (pid: number) => void },
): Promise<ChildResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    if (child.pid) onSpawn?.(child.pid)
    const stopChild = () => child.kill('SIGKILL')
    process.once('exit', stopChild)
    let output = ''
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-keepChars)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    const timer = setTimeout(stopChild, timeoutMs)
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      process.off('exit', stopChild)
      resolve({ ok: code === 0, output, signal, code })
    })
  })
}
