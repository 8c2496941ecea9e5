'use client'
/**
 * A warning under each run of the course form when its class days meet a
 * public holiday or a closure (cms/domain/runWarnings.ts): which days will
 * be 휴강 and why, a last class pushed past the end date, a year whose lunar
 * holidays are not published yet. It never blocks saving.
 */
import { useConfig, useFormFields, useTranslation } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import { useEffect, useMemo, useState } from 'react'

import { closedDays, type Closure, closuresFromRows } from '../domain/closedDays'
import { runWarnings } from '../domain/runWarnings'
import { seoulDay } from '../domain/seoulDate'

const dayOf = (value: unknown) => {
  if (typeof value !== 'string' || !value) return undefined
  try {
    return seoulDay(value)
  } catch {
    return undefined
  }
}

/** The published closures, as the site will use them. */
function usePublishedClosures(api: string): Closure[] {
  const [closures, setClosures] = useState<Closure[]>([])
  useEffect(() => {
    let live = true
    fetch(`${api}/globals/closures?depth=0&locale=ko`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { closures: [] }))
      .then((doc) => live && setClosures(closuresFromRows(doc?.closures, 'ko')))
      .catch(() => {})
    return () => {
      live = false
    }
  }, [api])
  return closures
}

export const RunClosedDayWarning: UIFieldClientComponent = ({ path }) => {
  const row = path.split('.').slice(0, -1).join('.')
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const locale = i18n.language === 'en' ? 'en' : 'ko'
  const values = useFormFields(([fields]) => ({
    startDate: fields[`${row}.startDate`]?.value,
    endDate: fields[`${row}.endDate`]?.value,
    weekdays: fields[`${row}.weekdays`]?.value,
    sessions: fields[`${row}.sessions`]?.value,
    registrationOpensOn: fields[`${row}.registrationOpensOn`]?.value,
  }))
  const closures = usePublishedClosures(config.routes.api)
  const warnings = useMemo(
    () =>
      runWarnings(
        {
          startDay: dayOf(values.startDate),
          endDay: dayOf(values.endDate),
          weekdays: Array.isArray(values.weekdays) ? (values.weekdays as string[]) : [],
          sessions: typeof values.sessions === 'number' ? values.sessions : undefined,
          registrationOpensOn: dayOf(values.registrationOpensOn),
        },
        closedDays(closures),
        locale,
      ),
    [values.startDate, values.endDate, values.weekdays, values.sessions, values.registrationOpensOn, closures, locale],
  )
  if (warnings.length === 0) return null
  return (
    <div className="run-closed-days" role="status" data-run-warning>
      <p className="run-closed-days__title">{locale === 'en' ? 'Closed days in this run' : '이 일정의 휴관일 확인'}</p>
      <ul>
        {warnings.map((warning) => (
          <li key={warning.kind}>{warning.message}</li>
        ))}
      </ul>
    </div>
  )
}
