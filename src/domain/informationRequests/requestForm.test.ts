import { describe, expect, it } from 'vitest'
import { EMPTY_REQUEST, validateRequest, type RequestValues } from './requestForm'

const base: RequestValues = { ...EMPTY_REQUEST, requesterKind: 'citizen', name: 'Nguyễn An', residence: 'Phường Trần Phú, Hà Tĩnh', identityNumber: '042190000123', email: 'an@example.vn', information: 'Quyết định giao đất', delivery: 'email', purpose: 'Biết quyền lợi' }
const codes = (over: Partial<RequestValues>) => validateRequest({ ...base, ...over }).map((e) => `${e.field}:${e.code}`)

describe('validateRequest (who may ask, what the form needs)', () => {
  it.each([
    [{}, []],
    [{ requesterKind: 'tourist' }, ['requesterKind:requesterKindRequired']],
    [{ identityNumber: '12345' }, ['identityNumber:identityNumberInvalid']],
    [{ identityNumber: '042 190 000 123' }, []],
    [{ identityNumber: 'C1234567' }, []],
    [{ residence: '' }, ['residence:residenceRequired']],
    [{ requesterKind: 'organisation' }, ['organisation:organisationRequired']],
    [{ requesterKind: 'organisation', organisation: 'HTX Cẩm Xuyên' }, []],
    // a foreigner residing in Việt Nam asks only about their own rights and obligations
    [{ requesterKind: 'foreignResident', identityNumber: 'B12345678' }, ['ownRights:ownRightsRequired']],
    [{ requesterKind: 'foreignResident', identityNumber: 'B12345678', ownRights: true }, []],
    [{ email: '', phone: '' }, ['email:contactRequired']],
    [{ email: '', phone: '0912345678' }, ['email:emailForDelivery']],
    [{ delivery: 'post' }, ['postalAddress:postalAddressRequired']],
    [{ delivery: 'post', postalAddress: '12 Nguyễn Du' }, []],
    [{ delivery: 'fax' }, ['delivery:deliveryRequired']],
    [{ information: '', purpose: '' }, ['information:informationRequired', 'purpose:purposeRequired']],
    [{ information: 'x'.repeat(4001) }, ['information:tooLong']],
  ] as const)('%j → %j', (over, expected) => expect(codes(over)).toEqual(expected))
})
