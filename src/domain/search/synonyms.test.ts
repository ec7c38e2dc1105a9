import { describe, expect, it } from 'vitest'
import { foldForm, issuerIndexForms, provinceLevel, recognizeFields, typeIndexForms } from './synonyms'

const spans = (q: string) => recognizeFields(foldForm(q).split(' ')).map((s) => `${s.field}:${s.values.join('|')}@${s.start}-${s.end}`)

describe('what people type → issuer / type / year', () => {
  it.each([
    ['ubnd tinh', ['issuer:level:provincial-committee@0-2']],
    ['uy ban', ['issuer:level:provincial-committee@0-2']],
    ['Ủy ban nhân dân tỉnh', ['issuer:level:provincial-committee@0-5']],
    ['hdnd', ['issuer:level:provincial-council@0-1']],
    ['HĐND tỉnh', ['issuer:level:provincial-council@0-2']],
    ['ttg', ['issuer:thu-tuong@0-1']],
    ['thu tuong', ['issuer:thu-tuong@0-2']],
    ['Thủ tướng Chính phủ', ['issuer:thu-tuong@0-4']],
    ['cp', ['issuer:chinh-phu@0-1']],
    ['chinh phu', ['issuer:chinh-phu@0-2']],
    ['bo tc', ['issuer:bo-tai-chinh@0-2']],
    ['btc', ['issuer:bo-tai-chinh@0-1']],
    ['Bộ Tài chính', ['issuer:bo-tai-chinh@0-3']],
    ['bct', ['issuer:bo-cong-thuong@0-1']],
    ['qh', ['issuer:quoc-hoi@0-1']],
    ['Ministry of Finance', ['issuer:bo-tai-chinh@0-3']],
    ['Prime Minister', ['issuer:thu-tuong@0-2']],
    ['nd', ['type:decree@0-1']],
    ['Nghị định', ['type:decree@0-2']],
    ['Decree', ['type:decree@0-1']],
    ['qd', ['type:decision@0-1']],
    ['tt', ['type:circular@0-1']],
    ['nq', ['type:resolution@0-1']],
    ['ct', ['type:directive@0-1']],
    ['kh', ['type:plan@0-1']],
    ['luat dat dai 2024', ['type:law@0-1', 'year:2024@3-4']],
    ['bo cong thuong quy che hoat dong', ['issuer:bo-cong-thuong@0-3', 'type:regulation@3-5']],
    ['thu tuong quyet dinh giao du toan', ['issuer:thu-tuong@0-2', 'type:decision@2-4']],
    ['hdnd tinh muc thu hoc phi', ['issuer:level:provincial-council@0-2']],
    ['dat dai', []],
  ])('%s', (q, expected) => {
    expect(spans(q)).toEqual(expected)
  })

  it('a short form two bodies share names both (ranking decides)', () => {
    // "TTCP" is the number symbol of the Government Inspectorate and a short form of the Prime Minister.
    expect(spans('ttcp')).toEqual(['issuer:thu-tuong|thanh-tra-chinh-phu@0-1'])
  })

  it('indexes every form of an issuer and a type with the document', () => {
    expect(issuerIndexForms('bo-tai-chinh')).toEqual(expect.arrayContaining(['bo tai chinh', 'ministry of finance', 'btc', 'bo tc', 'mof']))
    expect(issuerIndexForms('level:provincial-committee')).toEqual(expect.arrayContaining(['ubnd tinh', 'uy ban nhan dan tinh']))
    expect(typeIndexForms('decree')).toEqual(expect.arrayContaining(['nghi dinh', 'nd', 'decree']))
    expect(issuerIndexForms('nobody')).toEqual([])
  })

  it.each([
    ['Ủy ban nhân dân tỉnh Hà Tĩnh', 'level:provincial-committee'],
    ['Hội đồng nhân dân tỉnh Hà Tĩnh', 'level:provincial-council'],
    ['Sở Tài chính', undefined],
  ])('province level of %s', (name, level) => {
    expect(provinceLevel(name)).toBe(level)
  })
})
