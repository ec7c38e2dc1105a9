import { describe, expect, it } from 'vitest'
import { storedFileName } from './filename'

describe('storedFileName', () => {
  it.each([
    ['x.html', 'png', 'x.png'],
    ['anh-dai-dien.PNG', 'png', 'anh-dai-dien.png'],
    ['nghi-quyet.bin', 'pdf', 'nghi-quyet.pdf'],
    ['22/2016/NQ-HĐND.pdf', 'pdf', '22-2016-NQ-HĐND.pdf'],
    ['..\\..\\windows\\win.ini', 'pdf', 'windows-win.pdf'],
    ['../../etc/passwd', 'pdf', 'etc-passwd.pdf'],
    ['report.php.png', 'png', 'report-php.png'],
    ['.htaccess', 'pdf', 'htaccess.pdf'],
    ['Quyết định số 01 (bản ký).docx', 'docx', 'Quyết-định-số-01-bản-ký.docx'],
    ['<script>alert(1)</script>.pdf', 'pdf', 'script-alert-1-script.pdf'],
    ['', 'pdf', 'tep.pdf'],
    ['///', 'png', 'tep.png'],
  ])('%j stored as %s → %j', (name, ext, expected) => {
    expect(storedFileName(name, ext)).toBe(expected)
  })

  it('normalises to NFC and keeps names short', () => {
    expect(storedFileName('Ho\u0300a.pdf', 'pdf')).toBe('Hòa.pdf')
    expect(storedFileName(`${'a'.repeat(300)}.pdf`, 'pdf')).toBe(`${'a'.repeat(120)}.pdf`)
  })
})
