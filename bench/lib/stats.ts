/** Median and spread of repeated measurements, rounded for the report. */
export interface Spread {
  median: number
  min: number
  max: number
  runs: number[]
}

export function spread(values: number[], digits = 2): Spread {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2
  const round = (value: number) => Number(value.toFixed(digits))
  return { median: round(middle), min: round(sorted[0]), max: round(sorted[sorted.length - 1]), runs: values.map(round) }
}

/** The run whose total is the median, so its phase split adds up to the reported time. */
export function medianRun<T>(runs: T[], value: (run: T) => number): T {
  return [...runs].sort((a, b) => value(a) - value(b))[Math.floor((runs.length - 1) / 2)]
}
