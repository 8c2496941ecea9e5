'use client'
import { useTranslation } from '@payloadcms/ui'
import { type ReactNode, useEffect } from 'react'

import { koreanForPayloadEnglish } from './payloadEnglish'

const TOASTER = '[data-sonner-toaster]'

/** Rewrites the text nodes under `root` that hold one of Payload's English messages. */
function translateWithin(root: Node) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const korean = node.nodeValue ? koreanForPayloadEnglish(node.nodeValue) : null
    if (korean) node.nodeValue = korean
  }
  if (root instanceof Element) {
    for (const close of root.querySelectorAll('[data-close-button][aria-label="Close toast"]')) close.setAttribute('aria-label', '알림 닫기')
  }
}

/** The notification area's name, read by screen readers: "Notifications alt+T" in the library. */
function nameToasts() {
  for (const area of document.querySelectorAll('section[aria-label^="Notifications"]')) {
    area.setAttribute('aria-label', (area.getAttribute('aria-label') ?? '').replace(/^Notifications/, '알림'))
  }
}

/**
 * A few of Payload's notices are written in English in its code, not in its
 * translations ("Successfully saved 1 files" after an upload). In the Korean
 * admin, this watches the notification area and puts them in Korean as they
 * appear. Everything else passes untouched.
 */
export function KoreanToasts({ children }: { children?: ReactNode }) {
  const { i18n } = useTranslation()
  useEffect(() => {
    if (i18n.language !== 'ko') return
    const inToasts = (node: Node) => {
      const element = node instanceof Element ? node : node.parentElement
      return Boolean(element && (element.closest(TOASTER) || element.querySelector(TOASTER)))
    }
    const observer = new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        if (mutation.type === 'characterData' && inToasts(mutation.target)) translateWithin(mutation.target)
        mutation.addedNodes.forEach((node) => {
          if (node instanceof Element && node.matches('section[aria-label^="Notifications"]')) nameToasts()
          if (inToasts(node)) translateWithin(node)
        })
      }
    })
    nameToasts()
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    return () => observer.disconnect()
  }, [i18n.language])
  return <>{children}</>
}
