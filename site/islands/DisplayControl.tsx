/**
 * Text size (five steps) and high contrast, remembered in this browser.
 * The page applies the remembered choice before it paints (see Base.astro);
 * this island only changes it.
 */
import { useEffect, useState } from 'react'

const MIN = 1
const MAX = 5
const DEFAULT = 2

interface Labels {
  group: string
  smaller: string
  larger: string
  step: string
  contrast: string
}

function remember(key: string, value: string | null) {
  try {
    if (value === null) localStorage.removeItem(key)
    else localStorage.setItem(key, value)
  } catch {
    // Private browsing may refuse storage; the choice still holds for this page.
  }
}

export default function DisplayControl({ labels }: { labels: Labels }) {
  const root = typeof document === 'undefined' ? null : document.documentElement
  const [step, setStep] = useState(DEFAULT)
  const [highContrast, setHighContrast] = useState(false)

  useEffect(() => {
    setStep(Number(root?.dataset.textSize ?? DEFAULT) || DEFAULT)
    setHighContrast(root?.dataset.contrast === 'high')
  }, [root])

  const changeStep = (next: number) => {
    const clamped = Math.min(MAX, Math.max(MIN, next))
    setStep(clamped)
    if (root) root.dataset.textSize = String(clamped)
    remember('seocho:text-size', String(clamped))
  }

  const toggleContrast = () => {
    const next = !highContrast
    setHighContrast(next)
    if (root) {
      if (next) root.dataset.contrast = 'high'
      else delete root.dataset.contrast
    }
    remember('seocho:contrast', next ? 'high' : null)
  }

  return (
    <div role="group" aria-label={labels.group} className="display-control">
      <button type="button" onClick={() => changeStep(step - 1)} disabled={step <= MIN}>
        {labels.smaller}
      </button>
      <output aria-live="polite" className="step">
        {labels.step.replace('{step}', String(step))}
      </output>
      <button type="button" onClick={() => changeStep(step + 1)} disabled={step >= MAX}>
        {labels.larger}
      </button>
      <button type="button" aria-pressed={highContrast} onClick={toggleContrast}>
        {labels.contrast}
      </button>
    </div>
  )
}
