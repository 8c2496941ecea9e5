/**
 * Where "now" stands against a window of two instants: not open yet, open,
 * or over. One rule for every time-dependent label (registration, zone
 * bookings, open calls), at build time and again in the reader's browser,
 * which is why this module imports nothing: the page's script bundles it.
 */
export type WindowState = 'upcoming' | 'open' | 'closed'

/** `opensAt` absent means the window is already open (an open call runs until its deadline). */
export function windowState(now: number | Date, closesAt: number | Date, opensAt?: number | Date | null): WindowState {
  const at = Number(now)
  if (opensAt != null && at < Number(opensAt)) return 'upcoming'
  return at < Number(closesAt) ? 'open' : 'closed'
}
