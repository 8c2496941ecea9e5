/** /search/?q=엑셀 fills the search box and searches, so a search can be linked and bookmarked. */
export function startSearchFromAddress(): void {
  const query = new URLSearchParams(window.location.search).get('q')
  if (!query) return
  const fill = () => {
    const input = document.querySelector<HTMLInputElement>('pagefind-input input')
    if (!input) return false
    input.value = query
    input.dispatchEvent(new Event('input', { bubbles: true }))
    return true
  }
  if (fill()) return
  // The web component renders its input once its script has loaded.
  const observer = new MutationObserver(() => {
    if (fill()) observer.disconnect()
  })
  observer.observe(document.body, { childList: true, subtree: true })
  setTimeout(() => observer.disconnect(), 10_000)
}
