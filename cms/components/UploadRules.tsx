'use client'
/**
 * The accepted file types and sizes, shown under the file picker of an
 * upload collection (cms/fields/uploadRules.ts), so staff know before they
 * choose a file rather than after the server refuses it.
 */
import { useTranslation } from '@payloadcms/ui'

export function UploadRules({ text }: { text: { ko: string; en: string } }) {
  const { i18n } = useTranslation()
  return <p className="field-description upload-rules">{i18n.language === 'en' ? text.en : text.ko}</p>
}
