import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** WCAG 2.2 AA plus axe's best practices; zero violations allowed. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

export async function expectNoAxeViolations(page: Page, label = page.url()) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  const summary = results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join('\n    ')}`,
  )
  expect(summary, `axe violations on ${label}`).toEqual([])
}

/**
 * The admin: the same WCAG 2.2 AA and best-practice rules. A rule is waived
 * only for markup Payload's admin (3.90) renders itself, never for the
 * project's own components, each with the reason. `target` matches axe's
 * selector for the node, `html` its markup.
 */
export const ADMIN_EXCEPTIONS: Array<{ rule: string; target?: string; html?: string; why: string }> = [
  // Payload's admin templates have no <main>; so everything they draw sits outside a landmark.
  { rule: 'landmark-one-main', target: 'html', why: 'Payload’s admin layouts (login, dashboard, list, document) render no <main> element.' },
  ...['.login__form', '.modular-dashboard', '.search-filter', '#heading-', 'tbody', '.paginator', '.page-controls', '.doc-header', '.list-controls'].map((target) => ({
    rule: 'region',
    target,
    why: 'Payload’s own page body, outside a landmark because its layout has no <main>.',
  })),
  { rule: 'region', html: 'href="/admin/forgot"', why: 'Payload’s "forgot password" link on its login form, outside a landmark for the same reason.' },
  { rule: 'landmark-no-duplicate-banner', target: '.app-header', why: 'Payload draws its top bar as a second <header> banner on list pages.' },
  { rule: 'landmark-unique', target: '.app-header', why: 'The same two unnamed banners of Payload’s top bar.' },
  // react-select, which Payload uses for every select and relationship field.
  { rule: 'aria-hidden-focus', target: '-indicator', why: 'react-select’s clear/open indicators are aria-hidden yet focusable (Payload’s select and relationship fields).' },
  { rule: 'label', target: '#react-select-', why: 'react-select’s inner input is named by Payload’s visible label only visually (no for/id link).' },
  { rule: 'label-title-only', target: '#react-select-', why: 'The same react-select input: while a select shows its placeholder (an empty field, or a relationship still loading its choices), react-select names it by aria-describedby only.' },
  { rule: 'target-size', target: '#react-select-', why: 'react-select’s inner typing input is a few pixels wide by design; the whole field is the target.' },
  { rule: 'nested-interactive', target: '.rs__multi-value', why: 'Payload makes a chosen relationship chip sortable while it holds edit/remove buttons.' },
  // Payload's own controls without a name.
  ...['.popup-button', '.clickable-arrow', '.upload-relationship-details__', '.date-time-picker__clear-button'].map((target) => ({
    rule: 'button-name',
    target,
    why: 'Payload’s icon-only buttons (menus “⋮”, publish options, pagination arrows, file edit/remove, date clear) carry no text or aria-label.',
  })),
  { rule: 'aria-command-name', target: '__drag', why: 'Payload’s drag handles for sorting rows and files have role="button" and no name.' },
  { rule: 'label', html: '<input class="" type="text"', why: 'Payload’s date picker (react-datepicker’s bare input) is not linked to the field’s label.' },
  { rule: 'label', html: '<input aria-label="" id="_R_', why: 'Payload’s row checkboxes in lists have an empty aria-label.' },
  { rule: 'label-title-only', target: '#select-all', why: 'Payload’s “select all rows” checkbox is named by a title only.' },
  { rule: 'aria-input-field-name', target: '.ContentEditable__root', why: 'The rich-text editor’s (Lexical) editable area is not tied to the field label.' },
  { rule: 'label-content-name-mismatch', target: 'a[aria-label=', why: 'Payload’s “버전” tab adds the version count to its text but not to its aria-label.' },
  { rule: 'list', target: '.doc-tabs__tabs', why: 'Payload’s document tabs put <a>/<div> straight into a <ul>.' },
  { rule: 'heading-order', html: 'array-field__title', why: 'Payload titles an array field with <h3> directly under the document’s <h1>.' },
]

export async function expectNoAdminAxeViolations(page: Page, label = page.url()) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  const exempt = (id: string, node: { target: unknown[]; html: string }) =>
    ADMIN_EXCEPTIONS.some((e) => e.rule === id && (!e.target || node.target.join(' ').includes(e.target)) && (!e.html || node.html.includes(e.html)))
  const summary = results.violations
    .map((violation) => ({ ...violation, nodes: violation.nodes.filter((node) => !exempt(violation.id, node)) }))
    .filter((violation) => violation.nodes.length > 0)
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')} ${node.html.slice(0, 120)}`).join('\n    ')}`)
  expect(summary, `axe violations on the admin's ${label}`).toEqual([])
}
