/**
 * The addresses people type to reach the CMS and the public site. Logins,
 * CORS and CSRF trust these origins only, and the login cookie is Secure
 * exactly when the CMS is reached over https.
 */

type Env = Record<string, string | undefined>

/** HOST values that mean "this machine": people reach it as localhost or 127.0.0.1 alike. */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '0.0.0.0', '::', '::1'])

/** The origin of an http(s) address given in a setting; an error names the setting when it is not one. */
export function originOf(url: string, setting: string): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new Error(`${setting} must be an address such as https://cms.example.org; got "${url}".`)
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`${setting} must start with https:// or http://; got "${url}".`)
  }
  return parsed.origin
}

/** Without a public URL, a server on this machine answers to both loopback names on its port. */
function localOrigins(env: Env, port: string): string[] {
  const host = env.HOST || '127.0.0.1'
  if (LOOPBACK.has(host)) return [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
  return [`http://${host.includes(':') ? `[${host}]` : host}:${port}`]
}

/** Where staff open the admin: CMS_PUBLIC_URL, else this machine on CMS_PORT. */
export function cmsOrigins(env: Env = process.env): string[] {
  if (env.CMS_PUBLIC_URL) return [originOf(env.CMS_PUBLIC_URL, 'CMS_PUBLIC_URL')]
  return localOrigins(env, env.CMS_PORT || '3000')
}

/** Where residents read the public site: SITE_URL (npm start sets it), else this machine on SITE_PORT. */
export function siteOrigins(env: Env = process.env): string[] {
  if (env.SITE_URL) return [originOf(env.SITE_URL, 'SITE_URL')]
  return localOrigins(env, env.SITE_PORT || '4321')
}

/** The only origins allowed to call the API with a login cookie (Payload's `cors` and `csrf`). */
export function trustedOrigins(env: Env = process.env): string[] {
  return [...new Set([...cmsOrigins(env), ...siteOrigins(env)])]
}

/** A Secure cookie is never sent over plain http, so it is Secure only when the CMS is reached over https. */
export function cmsServedOverHttps(env: Env = process.env): boolean {
  return cmsOrigins(env)[0].startsWith('https://')
}
