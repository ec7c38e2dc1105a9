import { describe, expect, it } from 'vitest'
import { EMPTY_ASK, readAskForm, validateAsk, type AskValues } from './askForm'

const known = { fields: ['investment', 'land'], agencies: ['1', '2'] }
const base: AskValues = { ...EMPTY_ASK, askerKind: 'business', name: 'Trần Bình', organisation: 'Công ty A', registrationNumber: '3001234567', email: 'a@b.vn', field: 'investment', title: 'T', question: 'Q' }
const codes = (over: Partial<AskValues>) => validateAsk({ ...base, ...over }, known).map((e) => `${e.field}:${e.code}`)

describe('validateAsk', () => {
  it.each([
    [{}, []],
    [{ registrationNumber: '' }, ['registrationNumber:registrationNumberInvalid']],
    [{ registrationNumber: '300123456' }, ['registrationNumber:registrationNumberInvalid']],
    [{ registrationNumber: '3001234567-01' }, ['registrationNumber:registrationNumberInvalid']],
    [{ registrationNumber: '3001234567-001' }, []],
    // a household business or organisation need not give one, but a given one must be well formed
    [{ askerKind: 'householdBusiness', registrationNumber: '' }, []],
    [{ askerKind: 'organisation', registrationNumber: 'abc' }, ['registrationNumber:registrationNumberInvalid']],
    [{ askerKind: 'citizen', organisation: '', registrationNumber: '' }, []],
    [{ askerKind: 'business', organisation: '' }, ['organisation:organisationRequired']],
    [{ askerKind: 'alien' }, ['askerKind:askerKindRequired']],
    [{ email: '', phone: '' }, ['email:contactRequired']],
    [{ email: '', phone: '0912 345 678' }, []],
    [{ email: 'not-an-email' }, ['email:emailInvalid']],
    [{ phone: '12' }, ['phone:phoneInvalid']],
    [{ field: '' }, ['field:fieldRequired']],
    [{ agency: '3' }, ['agency:agencyUnknown']],
    [{ agency: '2' }, []],
    [{ title: '', question: '' }, ['title:titleRequired', 'question:questionRequired']],
    [{ title: 'x'.repeat(201) }, ['title:tooLong']],
    [{ name: '' , email: 'x' }, ['name:nameRequired', 'email:emailInvalid']],
  ] as const)('%j → %j', (over, expected) => expect(codes(over)).toEqual(expected))
})

describe('readAskForm', () => {
  it('trims, normalizes newlines, reads the consent box and the honeypot; files are ignored', () => {
    const form = new FormData()
    form.set('name', '  An  ')
    form.set('question', 'a\r\nb')
    form.set('consent', 'yes')
    form.set('website', 'spam')
    form.set('title', new Blob(['x']) as unknown as string)
    const { values, honeypot } = readAskForm(form)
    expect(values).toMatchObject({ name: 'An', question: 'a\nb', consent: true, title: '' })
    expect(honeypot).toBe('spam')
  })
})
