/**
 * The course finder's filters. The course list itself is plain HTML rendered
 * at build time (every card carries data-field, data-level, data-months,
 * data-weekdays, data-times); this island only shows or hides cards, keeps the
 * choice in the address (so it can be shared and survives Back), and says how
 * many remain. Without JavaScript the page offers plain links instead.
 */
import { useEffect, useState } from 'react'

const FILTERS = ['field', 'level', 'month', 'weekday', 'time'] as const
type Filter = (typeof FILTERS)[number]
type Choice = Record<Filter, string>

/** Which data attribute of a card each filter reads, and whether it holds a list. */
const ATTRIBUTE: Record<Filter, { name: string; list: boolean }> = {
  field: { name: 'field', list: false },
  level: { name: 'level', list: false },
  month: { name: 'months', list: true },
  weekday: { name: 'weekdays', list: true },
  time: { name: 'times', list: true },
}

interface Props {
  options: Record<Filter, { value: string; label: string }[]>
  labels: Record<Filter | 'legend' | 'all' | 'reset', string>
}

const empty = (): Choice => ({ field: '', level: '', month: '', weekday: '', time: '' })

export function matches(card: DOMStringMap, choice: Choice): boolean {
  return FILTERS.every((filter) => {
    const wanted = choice[filter]
    if (!wanted) return true
    const { name, list } = ATTRIBUTE[filter]
    const value = card[name] ?? ''
    return list ? value.split(' ').includes(wanted) : value === wanted
  })
}

function readChoice(): Choice {
  const params = new URLSearchParams(window.location.search)
  const choice = empty()
  for (const filter of FILTERS) choice[filter] = params.get(filter) ?? ''
  return choice
}

function apply(choice: Choice) {
  let shown = 0
  for (const item of document.querySelectorAll<HTMLElement>('[data-course-item]')) {
    const card = item.querySelector<HTMLElement>('[data-course]')
    const visible = card ? matches(card.dataset, choice) : true
    item.hidden = !visible
    if (visible) shown += 1
  }
  showRunsOf(choice.month)
  markLinks(choice)
  const count = document.getElementById('course-count')
  if (count?.dataset.countTemplate) count.textContent = count.dataset.countTemplate.replace('{count}', String(shown))
  const none = document.getElementById('course-none')
  if (none) none.hidden = shown > 0
}

/** Each card gives the dates of the month chosen (its first run when none is chosen, or it has none that month). */
function showRunsOf(month: string) {
  for (const card of document.querySelectorAll<HTMLElement>('[data-course]')) {
    const runs = [...card.querySelectorAll<HTMLElement>('[data-run-term]')]
    const hasMonth = month !== '' && runs.some((run) => run.dataset.runTerm === month)
    for (const run of runs) run.hidden = hasMonth ? run.dataset.runTerm !== month : run.dataset.runDefault === undefined
  }
}

/** The field and level links above the finder show the same choice as its menus. */
function markLinks(choice: Choice) {
  const mark = (link: HTMLElement, current: string | false) => (current ? link.setAttribute('aria-current', current) : link.removeAttribute('aria-current'))
  for (const link of document.querySelectorAll<HTMLElement>('[data-finder-field]')) mark(link, link.dataset.finderField === choice.field && 'true')
  for (const link of document.querySelectorAll<HTMLElement>('[data-finder-level]')) mark(link, link.dataset.finderLevel === choice.level && 'true')
  for (const link of document.querySelectorAll<HTMLElement>('[data-finder-all]')) mark(link, !choice.field && !choice.level && 'page')
}

export default function CourseFinder({ options, labels }: Props) {
  const [choice, setChoice] = useState<Choice>(empty)

  useEffect(() => {
    const sync = () => setChoice(readChoice())
    sync()
    window.addEventListener('popstate', sync)
    return () => window.removeEventListener('popstate', sync)
  }, [])

  useEffect(() => {
    apply(choice)
  }, [choice])

  const change = (next: Choice) => {
    setChoice(next)
    const params = new URLSearchParams()
    for (const filter of FILTERS) if (next[filter]) params.set(filter, next[filter])
    const query = params.toString()
    window.history.pushState(null, '', query ? `?${query}` : window.location.pathname)
  }

  return (
    // Named once, by its heading: a fieldset's legend inside a landmark of the same name was announced twice.
    <form className="course-finder" role="search" aria-labelledby="course-finder-title" onSubmit={(event) => event.preventDefault()}>
      <h2 id="course-finder-title">{labels.legend}</h2>
      <div className="filters">
        {FILTERS.map((filter) => (
          <label key={filter}>
            <span>{labels[filter]}</span>
            <select
              name={filter}
              value={choice[filter]}
              onChange={(event) => change({ ...choice, [filter]: event.target.value })}
            >
              <option value="">{labels.all}</option>
              {options[filter].map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
        ))}
        <button type="button" onClick={() => change(empty())}>
          {labels.reset}
        </button>
      </div>
    </form>
  )
}
