/**
 * Turns the plain text of a Vietnamese legal document (as copied from the national database) into
 * Lexical rich text: "Điều N." and "PHỤ LỤC" lines become headings, the budget tables (one cell per
 * line after "Đơn vị tính: …") become real tables, everything else a paragraph.
 */
/** A Lexical node as the generated rich-text type describes it. */
type Node = { type: string; version: number; [k: string]: unknown }

const text = (t: string): Node => ({ type: 'text', text: t, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const block = { format: '' as const, indent: 0, version: 1, direction: 'ltr' as const }
const paragraph = (t: string): Node => ({ type: 'paragraph', ...block, textFormat: 0, textStyle: '', children: t ? [text(t)] : [] })
const heading = (t: string, tag: 'h3' | 'h4'): Node => ({ type: 'heading', tag, ...block, children: [text(t)] })
const cell = (t: string, header: boolean, colSpan = 1): Node => ({
  type: 'tablecell',
  ...block,
  headerState: header ? 1 : 0,
  colSpan,
  rowSpan: 1,
  backgroundColor: null,
  children: [paragraph(t)],
})
const row = (cells: Node[]): Node => ({ type: 'tablerow', ...block, children: cells })

const SKIP = /^Đang tải nội dung/

export function legalTextToRichText(source: string) {
  const lines = source
    .split(/\r?\n/)
    .map((l) => l.replace(/\u00a0/g, ' ').trim())
    .filter((l) => l && !SKIP.test(l))
  const children: Node[] = []
  let i = 0
  while (i < lines.length) {
    const line = lines[i]!
    if (/^Đơn vị tính:/.test(line)) {
      children.push(paragraph(line))
      i++
      // Header cells run up to and including "Năm 2020" (the last year column).
      const header: string[] = []
      while (i < lines.length && header[header.length - 1] !== 'Năm 2020') header.push(lines[i++]!)
      const rows: Node[] = [row(header.map((h) => cell(h, true)))]
      const numbered = header[0] === 'TT'
      while (i < lines.length && !/^(\(|PHỤ LỤC)/.test(lines[i]!)) {
        if (numbered && lines[i] === 'Tổng') {
          const cells = lines.slice(i, i + header.length - 1)
          rows.push(row([cell(cells[0]!, true, 2), ...cells.slice(1).map((c) => cell(c, false))]))
          i += header.length - 1
        } else {
          const cells = lines.slice(i, i + header.length)
          rows.push(row(cells.map((c, k) => cell(c, !numbered && k === 0))))
          i += header.length
        }
      }
      children.push({ type: 'table', ...block, children: rows })
      continue
    }
    if (/^Điều \d+\./.test(line)) children.push(heading(line, 'h4'))
    else if (/^(PHỤ LỤC \d+|NGHỊ QUYẾT|QUYẾT NGHỊ:)$/.test(line)) children.push(heading(line, 'h3'))
    else children.push(paragraph(line))
    i++
  }
  return { root: { type: 'root', ...block, children } }
}
