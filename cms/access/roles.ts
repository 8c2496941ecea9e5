import type { PayloadRequest } from 'payload'

export type Role = 'admin' | 'editor' | 'contributor'

type WithUser = { req: PayloadRequest }

export const roleOf = (req: PayloadRequest): Role | undefined =>
  (req.user as { role?: Role } | null | undefined)?.role ?? undefined

/** Anyone, signed in or not: public content reads. */
export const anyone = () => true

/** Any signed-in staff member, whatever the role. */
export const isStaff = ({ req }: WithUser) => Boolean(roleOf(req))

/** Editors and admins: they create, edit and publish all content. */
export const isEditor = ({ req }: WithUser) => roleOf(req) === 'admin' || roleOf(req) === 'editor'

/** Admins only: users and site settings. */
export const isAdmin = ({ req }: WithUser) => roleOf(req) === 'admin'
