/** The ASCII words of a text, lower-case and joined by hyphens, at most 60 characters (Korean letters drop out). */
export const asciiSlug = (text: string, maxLength = 60) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '')
