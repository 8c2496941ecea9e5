/** Control characters other than tab and line breaks, and lone surrogates: no keyboard types them, and storage mangles them. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

export const hasControlCharacters = (text: string) => CONTROL.test(text)
