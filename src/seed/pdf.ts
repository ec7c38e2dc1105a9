import { stripVietnamese } from '@/domain/legal'

/**
 * A small, valid one-page PDF with the given lines (Helvetica; Vietnamese folded to ASCII because
 * the standard fonts carry no Vietnamese glyphs). Demo stand-in for a signed PDF.
 */
export function simplePdf(lines: string[]): Buffer {
  const esc = (s: string) => stripVietnamese(s).replace(/[^\x20-\x7e]/g, '?').replace(/([\\()])/g, '\\$1')
  const content = ['BT', '/F1 12 Tf', '14 TL', '56 780 Td', ...lines.map((l) => `(${esc(l)}) Tj T*`), 'ET'].join('\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
  ]
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, n) => {
    offsets.push(Buffer.byteLength(out))
    out += `${n + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(out)
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}
