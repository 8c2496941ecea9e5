/** Milliseconds as staff say it: "12초", "1분 5초", "1 min 5 s". */
export function formatDuration(ms: unknown, language?: string): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) return ''
  const total = Math.max(1, Math.round(ms / 1000))
  const minutes = Math.floor(total / 60)
  const seconds = total % 60
  if (language === 'en') return minutes ? `${minutes} min${seconds ? ` ${seconds} s` : ''}` : `${seconds} s`
  return minutes ? `${minutes}분${seconds ? ` ${seconds}초` : ''}` : `${seconds}초`
}
