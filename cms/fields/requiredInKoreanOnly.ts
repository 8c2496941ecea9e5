import { type CollectionConfig, type Field, type GlobalConfig, type PayloadRequest, validations } from 'payload'

const DEFAULT_LOCALE = 'ko'

const isDefaultLocale = (req?: PayloadRequest) => !req?.locale || req.locale === DEFAULT_LOCALE || req.locale === 'all'

type Validator = (value: unknown, options: any) => true | string | Promise<true | string>

/**
 * Korean is the text every document must have; English is a translation added
 * later, field by field, and falls back to Korean where missing. So a required
 * localized field is required when writing Korean only: an editor saving the
 * English title alone is not told to translate everything else first.
 */
function relax(field: Field): Field {
  if ('fields' in field && Array.isArray(field.fields)) {
    return { ...field, fields: field.fields.map(relax) } as Field
  }
  if (field.type === 'tabs') {
    return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(relax) })) }
  }
  if (!('localized' in field) || !field.localized || !('required' in field) || !field.required) return field
  const base = ('validate' in field && field.validate) || (validations as Record<string, Validator>)[field.type]
  if (!base) return field
  const validate: Validator = (value, options) =>
    (base as Validator)(value, { ...options, required: Boolean(options?.required) && isDefaultLocale(options?.req) })
  return { ...field, validate } as Field
}

export function requireKoreanOnly<T extends CollectionConfig | GlobalConfig>(entity: T): T {
  return { ...entity, fields: entity.fields.map(relax) }
}
