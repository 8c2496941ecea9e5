import { describe, expect, it } from 'vitest'

import { writeDocx } from '../../cms/seed/docxForm'
import { DOCUMENT_RULE, uploadProblem } from '../../cms/hooks/verifyUploadContent'
import { readContent } from '../../cms/seed/readContent'

const forms = readContent().documents.filter((document) => document.filename.endsWith('.docx'))

describe('the Korean Word files the seed writes for open calls', () => {
  it('the demo has a Korean application form and a Korean call for each open call', () => {
    expect(forms.map((form) => form.filename).sort()).toEqual(['ai-lecturer-call.docx', 'finance-lecturer-call.docx', 'lecturer-application-form.docx'])
  })

  it.each(forms.map((form) => [form.filename, form] as const))('%s is a Word file the attachments upload accepts', async (_name, form) => {
    const file = await writeDocx(form.filename, form.title.ko, form.blocks!)
    expect(file.mimetype).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(await uploadProblem({ name: file.name, data: file.data }, DOCUMENT_RULE)).toBeNull()
  })
})
