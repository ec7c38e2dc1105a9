import { describe, expect, it } from 'vitest'
import { createCalendar } from '../calendar'
import {
  QUESTION_DEADLINES,
  QUESTION_STATES,
  QUESTION_TRANSITIONS,
  REQUEST_DEADLINES,
  REQUEST_STATES,
  REQUEST_TRANSITIONS,
  allowedActions,
  checkTransition,
  dueStatus,
  followToken,
  initials,
  normalizeRegistrationNumber,
  normalizeTrackingCode,
  outcome,
  publicAskerName,
  questionDue,
  questionKindOf,
  requestDeadlines,
  trackingCode,
  type CaseRole,
} from './index'

const cal = createCalendar()
const ROLES: CaseRole[] = ['coordinator', 'agencyEditor', 'agencyPublisher']

/** Inputs that satisfy every requirement, so only state and role decide. */
const FULL = {
  reason: 'lý do',
  answerText: 'trả lời',
  refusal: 'spam',
  agency: 2,
  currentAgency: 1,
  answerApproved: true,
  ground: 'art28',
  extensionDays: 5,
  maxExtensionDays: 15,
  handlingDays: 10,
  maxHandlingDays: 15,
}

describe('question state machine: every action × state × role', () => {
  const cases = QUESTION_TRANSITIONS.flatMap((t) =>
    QUESTION_STATES.flatMap((state) =>
      ROLES.map((role) => {
        const allowed = (t.from as readonly string[]).includes(state) && (t.roles as readonly string[]).includes(role)
        return [t.action, state, role, allowed] as const
      }),
    ),
  )
  it.each(cases)('%s from %s by %s → %s', (action, state, role, allowed) => {
    const v = checkTransition('question', state, action, [role], FULL)
    expect(v.ok).toBe(allowed)
    if (!allowed) expect(['wrongState', 'notAllowed']).toContain(!v.ok && v.error)
  })
})

describe('information-request state machine: every action × state × role', () => {
  const cases = REQUEST_TRANSITIONS.flatMap((t) =>
    REQUEST_STATES.flatMap((state) =>
      ROLES.map((role) => {
        const allowed = (t.from as readonly string[]).includes(state) && (t.roles as readonly string[]).includes(role)
        return [t.action, state, role, allowed] as const
      }),
    ),
  )
  it.each(cases)('%s from %s by %s → %s', (action, state, role, allowed) => {
    expect(checkTransition('informationRequest', state, action, [role], FULL).ok).toBe(allowed)
  })
})

describe('requirements of each move', () => {
  it.each([
    ['question', 'received', 'refuse', 'coordinator', {}, 'refusalRequired'],
    ['question', 'received', 'refuse', 'coordinator', { refusal: 'rude' }, 'refusalRequired'],
    ['question', 'received', 'refuse', 'coordinator', { refusal: 'duplicate' }, 'duplicateOfRequired'],
    ['question', 'received', 'refuse', 'coordinator', { refusal: 'duplicate', duplicateOf: 7 }, null],
    ['question', 'received', 'refuse', 'coordinator', { refusal: 'outOfScope' }, null],
    ['question', 'accepted', 'assign', 'coordinator', {}, 'agencyRequired'],
    ['question', 'accepted', 'assign', 'coordinator', { agency: 3 }, null],
    ['question', 'assigned', 'reassign', 'coordinator', { agency: 3, currentAgency: 3, reason: 'x' }, 'sameAgency'],
    ['question', 'assigned', 'reassign', 'coordinator', { agency: 4, currentAgency: 3 }, 'reasonRequired'],
    ['question', 'assigned', 'reassign', 'coordinator', { agency: 4, currentAgency: 3, reason: 'sai thẩm quyền' }, null],
    ['question', 'assigned', 'publishAnswer', 'agencyPublisher', { answerApproved: false }, 'answerNotApproved'],
    ['question', 'assigned', 'publishAnswer', 'agencyPublisher', { answerApproved: true }, null],
    ['question', 'assigned', 'answerPrivately', 'agencyPublisher', { reason: 'việc riêng' }, 'answerRequired'],
    ['question', 'assigned', 'answerPrivately', 'agencyPublisher', { answerText: 'Kính gửi…', reason: '  ' }, 'reasonRequired'],
    ['question', 'assigned', 'answerPrivately', 'agencyPublisher', { answerText: 'Kính gửi…', reason: 'việc riêng' }, null],
    ['question', 'received', 'teleport', 'coordinator', {}, 'unknownAction'],
    ['informationRequest', 'received', 'extend', 'agencyEditor', { extensionDays: 16, maxExtensionDays: 15, reason: 'x' }, 'extensionInvalid'],
    ['informationRequest', 'received', 'extend', 'agencyEditor', { extensionDays: 0, maxExtensionDays: 15, reason: 'x' }, 'extensionInvalid'],
    ['informationRequest', 'received', 'extend', 'agencyEditor', { extensionDays: 15, maxExtensionDays: 15 }, 'reasonRequired'],
    ['informationRequest', 'received', 'extend', 'agencyEditor', { extensionDays: 15, maxExtensionDays: 15, reason: 'nhiều tài liệu' }, null],
    ['informationRequest', 'received', 'sendNotice', 'agencyEditor', { handlingDays: 16, maxHandlingDays: 15 }, 'handlingDaysInvalid'],
    ['informationRequest', 'noticeSent', 'refuse', 'agencyPublisher', { reason: 'x', ground: 'art99' }, 'groundRequired'],
    ['informationRequest', 'noticeSent', 'refuse', 'agencyPublisher', { reason: 'bí mật nhà nước', ground: 'art6' }, null],
    ['informationRequest', 'extended', 'providePartly', 'agencyEditor', { reason: 'phần còn lại thuộc Điều 7', ground: 'art7' }, null],
  ] as const)('%s %s %s by %s %j → %s', (kind, state, action, role, input, error) => {
    const v = checkTransition(kind, state, action, [role], input)
    if (error === null) expect(v.ok).toBe(true)
    else expect(v).toEqual({ ok: false, error })
  })

  it('the system actor passes the role check but not the requirements', () => {
    expect(checkTransition('question', 'accepted', 'assign', ['system'], {})).toEqual({ ok: false, error: 'agencyRequired' })
    expect(checkTransition('question', 'accepted', 'assign', ['system'], { agency: 1 }).ok).toBe(true)
  })
})

describe('allowedActions: the admin buttons', () => {
  it.each([
    ['question', 'received', ['coordinator'], ['accept', 'refuse']],
    ['question', 'accepted', ['coordinator'], ['assign']],
    ['question', 'assigned', ['coordinator'], ['reassign']],
    ['question', 'assigned', ['agencyEditor'], []],
    ['question', 'assigned', ['agencyPublisher'], ['publishAnswer', 'answerPrivately']],
    ['question', 'answered', ['coordinator', 'agencyPublisher'], []],
    ['informationRequest', 'received', ['agencyEditor'], ['sendNotice', 'extend', 'provide', 'providePartly']],
    ['informationRequest', 'extended', ['agencyPublisher'], ['provide', 'providePartly', 'refuse']],
    ['informationRequest', 'received', ['coordinator'], []],
    ['informationRequest', 'provided', ['agencyPublisher'], []],
  ] as const)('%s %s %j → %j', (kind, state, roles, actions) => {
    expect(allowedActions(kind, state, roles)).toEqual(actions)
  })
})

describe('information-request deadlines (Law 104/2016/QH13 arts. 29–31) on the working-day calendar', () => {
  it.each([
    // online, simple: 3 working days after receipt
    ['online', '2025-06-04', null, 0, '2025-06-09', '2025-06-09'], // Wed → Mon (weekend)
    ['online', '2025-06-06', null, 0, '2025-06-11', '2025-06-11'], // Fri → Wed
    ['online', '2025-01-23', null, 0, '2025-02-04', '2025-02-04'], // Thu: Fri 24/01, then Tết until 02/02: Mon 3, Tue 4
    ['online', '2025-04-28', null, 0, '2025-05-06', '2025-05-06'], // Tue 29/4, then 30/4–4/5 off: Mon 5, Tue 6
    // online, notice sent: 15 working days after receipt, notice no longer due
    ['online', '2025-06-04', '2025-06-05', 0, null, '2025-06-25'],
    ['online', '2025-01-20', '2025-01-21', 0, null, '2025-02-17'], // 4 WD before Tết, 11 after
    // extension by 15 (the ceiling) after a notice
    ['online', '2025-06-04', '2025-06-05', 15, null, '2025-07-16'],
    // extension without notice: the answer period applies, notice still owed
    ['online', '2025-06-04', null, 5, '2025-06-09', '2025-07-02'],
    // post: simple within 5; the notice within 3 as online
    ['post', '2025-06-06', null, 0, '2025-06-11', '2025-06-13'],
    ['post', '2025-06-06', '2025-06-09', 0, null, '2025-06-27'],
    // at the office: 10 working days, extendable by 10, no notice step
    ['office', '2025-06-06', null, 0, null, '2025-06-20'],
    ['office', '2025-06-06', null, 10, null, '2025-07-04'],
    ['office', '2026-02-12', null, 0, null, '2026-03-05'], // across Tết 2026 (13/02 worked, 14–22/02 off)
  ] as const)('%s received %s, notice %s, +%d → notice %s, due %s', (channel, receivedOn, noticeSentOn, extensionDays, noticeDue, due) => {
    const d = requestDeadlines(REQUEST_DEADLINES[channel], { receivedOn, noticeSentOn, extensionDays }, cal)
    expect(d.noticeDue).toBe(noticeDue)
    expect(d.due).toBe(due)
    expect(d.basis).toMatch(/104\/2016\/QH13, Điều (29|30|31)/)
  })

  it('refuses an extension beyond the law', () => {
    expect(() => requestDeadlines(REQUEST_DEADLINES.office, { receivedOn: '2025-06-06', extensionDays: 11 }, cal)).toThrow(RangeError)
    expect(() => requestDeadlines(REQUEST_DEADLINES.online, { receivedOn: '2025-06-06', extensionDays: 16 }, cal)).toThrow(RangeError)
  })

  it('each channel names its article', () => {
    expect(REQUEST_DEADLINES.online.basis).toContain('Điều 30')
    expect(REQUEST_DEADLINES.post.basis).toContain('Điều 31')
    expect(REQUEST_DEADLINES.office.basis).toContain('Điều 29')
  })
})

describe('question deadlines (portal default, labelled)', () => {
  it('are marked as the default, with no legal basis invented', () => {
    for (const rule of Object.values(QUESTION_DEADLINES)) {
      expect(rule.isDefault).toBe(true)
      expect(rule.basis).toBeNull()
    }
  })
  it.each([
    ['received', '2025-06-06', null, '2025-06-10'],
    ['accepted', '2025-06-06', null, '2025-06-10'],
    ['assigned', '2025-06-06', '2025-06-09', '2025-06-23'],
    ['assigned', '2025-01-20', '2025-01-22', '2025-02-12'], // across Tết 2025
    ['answered', '2025-06-06', '2025-06-09', null],
    ['refused', '2025-06-06', null, null],
  ] as const)('%s (received %s, assigned %s) → due %s', (state, receivedOn, assignedOn, due) => {
    expect(questionDue(QUESTION_DEADLINES.business, state, { receivedOn, assignedOn }, cal)).toBe(due)
  })
  it.each([
    ['business', 'business'],
    ['householdBusiness', 'business'],
    ['citizen', 'citizen'],
    ['organisation', 'citizen'],
  ] as const)('asker %s → %s rule', (asker, kind) => expect(questionKindOf(asker)).toBe(kind))
})

describe('due status, days taken', () => {
  it.each([
    ['2025-06-20', '2025-06-10', 'onTrack'],
    ['2025-06-20', '2025-06-18', 'dueSoon'],
    ['2025-06-20', '2025-06-20', 'dueSoon'],
    ['2025-06-23', '2025-06-19', 'dueSoon'], // Thu → Mon: 2 working days left
    ['2025-06-20', '2025-06-21', 'overdue'],
  ] as const)('due %s, today %s → %s', (due, today, status) => expect(dueStatus(due, today, cal)).toBe(status))

  it.each([
    ['2025-06-06', '2025-06-20', '2025-06-20', 10, true],
    ['2025-06-06', '2025-06-23', '2025-06-20', 11, false],
    ['2025-01-23', '2025-02-05', '2025-02-05', 4, true], // 24/01, 3, 4, 5/02
  ] as const)('received %s, closed %s, due %s → %d days, on time %s', (receivedOn, closedOn, due, days, onTime) => {
    expect(outcome({ receivedOn, closedOn, due }, cal)).toEqual({ daysTaken: days, onTime })
  })
})

describe('business registration number', () => {
  it.each([
    ['0101234567', '0101234567'],
    ['0101234567-001', '0101234567-001'],
    [' 0101234567 - 002 ', '0101234567-002'],
    ['010123456', null],
    ['01012345678', null],
    ['0101234567-01', null],
    ['0101234567-0001', null],
    ['01012345a7', null],
    ['0101234567001', null],
    ['', null],
  ])('%j → %j', (input, out) => expect(normalizeRegistrationNumber(input)).toBe(out))
})

describe('asker shown in public', () => {
  it.each([
    [{ askerKind: 'business', askerName: 'Trần Thị Bình', organisation: 'Công ty TNHH Hồng Lĩnh', consentToPublish: true }, 'Công ty TNHH Hồng Lĩnh'],
    [{ askerKind: 'citizen', askerName: 'Nguyễn Văn An', organisation: 'ignored', consentToPublish: true }, 'N.V.A.'],
    [{ askerKind: 'business', askerName: 'Trần Thị Bình', organisation: '', consentToPublish: true }, 'T.T.B.'],
    [{ askerKind: 'business', askerName: 'Trần Thị Bình', organisation: 'Công ty', consentToPublish: false }, ''],
    [{ askerKind: 'citizen', askerName: '  đặng   ánh ', consentToPublish: true }, 'Đ.Á.'],
  ])('%j → %j', (asker, shown) => expect(publicAskerName(asker)).toBe(shown))
  it('initials never contain the full name', () => expect(initials('Lê Minh')).toBe('L.M.'))
})

describe('codes', () => {
  const fixed = (n: number) => Uint8Array.from({ length: n }, (_, i) => i * 37)
  it('tracking code has the documented shape and round-trips what people type', () => {
    const code = trackingCode('HD', 2026, fixed)
    expect(code).toMatch(/^HD-2026-[2-9A-HJKMNP-Z]{6}$/)
    expect(normalizeTrackingCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code)
    expect(normalizeTrackingCode('HD-2026-00000')).toBeNull()
    expect(normalizeTrackingCode('XX-2026-ABCDEF')).toBeNull()
    expect(normalizeTrackingCode('HD-2026-ABCDE0')).toBeNull() // 0 is not in the alphabet
  })
  it('follow token is 48 hex characters', () => expect(followToken(fixed)).toMatch(/^[0-9a-f]{48}$/))
})
