import { describe, expect, it } from 'vitest'
import { readEnquiryForm, validateEnquiry, type EnquiryValues } from './enquiry'

const ok: EnquiryValues = { name: 'Kim Min-jun', company: 'Hanil Steel', country: 'Korea', email: 'minjun@hanil.example', message: 'Is land available?' }

describe('validateEnquiry', () => {
  it('accepts a complete enquiry; company and country are optional', () => {
    expect(validateEnquiry(ok)).toEqual([])
    expect(validateEnquiry({ ...ok, company: '', country: '' })).toEqual([])
  })
  it('reports each problem once, in form order', () => {
    expect(validateEnquiry({ name: '', company: '', country: '', email: 'not-an-email', message: '' })).toEqual([
      { field: 'name', code: 'nameRequired' },
      { field: 'email', code: 'emailInvalid' },
      { field: 'message', code: 'messageRequired' },
    ])
  })
  it.each(['a@b', 'a b@c.com', '<x>@y.com', 'a@b.c', ''])('refuses email %j', (email) => {
    expect(validateEnquiry({ ...ok, email }).map((e) => e.code)).toEqual(['emailInvalid'])
  })
  it('limits lengths (in characters, not bytes)', () => {
    expect(validateEnquiry({ ...ok, message: 'ệ'.repeat(4000) })).toEqual([])
    expect(validateEnquiry({ ...ok, message: 'x'.repeat(4001), country: 'y'.repeat(81) })).toEqual([
      { field: 'country', code: 'tooLong', max: 80 },
      { field: 'message', code: 'tooLong', max: 4000 },
    ])
  })
})

describe('readEnquiryForm', () => {
  it('trims, normalises newlines, ignores non-strings, reads the honeypot', () => {
    const form = new FormData()
    form.set('name', '  Ann  ')
    form.set('message', 'line1\r\nline2')
    form.set('company', new Blob(['x']))
    form.set('website', 'http://spam')
    const { values, honeypot } = readEnquiryForm(form)
    expect(values).toEqual({ name: 'Ann', company: '', country: '', email: '', message: 'line1\nline2' })
    expect(honeypot).toBe('http://spam')
  })
})
