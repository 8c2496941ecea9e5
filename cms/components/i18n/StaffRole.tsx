'use client'
import { useAuth } from '@payloadcms/ui'
import { type ReactNode, useEffect } from 'react'

/**
 * Marks the page with the staff member's role (`<html data-staff-role>`), for
 * the few controls Payload offers by the collection's rules alone: a list's
 * bulk "게시" and "편집" are shown to anyone who may edit one document, though
 * the API refuses a contributor's bulk publish. custom.scss hides them for
 * contributors, who should never be offered what they cannot do.
 */
export function StaffRole({ children }: { children?: ReactNode }) {
  const { user } = useAuth()
  const role = (user as { role?: string } | null)?.role
  useEffect(() => {
    if (role) document.documentElement.dataset.staffRole = role
    else delete document.documentElement.dataset.staffRole
  }, [role])
  return <>{children}</>
}
