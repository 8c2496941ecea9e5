import type { CollectionConfig } from 'payload'

import { adminOrSelf, onlyAdminsSetRoles } from '../access/adminOrSelf'
import { isAdmin } from '../access/roles'
import { ROLES } from '../fields/options'
import { firstUserIsAdmin } from '../hooks/firstUserIsAdmin'
import { enforcePasswordPolicy } from '../hooks/passwordPolicy'
import { enforcePasswordPolicyOnReset } from '../hooks/passwordPolicyOnReset'
import { cmsServedOverHttps } from '../publicUrls'

/** Staff accounts. admin: everything; editor: all content; contributor: drafts of notices and board posts. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { ko: '직원 계정', en: 'Staff account' }, plural: { ko: '직원 계정', en: 'Staff accounts' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role'], group: { ko: '관리', en: 'Admin' } },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    // HttpOnly always (Payload); Strict keeps the login off requests started by other sites; Secure
    // when the CMS is reached over https (CMS_PUBLIC_URL), since browsers drop Secure cookies on plain http.
    cookies: { sameSite: 'Strict', secure: cmsServedOverHttps() },
  },
  access: { read: adminOrSelf, create: isAdmin, update: adminOrSelf, delete: isAdmin, admin: ({ req }) => Boolean(req.user) },
  hooks: { beforeOperation: [enforcePasswordPolicyOnReset], beforeValidate: [enforcePasswordPolicy], beforeChange: [firstUserIsAdmin] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { ko: '이름', en: 'Name' } },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'contributor',
      options: ROLES,
      label: { ko: '역할', en: 'Role' },
      saveToJWT: true,
      access: { create: onlyAdminsSetRoles, update: onlyAdminsSetRoles },
      admin: { position: 'sidebar' },
    },
  ],
}
