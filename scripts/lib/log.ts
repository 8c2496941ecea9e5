/** One prefix per command, so interleaved output from start, seed and build stays readable. */
export const logger = (prefix: string) => (line: string) => console.log(`[${prefix}] ${line}`)

export const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`
