/**
 * The security headers of the CMS (admin, API, draft preview), shared by
 * next.config.mjs (fixed headers) and proxy.ts (the admin's per-request
 * script nonce). Plain JavaScript: next.config.mjs is loaded by Node itself.
 */

/** On every response: no sniffing, no framing by other sites, no referrer outside, no needless browser features. */
export const COMMON_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  // Admin addresses name drafts and accounts: links out (registration pages) carry no referrer at all.
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
]

/**
 * Sent only on responses a TLS proxy marks as https (X-Forwarded-Proto): Next
 * itself speaks plain http, and browsers ignore the header over http anyway.
 */
export const HSTS = { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }

/** JSON and files: nothing in an API response may run, load or be framed by another site. */
export const API_CSP = "default-src 'none'; frame-ancestors 'self'"

/** The draft preview is the built site, which brings its own policy in a <meta>; a <meta> cannot forbid framing. */
export const PREVIEW_CSP = "frame-ancestors 'self'"

/**
 * The admin's policy, the strictest under which logging in, editing, saving
 * and uploading report no violation. Scripts: only those carrying this
 * response's nonce (Next stamps it on its own) and what they load
 * ('strict-dynamic'); no inline handlers, no eval. Styles: inline allowed,
 * because Payload renders style attributes and its components inject <style>
 * elements at run time, without a nonce. Images: data: for Payload's
 * inline SVG icons, blob: for the preview of a file about to be uploaded.
 * Everything else, fonts and frames included, only from the CMS itself.
 */
export function adminCsp(nonce, { development = false } = {}) {
  return [
    "default-src 'self'",
    // next dev rebuilds error stacks with eval; production never evals.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "frame-ancestors 'self'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ')
}
