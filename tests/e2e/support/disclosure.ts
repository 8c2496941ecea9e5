/**
 * What a screen reader is told about a disclosure button: Chromium's own
 * accessibility tree (read over CDP), not the DOM. A <summary> has no ARIA
 * role of its own, so Playwright's getByRole cannot find it; the browser
 * still announces it as an expandable button with its state.
 */
import type { Page } from '@playwright/test'

export interface Announced {
  role: string
  expanded: boolean | undefined
}

/** The role and expanded state Chromium exposes for the disclosure button named `name`. */
export async function announcedDisclosure(page: Page, name: string): Promise<Announced | undefined> {
  const session = await page.context().newCDPSession(page)
  try {
    const { root } = await session.send('DOM.getDocument', { depth: 0 })
    const { nodes } = await session.send('Accessibility.queryAXTree', { nodeId: root.nodeId, accessibleName: name })
    const node = nodes.find((candidate) => !candidate.ignored && /DisclosureTriangle|button/i.test(String(candidate.role?.value)))
    if (!node) return undefined
    const expanded = node.properties?.find((property) => property.name === 'expanded')?.value.value
    return { role: String(node.role?.value), expanded: typeof expanded === 'boolean' ? expanded : undefined }
  } finally {
    await session.detach()
  }
}
