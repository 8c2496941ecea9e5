/** Every admin message table (ko first, en) is read the same way: this file says how, once. */
export type MessageParams = Record<string, string | number>

/** The message `key` in staff's language (Korean unless English), its {name} placeholders filled. */
export function messageText(tables: { ko: Record<string, string>; en: Record<string, string> }, key: string, language?: string, params: MessageParams = {}): string {
  const template = (language === 'en' ? tables.en : tables.ko)[key] ?? key
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in params ? String(params[name]) : placeholder))
}
