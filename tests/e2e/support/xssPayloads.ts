/**
 * A corpus of well-known stored-XSS payloads (OWASP's filter-evasion cheat
 * sheet, PortSwigger's XSS cheat sheet, known mutation-XSS and template
 * injections), for the browser test that stores them in every field the CMS
 * has and checks that nothing runs on the public site or in the admin.
 *
 * Every payload that would run calls a beacon the test can see, with the
 * payload's number so a failure names it:
 *   - `alert(n)`: a dialog (page.on('dialog'));
 *   - `window.__xss=n`: read back after the page has loaded;
 *   - a request to `https://xss.invalid/n` (page.on('request'); with the CSP
 *     in the way, a console error and a securitypolicyviolation naming it).
 */

/** The host every network beacon goes to; `.invalid` never resolves (RFC 2606). */
export const BEACON_HOST = 'xss.invalid'

export interface XssPayload {
  /** 1-based number, carried by the beacon */
  id: number
  /** what it tries, in a few words */
  name: string
  /** the text stored in the CMS */
  text: string
  /** a link payload: stored in URL fields and rich-text links too */
  url?: boolean
  /** a link payload the https-only URL fields must accept (an https address carrying markup) */
  https?: boolean
}

/** How the payload numbered `n` signals that it ran: the three beacons take turns. */
function beacon(n: number): string {
  switch (n % 3) {
    case 0:
      return `alert(${n})`
    case 1:
      return `window.__xss=${n}`
    default:
      return `fetch(\`//${BEACON_HOST}/${n}\`)`
  }
}

const base64 = (text: string) => Buffer.from(text).toString('base64')
const entities = (text: string) => [...text].map((char) => `&#${char.charCodeAt(0)};`).join('')

/** What a template may put into its payload: the beacon call, the beacon address and the host part of it. */
interface Beacon {
  js: string
  url: string
  host: string
}

const TEMPLATES: [name: string, make: (b: Beacon) => string, kind?: 'url' | 'https'][] = [
  ['script tag', (b) => `<script>${b.js}</script>`],
  ['mixed-case script tag', (b) => `<ScRiPt>${b.js}</sCrIpT>`],
  ['external script', (b) => `<script src="${b.url}.js"></script>`],
  ['module script import', (b) => `<script type=module>import '${b.url}.js'</script>`],
  ['img onerror, unquoted', (b) => `<img src=x onerror=${b.js}>`],
  ['img onerror, quoted', (b) => `<img src="x" onerror="${b.js}">`],
  ['img with empty attribute quotes', (b) => `<img """><script>${b.js}</script>">`],
  ['IMG SRC javascript:', (b) => `<IMG SRC=JaVaScRiPt:${b.js}>`],
  ['img srcset onerror', (b) => `<img srcset="x 1w" onerror=${b.js}>`],
  ['svg onload', (b) => `<svg onload=${b.js}>`],
  ['svg/onload without space', (b) => `<svg/onload=${b.js}>`],
  ['svg script', (b) => `<svg><script>${b.js}</script></svg>`],
  ['svg animate onbegin', (b) => `<svg><animate onbegin=${b.js} attributeName=x dur=1s>`],
  ['svg xlink:href javascript:', (b) => `<svg><a xlink:href="javascript:${b.js}"><text x="20" y="20">x</text></a></svg>`],
  ['body onload', (b) => `<body onload=${b.js}>`],
  ['iframe srcdoc', (b) => `<iframe srcdoc="<script>${b.js}</script>"></iframe>`],
  ['iframe javascript: src', (b) => `<iframe src="javascript:${b.js}"></iframe>`],
  ['iframe to beacon', (b) => `<iframe src="${b.url}"></iframe>`],
  ['object data javascript:', (b) => `<object data="javascript:${b.js}"></object>`],
  ['embed data: html', (b) => `<embed src="data:text/html;base64,${base64(`<script>parent.${b.js}</script>`)}">`],
  ['anchor javascript:', (b) => `<a href="javascript:${b.js}">click</a>`],
  ['anchor entity-encoded javascript:', (b) => `<a href="&#x6A;avascript:${b.js}">click</a>`],
  ['details ontoggle', (b) => `<details open ontoggle=${b.js}>`],
  ['input autofocus onfocus', (b) => `<input autofocus onfocus=${b.js}>`],
  ['select autofocus onfocus', (b) => `<select autofocus onfocus=${b.js}></select>`],
  ['marquee onstart', (b) => `<marquee onstart=${b.js}>x</marquee>`],
  ['video source onerror', (b) => `<video><source onerror=${b.js}></video>`],
  ['audio onerror', (b) => `<audio src=x onerror=${b.js}>`],
  ['double-quote attribute breakout', (b) => `" onmouseover="${b.js}" autofocus onfocus="${b.js}" x="`],
  ["single-quote attribute breakout", (b) => `' onfocus='${b.js}' autofocus='`],
  ['tag breakout, double quote', (b) => `"><script>${b.js}</script>`],
  ['tag breakout, single quote', (b) => `'><script>${b.js}</script>`],
  ['title breakout', (b) => `</title><script>${b.js}</script>`],
  ['JSON-LD / script breakout', (b) => `</script><script>${b.js}</script>`],
  ['JSON-LD breakout with line separator', (b) => `\u2028</script>\u2029<script>${b.js}</script>`],
  ['textarea breakout', (b) => `</textarea><script>${b.js}</script>`],
  ['style breakout', (b) => `</style><script>${b.js}</script>`],
  ['noscript mutation', (b) => `<noscript><p title="</noscript><img src=x onerror=${b.js}>">`],
  ['comment breakout', (b) => `--><script>${b.js}</script><!--`],
  ['comment mutation', (b) => `<!--<img src="--><img src=x onerror=${b.js}//">`],
  ['xmp breakout', (b) => `</xmp><img src=x onerror=${b.js}>`],
  ['math/style mutation', (b) => `<math><mtext><table><mglyph><style><img src=x onerror=${b.js}>`],
  ['svg/style namespace confusion', (b) => `<svg></p><style><a id="</style><img src=1 onerror=${b.js}>">`],
  ['nested filter evasion', (b) => `<scr<script>ipt>${b.js}</scr</script>ipt>`],
  ['template injection (Angular)', (b) => `{{constructor.constructor('${b.js}')()}}`],
  ['template literal injection', (b) => `\${${b.js}}`],
  ['JS string breakout, single quote', (b) => `';${b.js};//`],
  ['JS string breakout, double quote', (b) => `";${b.js};//`],
  ['CSS expression()', (b) => `<div style="width: expression(${b.js})">x</div>`],
  ['CSS url() beacon', (b) => `<div style="background:url(${b.url}.png)">x</div>`],
  ['style @import', (b) => `<style>@import '${b.url}.css';</style>`],
  ['link stylesheet', (b) => `<link rel=stylesheet href=${b.url}.css>`],
  ['img to beacon', (b) => `<img src=${b.url}.png>`],
  ['meta refresh javascript:', (b) => `<meta http-equiv="refresh" content="0;url=javascript:${b.js}">`],
  ['meta refresh to beacon', (b) => `<meta http-equiv="refresh" content="0;url=${b.url}">`],
  ['base href hijack', (b) => `<base href="${b.url}/">`],
  ['form action', (b) => `<form action="${b.url}"><button>x</button></form>`],
  ['button formaction javascript:', (b) => `<form><button formaction="javascript:${b.js}">x</button></form>`],
  ['HTML-escaped script (double encoding)', (b) => `&lt;script&gt;${b.js}&lt;/script&gt;`],
  ['percent-encoded script', (b) => `%3Cscript%3E${b.js}%3C%2Fscript%3E`],
  ['plaintext swallow', () => '<plaintext>'],
  // Link payloads: stored in URL fields (which must refuse the non-https ones) and in rich-text links.
  ['javascript: URL', (b) => `javascript:${b.js}`, 'url'],
  ['mixed-case javascript: URL', (b) => `JaVaScRiPt:${b.js}`, 'url'],
  ['javascript: URL after spaces', (b) => `   javascript:${b.js}`, 'url'],
  ['javascript: URL after a control character', (b) => `\u0001javascript:${b.js}`, 'url'],
  ['javascript: URL with a tab', (b) => `java\tscript:${b.js}`, 'url'],
  ['javascript: URL with an entity tab', (b) => `jav&#x09;ascript:${b.js}`, 'url'],
  ['entity-encoded javascript: URL', (b) => `${entities('javascript:')}${b.js}`, 'url'],
  ['javascript: URL with a comment newline', (b) => `javascript://%0a${b.js}`, 'url'],
  ['javascript: URL after a no-break space', (b) => `\u00a0javascript:${b.js}`, 'url'],
  ['data: HTML URL', (b) => `data:text/html,<script>${b.js}</script>`, 'url'],
  ['data: base64 HTML URL', (b) => `data:text/html;base64,${base64(`<script>${b.js}</script>`)}`, 'url'],
  ['data: SVG URL', (b) => `data:image/svg+xml;base64,${base64(`<svg xmlns="http://www.w3.org/2000/svg" onload="${b.js}"/>`)}`, 'url'],
  ['vbscript: URL', (b) => `vbscript:msgbox(${b.js})`, 'url'],
  ['plain http URL', (b) => `http://${b.host}/`, 'url'],
  ['protocol-relative URL', (b) => `//${b.host}/`, 'url'],
  ['https URL carrying a tag breakout', (b) => `https://${b.host}/"><script>${b.js}</script>`, 'https'],
  ['https URL carrying an attribute breakout', (b) => `https://${b.host}/' onmouseover='${b.js}' x='`, 'https'],
]

export const XSS_PAYLOADS: XssPayload[] = TEMPLATES.map(([name, make, kind], index) => {
  const id = index + 1
  const text = make({ js: beacon(id), url: `https://${BEACON_HOST}/${id}`, host: `${BEACON_HOST}/${id}` })
  return { id, name, text, url: kind !== undefined, https: kind === 'https' }
})

/** Link payloads only. */
export const URL_PAYLOADS = XSS_PAYLOADS.filter((payload) => payload.url)

/** Upload names carrying markup; the CMS must store them without it. */
export const FILENAME_PAYLOADS = {
  image: ['"><img src=x onerror=alert(901)>.png', "<svg onload=alert(902)>' onmouseover='alert(903)'.png"],
  document: ['"><img src=x onerror=alert(904)>.pdf', "' autofocus onfocus='window.__xss=905' x='.pdf"],
}

/** Text that would add lines to an .ics file if it were not escaped. */
export const ICS_INJECTION = 'x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:xss-ics-injected\r\nURL:javascript:alert(906)\r\n'
