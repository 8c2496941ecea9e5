/**
 * Korean Word files (.docx) the seed writes for the demo: open-call notices
 * and application forms staff and applicants can edit in Word or Hangul.
 * A form's fields are a two-column table, a label and an empty cell to type
 * in. Written with the `docx` library; Hangul needs no embedded font here
 * (the reader's Word or Hangul supplies 맑은 고딕 or its own).
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'

import type { UploadFile } from './media'

export type FormBlock = { heading: string } | { text: string } | { bullets: string[] } | { fields: string[] }

const FONT = '맑은 고딕'
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

function blockParts(block: FormBlock): Array<Paragraph | Table> {
  if ('heading' in block) return [new Paragraph({ text: block.heading, heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 } })]
  if ('text' in block) return [new Paragraph({ children: [new TextRun(block.text)], spacing: { after: 120 } })]
  if ('bullets' in block) return block.bullets.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }))
  return [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: block.fields.map(
        (label) =>
          new TableRow({
            children: [
              new TableCell({ width: { size: 30, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [new TextRun({ text: label, bold: true })] })] }),
              // Left empty for the applicant; tall enough to write in when printed.
              new TableCell({ width: { size: 70, type: WidthType.PERCENTAGE }, children: [new Paragraph({ text: '', spacing: { before: 200, after: 200 } })] }),
            ],
          }),
      ),
    }),
  ]
}

/** The document `title` followed by its blocks, as a .docx upload. */
export async function writeDocx(filename: string, title: string, blocks: FormBlock[]): Promise<UploadFile> {
  const doc = new Document({
    creator: '서초구 IT교육센터',
    title,
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    sections: [
      {
        children: [new Paragraph({ text: title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { after: 240 } }), ...blocks.flatMap(blockParts)],
      },
    ],
  })
  const data = await Packer.toBuffer(doc)
  return { data, mimetype: DOCX, name: filename, size: data.length }
}
