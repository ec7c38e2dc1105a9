import { describe, expect, it } from 'vitest'
import { findOfficialHeader } from './officialHeader'

const resolution = [
  'HỘI ĐỒNG NHÂN DÂN',
  'TỈNH HÀ TĨNH',
  '-------',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  '---------------',
  'Số: 22/2016/NQ-HĐND',
  'Hà Tĩnh, ngày 24 tháng 09 năm 2016',
  '\u00a0',
  'NGHỊ QUYẾT',
  'QUY ĐỊNH MỘT SỐ CHÍNH SÁCH ĐẨY MẠNH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN',
  'HỘI ĐỒNG NHÂN DÂN TỈNH HÀ TĨNH',
  'Căn cứ Luật tổ chức chính quyền địa phương năm 2015;',
]

describe('findOfficialHeader', () => {
  it('reads the two columns, the number, place and date, type and title, and where the text resumes', () => {
    const h = findOfficialHeader(resolution)!
    expect(h).toMatchObject({
      issuer: ['HỘI ĐỒNG NHÂN DÂN', 'TỈNH HÀ TĨNH'],
      nationalName: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      number: 'Số: 22/2016/NQ-HĐND',
      placeAndDate: 'Hà Tĩnh, ngày 24 tháng 09 năm 2016',
      docType: 'NGHỊ QUYẾT',
      title: 'QUY ĐỊNH MỘT SỐ CHÍNH SÁCH ĐẨY MẠNH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN',
    })
    // The enacting body line and the preamble stay in the text.
    expect(resolution[h.consumed]).toBe('HỘI ĐỒNG NHÂN DÂN TỈNH HÀ TĨNH')
  })
  it('a ministry circular with the place and date before the number', () => {
    const h = findOfficialHeader(['BỘ TÀI CHÍNH', '--------', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập – Tự do – Hạnh phúc', 'Hà Nội, ngày 30 tháng 12 năm 2016', 'Số: 343/2016/TT-BTC', 'THÔNG TƯ', 'HƯỚNG DẪN THỰC HIỆN CÔNG KHAI NGÂN SÁCH', 'Căn cứ…'])!
    expect(h).toMatchObject({ issuer: ['BỘ TÀI CHÍNH'], number: 'Số: 343/2016/TT-BTC', placeAndDate: 'Hà Nội, ngày 30 tháng 12 năm 2016', docType: 'THÔNG TƯ' })
    expect(h.consumed).toBe(8)
  })
  it.each([
    ['a text without the national name', ['Điều 1. Phạm vi điều chỉnh', 'Nghị quyết này quy định…']],
    ['an issuer line in lower case', ['Ủy ban nhân dân', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']],
    ['the national name with no issuer', ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']],
    ['empty', []],
  ])('%s → null (the text is shown as it is)', (_, lines) => expect(findOfficialHeader(lines)).toBeNull())
})
