import { describe, expect, it } from 'vitest'
import { keepsVerification, moderate, refusalReason, REFUSAL_REASON_MAX } from './moderation'

const owner = (previous: unknown, requested?: unknown, extra: object = {}) => moderate({ actor: 'owner', previous, requested, ownerVerified: true, ...extra })
const moderator = (previous: unknown, requested?: unknown, extra: object = {}) => moderate({ actor: 'moderator', previous, requested, ownerVerified: true, ...extra })

describe('the owner', () => {
  it.each([
    // previous, requested → state
    [undefined, undefined, 'draft'],
    [undefined, 'submitted', 'submitted'],
    ['draft', undefined, 'draft'],
    ['draft', 'submitted', 'submitted'],
    ['submitted', undefined, 'draft'], // an edit withdraws the submission
    ['submitted', 'submitted', 'submitted'],
    ['submitted', 'draft', 'draft'],
    ['approved', undefined, 'draft'], // editing an approved item: the approved edition stays public
    ['approved', 'approved', 'draft'], // the stored state sent back is not a decision
    ['refused', undefined, 'draft'],
    ['refused', 'submitted', 'submitted'],
    ['refused', 'refused', 'draft'],
  ] as const)('%s + %s → %s, never published', (previous, requested, state) => {
    expect(owner(previous, requested)).toMatchObject({ ok: true, state, publish: false, decided: false })
  })

  it.each([
    ['draft', 'approved'],
    ['submitted', 'approved'],
    ['submitted', 'refused'],
    ['draft', 'refused'],
    ['draft', 'published'],
    ['draft', 42],
  ])('%s → %s is refused', (previous, requested) => {
    expect(owner(previous, requested)).toEqual({ ok: false, problem: 'notAllowed' })
  })

  it('keeps the refusal reason while editing, clears it on resubmission', () => {
    expect(owner('refused', undefined, { previousReason: 'Thiếu ảnh' })).toMatchObject({ reason: 'Thiếu ảnh' })
    expect(owner('refused', 'submitted', { previousReason: 'Thiếu ảnh' })).toMatchObject({ reason: null })
  })
})

describe('the moderator', () => {
  it('approves a submitted item of a verified business: published', () => {
    expect(moderator('submitted', 'approved')).toEqual({ ok: true, state: 'approved', publish: true, reason: null, decided: true })
  })
  it('cannot approve for a business that is not verified', () => {
    expect(moderator('submitted', 'approved', { ownerVerified: false })).toEqual({ ok: false, problem: 'ownerNotVerified' })
  })
  it('refuses with a reason, never without', () => {
    expect(moderator('submitted', 'refused', { reason: '  Ảnh không rõ  ' })).toEqual({ ok: true, state: 'refused', publish: false, reason: 'Ảnh không rõ', decided: true })
    expect(moderator('submitted', 'refused', { reason: '   ' })).toEqual({ ok: false, problem: 'reasonRequired' })
    expect(moderator('submitted', 'refused')).toEqual({ ok: false, problem: 'reasonRequired' })
  })
  it.each([
    ['draft', 'approved'],
    ['draft', 'refused'],
    ['refused', 'approved'],
    ['approved', 'refused'],
    ['submitted', 'draft'],
  ])('decides on submitted items only: %s → %s refused', (previous, requested) => {
    expect(moderator(previous, requested, { reason: 'x' })).toEqual({ ok: false, problem: 'notAllowed' })
  })
  it('a save without a decision keeps the state and the reason', () => {
    expect(moderator('refused', undefined, { previousReason: 'r' })).toEqual({ ok: true, state: 'refused', publish: false, reason: 'r', decided: false })
    expect(moderator('approved', 'approved')).toMatchObject({ ok: true, state: 'approved', publish: false })
  })
})

describe('reasons and verification', () => {
  it('caps the reason', () => {
    expect(refusalReason('a'.repeat(REFUSAL_REASON_MAX + 10))).toHaveLength(REFUSAL_REASON_MAX)
    expect(refusalReason(7)).toBeNull()
  })
  it.each([
    [{ registrationNumber: '3000123456', legalName: 'Công ty A' }, { registrationNumber: '3000123456', legalName: ' Công ty  A ' }, true],
    [{ registrationNumber: '3000123456', legalName: 'Công ty A' }, { registrationNumber: '3000123457', legalName: 'Công ty A' }, false],
    [{ registrationNumber: '3000123456', legalName: 'Công ty A' }, { registrationNumber: '3000123456', legalName: 'Công ty B' }, false],
  ])('%j → %j keeps verification: %s', (before, after, expected) => {
    expect(keepsVerification(before, after)).toBe(expected)
  })
})
