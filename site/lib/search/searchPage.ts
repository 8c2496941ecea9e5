/**
 * The search page's own script, on Pagefind's JS API (no UI library): reads
 * the box and the filters, rewrites what was mistyped (queryRewrite.ts),
 * draws results with excerpts of the page's real text (excerpt.ts), says the
 * count in a live region, and keeps the address (?q=) in step so a search
 * can be linked and bookmarked. Pagefind, its WebAssembly and the index load
 * at the first search; each result's text only when the result is drawn.
 */
import { josa } from 'es-hangul'

import { excerptOf, markTerms } from './excerpt'
import { type Dictionary, makeDictionary, needsDictionary, type Rewrite, rewriteQuery, searchWords } from './queryRewrite'
import { rerank, RESULTS_PER_PAGE, SEARCH_RANKING } from './ranking'

/** The strings and names the page hands to this script (from the dictionary, site/i18n). */
interface PageConfig {
  lang: 'ko' | 'en'
  dictionary: string
  filterNames: string[]
  strings: Record<'searching' | 'count' | 'countFiltered' | 'none' | 'rewrite' | 'literal' | 'error' | 'more', string>
}

interface Fragment {
  url: string
  content: string
  meta: Record<string, string>
  filters: Record<string, string[]>
}
interface Result {
  data: () => Promise<Fragment>
}
interface Pagefind {
  options(options: object): Promise<void>
  init(): Promise<void>
  search(term: string, options?: object): Promise<{ results: Result[]; unfilteredResultCount: number }>
}

const root = document.querySelector<HTMLElement>('[data-search]')
if (root) start(root)

function start(root: HTMLElement) {
  const config = JSON.parse(root.dataset.search!) as PageConfig
  const form = root.querySelector<HTMLFormElement>('form')!
  const box = form.querySelector<HTMLInputElement>('input[type="search"]')!
  const clear = form.querySelector<HTMLButtonElement>('[data-search-clear]')!
  const status = root.querySelector<HTMLElement>('[data-search-status]')!
  const notice = root.querySelector<HTMLElement>('[data-search-rewrite]')!
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!
  const say = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, key) => String(values[key] ?? ''))

  let pagefind: Promise<Pagefind> | undefined
  let ready = false
  let dictionary: Promise<Dictionary | null> | undefined
  let latest = 0
  let shown: { results: Result[]; terms: string[]; drawn: number } | undefined
  let literalOnly = false

  const loadPagefind = () =>
    (pagefind ??= (async () => {
      // A variable keeps the bundler from resolving the index's script at build time; it is written by the indexer.
      const bundle = '/pagefind/pagefind.js'
      const api = (await import(/* @vite-ignore */ bundle)) as Pagefind
      // On the page's own thread: the worker would cost another script download for a search of a few milliseconds.
      await api.options({ ranking: SEARCH_RANKING, noWorker: true })
      await api.init()
      ready = true
      return api
    })())
  const loadDictionary = () =>
    (dictionary ??= fetch(config.dictionary)
      .then((response) => (response.ok ? response.json() : []))
      .then((words: string[]) => makeDictionary(words))
      .catch(() => null))

  const selectedFilters = () => {
    const filters: Record<string, string> = {}
    for (const name of config.filterNames) {
      const value = form.querySelector<HTMLInputElement>(`input[name="${CSS.escape(name)}"]:checked`)?.value
      if (value) filters[name] = value
    }
    return filters
  }

  /** Runs the query in the box (unless a newer one started meanwhile) and draws the first results. */
  async function run() {
    const ticket = ++latest
    const literal = box.value.trim()
    clear.hidden = literal === ''
    syncAddress(literal)
    if (!literal) return draw(ticket, null, null, '', [])
    // "Searching…" only while Pagefind loads: once it has, results come within a blink, and a
    // live region that spoke at every keystroke would drown the count.
    if (!ready) status.textContent = config.strings.searching
    try {
      const api = await loadPagefind()
      const filters = selectedFilters()
      const find = (text: string) => api.search(searchWords(text).join(' '), { filters })
      let rewrite: Rewrite | null = null
      const korean = config.lang === 'ko' && !literalOnly
      if (korean && needsDictionary(literal)) {
        const words = await loadDictionary()
        rewrite = words && rewriteQuery(literal, words)
      }
      let found = await find(rewrite?.text ?? literal)
      if (korean && found.results.length === 0 && found.unfilteredResultCount === 0) {
        const words = await loadDictionary()
        const retry = words && rewriteQuery(literal, words, { literalFoundNothing: true })
        if (retry) {
          rewrite = retry
          found = await find(retry.text)
        }
      }
      if (ticket !== latest) return
      await draw(ticket, found, rewrite, literal, searchWords(rewrite?.text ?? literal))
    } catch (error) {
      if (ticket === latest) status.textContent = config.strings.error
      console.error(error)
    }
  }

  async function draw(ticket: number, found: Awaited<ReturnType<Pagefind['search']>> | null, rewrite: Rewrite | null, literal: string, terms: string[]) {
    list.replaceChildren()
    more.hidden = true
    notice.hidden = !rewrite
    if (rewrite) showRewrite(rewrite, literal)
    if (!found) {
      shown = undefined
      status.textContent = ''
      return
    }
    shown = { results: found.results, terms, drawn: 0 }
    await drawMore(ticket)
    if (ticket !== latest) return
    const query = rewrite?.text ?? literal
    const count = found.results.length
    status.textContent =
      count === 0
        ? say(config.strings.none, { query })
        : count < found.unfilteredResultCount
          ? say(config.strings.countFiltered, { query, n: count, total: found.unfilteredResultCount })
          : say(config.strings.count, { query, n: count })
    // Screen readers hear what was searched for along with the count (sighted readers see the notice above it).
    if (rewrite) status.prepend(Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: `${rewriteSentence(rewrite)} ` }))
  }

  /** Draws the next page of results: their page text is fetched now, not before. */
  async function drawMore(ticket = latest) {
    if (!shown) return
    const page = shown.results.slice(shown.drawn, shown.drawn + RESULTS_PER_PAGE)
    const loaded = await Promise.all(page.map((result) => result.data()))
    if (ticket !== latest) return
    const first = shown.drawn
    // The first page is put in the order a resident expects; later pages follow Pagefind's order.
    const fragments = first === 0 ? rerank(loaded, shown.terms) : loaded
    list.append(...fragments.map((fragment) => resultItem(fragment, shown!.terms)))
    shown.drawn += page.length
    more.hidden = shown.drawn >= shown.results.length
    // After "more", the first new result takes the focus, so keyboard and screen-reader users read on from there.
    if (first > 0) list.children[first]?.querySelector('a')?.focus()
  }

  function resultItem(fragment: Fragment, terms: string[]): HTMLLIElement {
    const item = document.createElement('li')
    const title = fragment.meta.title || fragment.url
    const link = Object.assign(document.createElement('a'), { href: fragment.url })
    // The title with the words found marked, as in the excerpt (escaped text and <mark> only).
    link.innerHTML = markTerms(title, terms)
    const heading = document.createElement('h2')
    heading.append(link)
    const kind = Object.assign(document.createElement('p'), {
      className: 'kind',
      textContent: config.filterNames.flatMap((name) => fragment.filters[name] ?? []).join(' · '),
    })
    const excerpt = Object.assign(document.createElement('p'), { className: 'excerpt' })
    // Escaped page text with <mark> around the words found: built by excerptOf, never raw HTML from the page.
    excerpt.innerHTML = excerptOf(fragment.content, { title, terms })
    item.append(heading, kind, excerpt)
    return item
  }

  /** "‘스마트폰’으로 찾았습니다.": the particle chosen for the word (으로 after a final consonant but ㄹ, 로 otherwise). */
  const rewriteSentence = (rewrite: Rewrite) =>
    say(config.strings.rewrite, { query: `‘${rewrite.text}’${config.lang === 'ko' ? josa.pick(rewrite.text, '으로/로') : ''}` })

  function showRewrite(rewrite: Rewrite, literal: string) {
    notice.querySelector<HTMLElement>('[data-text]')!.textContent = rewriteSentence(rewrite)
    notice.querySelector<HTMLButtonElement>('button')!.textContent = say(config.strings.literal, { query: literal })
  }

  function syncAddress(query: string) {
    const url = new URL(window.location.href)
    if (query) url.searchParams.set('q', query)
    else url.searchParams.delete('q')
    if (literalOnly) url.searchParams.set('literal', '1')
    else url.searchParams.delete('literal')
    history.replaceState(null, '', url)
  }

  let timer: ReturnType<typeof setTimeout> | undefined
  box.addEventListener('input', () => {
    literalOnly = false
    clearTimeout(timer)
    timer = setTimeout(run, 200)
  })
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    clearTimeout(timer)
    run()
  })
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="radio"]')) run()
  })
  clear.addEventListener('click', () => {
    box.value = ''
    literalOnly = false
    run()
    box.focus()
  })
  notice.querySelector('button')!.addEventListener('click', () => {
    literalOnly = true
    run()
    box.focus()
  })
  more.addEventListener('click', () => drawMore())
  // The first keypress in the box starts loading Pagefind, so the first results come sooner.
  box.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true })

  const params = new URLSearchParams(window.location.search)
  literalOnly = params.get('literal') === '1'
  const initial = params.get('q')
  if (initial) {
    box.value = initial
    run()
  } else {
    // Someone who opens the search page came to type: the box has the focus, not the page's top (16 tabs away).
    box.focus()
  }
}
