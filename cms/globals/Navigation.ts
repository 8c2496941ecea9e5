import type { GlobalConfig } from 'payload'

import { anyone, isEditor } from '../access/roles'
import { checkSiteLink } from '../domain/validators'
import { validateWith } from '../fields/validate'
import { refuseBadLinkInDraft } from '../hooks/refuseBadLinkInDraft'

/** The site's main menu: site paths (/courses) or full https addresses. */
export const Navigation: GlobalConfig = {
  slug: 'navigation',
  label: { ko: '메뉴', en: 'Navigation' },
  admin: { group: { ko: '사이트', en: 'Site' } },
  versions: { drafts: true, max: 50 },
  access: { read: anyone, update: isEditor, readVersions: isEditor },
  fields: [
    {
      name: 'items',
      type: 'array',
      label: { ko: '메뉴 항목', en: 'Menu items' },
      labels: { singular: { ko: '메뉴 항목', en: 'Menu item' }, plural: { ko: '메뉴 항목', en: 'Menu items' } },
      fields: [
        { name: 'label', type: 'text', required: true, localized: true, label: { ko: '이름', en: 'Label' } },
        {
          name: 'href',
          type: 'text',
          required: true,
          label: { ko: '주소', en: 'Link' },
          validate: validateWith(checkSiteLink, { required: true }),
          hooks: { beforeChange: [refuseBadLinkInDraft(checkSiteLink)] },
        },
      ],
    },
  ],
}
