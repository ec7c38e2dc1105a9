import { describe, expect, it } from 'vitest'
import { normaliseDossierCode, normaliseProcedureCode, procedureCodeDigits, procedureCodesIn } from './codes'

describe('normaliseProcedureCode', () => {
  it.each([
    ['1.001234', '1.001234'],
    ['1001234', '1.001234'],
    [' 1 001 234 ', '1.001234'],
    ['1,001234', '1.001234'],
    ['2.002345', '2.002345'],
    [1001234, '1.001234'],
    ['1.00123', null],
    ['10012345', null],
    ['1.00123a', null],
    ['', null],
    [null, null],
  ])('%j → %j', (input, expected) => {
    expect(normaliseProcedureCode(input)).toBe(expected)
  })

  it('reduces every spelling to the same digits', () => {
    expect(procedureCodeDigits('1.001234')).toBe('1001234')
  })

  it('finds codes inside a query', () => {
    expect(procedureCodesIn('thủ tục 1.001234 và 2 002345')).toEqual(['1.001234', '2.002345'])
    expect(procedureCodesIn('nghi quyet 22/2016')).toEqual([])
  })
})

describe('normaliseDossierCode', () => {
  it.each([
    ['000.00.17.H29-261203-0001', '000.00.17.H29-261203-0001'],
    [' h29-0001 ', 'H29-0001'],
    ['ab', null],
    ['<script>', null],
  ])('%j → %j', (input, expected) => {
    expect(normaliseDossierCode(input)).toBe(expected)
  })
})
