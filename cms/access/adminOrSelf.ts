import type { Access, FieldAccess } from 'payload'

import { roleOf } from './roles'

/** Admins see and change every account; others only their own. */
export const adminOrSelf: Access = ({ req }) => {
  if (roleOf(req) === 'admin') return true
  if (!req.user) return false
  return { id: { equals: req.user.id } }
}

/** A role is granted by an admin, never raised by its holder. */
export const onlyAdminsSetRoles: FieldAccess = ({ req }) => roleOf(req) === 'admin'
