/** Child processes of the benchmark: run with the bench's environment, their lines shown with a prefix. */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { projectRoot } from '../../cms/paths'

export const tsxCli = path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs')

export interface ChildRun {
  pid: number
  done: Promise<{ code: number | null; output: string }>
}

/** Runs node with args; `show` decides which output lines reach the terminal (progress). */
export function runNode(args: string[], env: NodeJS.ProcessEnv, show: (line: string) => boolean = () => true): ChildRun {
  const child = spawn(process.execPath, args, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const relay = (chunk: Buffer) => {
    const text = chunk.toString()
    output += text
    for (const line of text.split('\n')) if (line.trim() && show(line)) console.log(`  ${line}`)
  }
  child.stdout.on('data', relay)
  child.stderr.on('data', relay)
  const done = new Promise<{ code: number | null; output: string }>((resolve) => child.on('exit', (code) => resolve({ code, output })))
  return { pid: child.pid ?? 0, done }
}

/** The JSON a child printed on its `BENCH_RESULT {...}` line. */
export function resultOf<T>(output: string, what: string): T {
  const line = output.split('\n').find((l) => l.startsWith('BENCH_RESULT '))
  if (!line) throw new Error(`${what} printed no result:\n${output.slice(-3000)}`)
  return JSON.parse(line.slice('BENCH_RESULT '.length)) as T
}
