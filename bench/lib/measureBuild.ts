/**
 * One full `astro build` of the site, as the publish loop runs it, measured:
 * wall time, the phase split the build records (site/lib/build/timings.ts),
 * peak memory of the build's process tree, and the output it wrote.
 */
import fs from 'node:fs'
import path from 'node:path'

import { runAstroBuild } from '../../cms/build/runAstroBuild'
import type { BuildTimings } from '../../site/lib/build/timings'
import { outputSize } from './outputSize'
import { samplePeakMemory } from './processTree'

export interface BuildMeasure {
  seconds: number
  phases: { startup: number; contentLoading: number; rendering: number; imageProcessing: number; searchIndexing: number; other: number }
  imagesEncoded: number
  peakMemoryMB: number
  htmlPages: number
  pagesPerSecond: number
  outputFiles: number
  outputMB: number
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits))

export async function measureBuild(label: string, { outDir, env }: { outDir: string; env: NodeJS.ProcessEnv }): Promise<BuildMeasure> {
  // A fresh output folder and no Astro cache, as every build of the publishing loop starts.
  fs.rmSync(outDir, { recursive: true, force: true })
  fs.rmSync(path.join(path.dirname(outDir), `.cache-${path.basename(outDir)}`), { recursive: true, force: true })
  const timingsFile = path.join(path.dirname(outDir), `${path.basename(outDir)}-timings.json`)
  const started = performance.now()
  // The build exactly as the publishing loop runs it, with the bench's database and a timings file.
  let memory: ReturnType<typeof samplePeakMemory> | undefined
  const progress = setInterval(() => console.log(`  [${label}] ${((performance.now() - started) / 1000).toFixed(0)} s, ${((memory?.current() ?? 0) / 2 ** 20).toFixed(0)} MB`), 10_000)
  const build = await runAstroBuild(outDir, {
    env: { ...(env as Record<string, string>), BUILD_TIMINGS_FILE: timingsFile },
    onSpawn: (pid) => (memory = samplePeakMemory(pid)),
  })
  clearInterval(progress)
  const peak = memory?.stop() ?? 0
  const seconds = (performance.now() - started) / 1000
  if (!build.ok) throw new Error(`${label}: astro build failed (${build.signal ?? 'error'}):\n${build.output.slice(-4000)}`)

  const { marks, totals }: BuildTimings = JSON.parse(fs.readFileSync(timingsFile, 'utf8'))
  const s = (ms: number) => ms / 1000
  const images = s(totals.images?.ms ?? 0)
  const phases = {
    startup: s(marks.contentStart),
    contentLoading: s(marks.contentDone - marks.contentStart),
    // Bundling (about a second) cannot be told apart from rendering by the build's hooks.
    rendering: s(marks.rendered - marks.contentDone) - images,
    imageProcessing: images,
    searchIndexing: s(marks.indexDone - marks.indexStart),
    other: 0,
  }
  phases.other = Math.max(0, seconds - Object.values(phases).reduce((sum, value) => sum + value, 0))
  const size = outputSize(outDir)
  return {
    seconds: round(seconds),
    phases: Object.fromEntries(Object.entries(phases).map(([key, value]) => [key, round(value)])) as BuildMeasure['phases'],
    imagesEncoded: totals.imagesEncoded?.count ?? 0,
    peakMemoryMB: Math.round(peak / 2 ** 20),
    htmlPages: size.htmlPages,
    pagesPerSecond: round(size.htmlPages / (phases.rendering + phases.imageProcessing), 0),
    outputFiles: size.files,
    outputMB: round(size.bytes / 2 ** 20, 1),
  }
}
