/**
 * Peak memory of a process and everything it started (Pagefind runs as its
 * own binary, sharp in threads), read from /proc every 100 ms: the sum of
 * resident memory across the tree at its highest moment.
 */
import fs from 'node:fs'

function descendantsOf(root: number): number[] {
  const parents = new Map<number, number>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // Field 4 of /proc/<pid>/stat is the parent; the name (field 2) may hold spaces, so read after ')'.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]))
    } catch {
      // the process ended while we looked
    }
  }
  const tree = [root]
  for (let i = 0; i < tree.length; i += 1) for (const [pid, parent] of parents) if (parent === tree[i]) tree.push(pid)
  return tree
}

function residentBytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) * 1024 : 0
  } catch {
    return 0
  }
}

/** Starts sampling; `stop()` returns the peak in bytes (0 where /proc does not exist). */
export function samplePeakMemory(pid: number, everyMs = 100): { stop: () => number; current: () => number } {
  let peak = 0
  let last = 0
  const sample = () => {
    if (!fs.existsSync('/proc')) return
    last = descendantsOf(pid).reduce((sum, child) => sum + residentBytes(child), 0)
    peak = Math.max(peak, last)
  }
  const timer = setInterval(sample, everyMs)
  sample()
  return {
    current: () => last,
    stop: () => {
      clearInterval(timer)
      return peak
    },
  }
}
