import { describe, expect, it } from 'vitest'
import {
  articleAddresses,
  checkPeriod,
  concludeBlockers,
  DEFAULT_PERIOD_RULES,
  draftProblems,
  earliestClose,
  mergeRules,
  phaseOf,
  readCommentForm,
  regimeFor,
  reportCounts,
  ruleFor,
  validateComment,
  type CommentForReport,
} from '.'

describe('regimeFor', () => {
  it.each([
    ['2024-12-31', 'law-80-2015'],
    ['2025-03-31', 'law-80-2015'],
    ['2025-04-01', 'law-64-2025'],
    ['2026-06-10', 'law-64-2025'],
  ] as const)('%s → %s', (date, regime) => expect(regimeFor(date)).toBe(regime))
  it('follows a corrected cut-over date', () => expect(regimeFor('2025-02-01', '2025-01-01')).toBe('law-64-2025'))
})

describe('period rules', () => {
  it('every default is labelled unverified and names its law', () => {
    for (const r of DEFAULT_PERIOD_RULES) {
      expect(r.verified).toBe(false)
      expect(r.legalBasis).toMatch(r.regime === 'law-64-2025' ? /64\/2025\/QH15/ : /80\/2015\/QH13/)
    }
  })
  it('an admin correction replaces the default of its (regime, kind) only', () => {
    const rules = mergeRules([{ regime: 'law-64-2025', kind: 'hdnd-resolution', minDays: 45, legalBasis: 'Điều X', verified: true }])
    expect(ruleFor(rules, 'hdnd-resolution', '2026-01-01')).toMatchObject({ minDays: 45, verified: true, legalBasis: 'Điều X' })
    expect(ruleFor(rules, 'ubnd-decision', '2026-01-01').minDays).toBe(30)
    expect(ruleFor(rules, 'hdnd-resolution', '2024-01-01').regime).toBe('law-80-2015')
  })
  it.each([[0], [-3], [2.5], [undefined]])('ignores a correction with days %j', (minDays) => {
    expect(mergeRules([{ regime: 'law-64-2025', kind: 'other', minDays }])).toEqual(DEFAULT_PERIOD_RULES)
  })
})

describe('checkPeriod: closing earlier than allowed is refused', () => {
  const rule = { regime: 'law-64-2025', kind: 'hdnd-resolution', minDays: 30, legalBasis: 'L', verified: false } as const
  it.each([
    ['2026-01-10', '2026-02-09', null],
    ['2026-01-10', '2026-03-01', null],
    ['2026-01-10', '2026-02-08', 'closesTooEarly'],
    ['2026-01-10', '2026-01-10', 'closeBeforeOpen'],
    ['2026-01-10', '2026-01-01', 'closeBeforeOpen'],
    // across a year end and February of a leap year
    ['2027-12-15', '2028-01-14', null],
    ['2028-02-01', '2028-03-01', 'closesTooEarly'],
    ['2028-02-01', '2028-03-02', null],
  ] as const)('%s → %s: %s', (open, close, code) => {
    expect(checkPeriod(open, close, rule)?.code ?? null).toBe(code)
  })
  it('names the earliest allowed date and the basis', () => {
    expect(checkPeriod('2026-01-10', '2026-01-20', rule)).toEqual({ code: 'closesTooEarly', earliest: '2026-02-09', minDays: 30, legalBasis: 'L' })
    expect(earliestClose('2026-01-10', rule)).toBe('2026-02-09')
  })
})

describe('phaseOf', () => {
  const c = { openDate: '2026-03-01', closeDate: '2026-03-31', concluded: false }
  it.each([
    ['2026-02-28', 'upcoming', null],
    ['2026-03-01', 'open', 31],
    ['2026-03-31', 'open', 1],
    ['2026-04-01', 'closed', null],
  ] as const)('%s → %s (%s days left)', (today, phase, daysLeft) => expect(phaseOf(c, today)).toEqual({ phase, daysLeft }))
  it('concluded wins', () => expect(phaseOf({ ...c, concluded: true }, '2026-03-05').phase).toBe('concluded'))
})

describe('concludeBlockers: no concluded consultation while a comment has no response', () => {
  const table: [string, CommentForReport[], string[]][] = [
    ['no comments', [], []],
    ['all answered', [{ id: 1, moderation: 'published', response: 'accepted' }, { id: 2, moderation: 'published', response: 'not-accepted', explanation: 'Trái luật' }], []],
    ['one unanswered', [{ id: 1, moderation: 'published', response: 'accepted' }, { id: 2, moderation: 'published' }], ['noResponse:2']],
    ['partly without explanation', [{ id: 3, moderation: 'published', response: 'partly', explanation: '  ' }], ['noExplanation:3']],
    ['awaiting moderation', [{ id: 4, moderation: 'pending' }], ['pendingModeration:4']],
    ['rejected ones are not in the report', [{ id: 5, moderation: 'rejected' }], []],
    ['unknown response', [{ id: 6, moderation: 'published', response: 'maybe' as never }], ['noResponse:6']],
  ]
  it.each(table)('%s', (_name, comments, expected) => {
    expect(concludeBlockers(comments).map((b) => `${b.code}:${b.id}`)).toEqual(expected)
  })
  it('counts the report', () => {
    expect(reportCounts([{ id: 1, moderation: 'published', response: 'accepted' }, { id: 2, moderation: 'published' }, { id: 3, moderation: 'rejected' }, { id: 4, moderation: 'published', response: 'partly' }])).toEqual({ accepted: 1, partly: 1, 'not-accepted': 0, unanswered: 1 })
  })
})

describe('the draft and the comment form', () => {
  const chapters = [{ articles: [{ number: 1 }, { number: 2 }] }, { articles: [{ number: 3 }] }]
  it('gives every article an address', () => expect(articleAddresses(chapters)).toEqual(['dieu-1', 'dieu-2', 'dieu-3']))
  it('finds duplicate and bad numbers', () => {
    expect(draftProblems([{ articles: [{ number: 1 }, { number: 1 }, { number: 0 }] }])).toEqual([{ code: 'duplicateArticle', number: 1 }, { code: 'badArticleNumber', number: 0 }])
  })
  const ok = { name: 'Nguyễn Văn A', email: '', text: 'Đề nghị sửa khoản 2.', article: 'dieu-3' }
  it.each([
    ['complete, e-mail optional', ok, []],
    ['whole draft', { ...ok, article: '' }, []],
    ['no name, bad mail, no text', { name: ' ', email: 'x@', text: '', article: '' }, ['name:nameRequired', 'email:emailInvalid', 'text:textRequired']],
    ['unknown article', { ...ok, article: 'dieu-9' }, ['article:articleUnknown']],
    ['too long', { ...ok, text: 'ệ'.repeat(8001) }, ['text:tooLong']],
  ] as const)('%s', (_n, values, codes) => {
    expect(validateComment(values, articleAddresses(chapters)).map((e) => `${e.field}:${e.code}`)).toEqual(codes)
  })
  it('reads the form, honeypot apart', () => {
    const f = new Map([['name', ' A '], ['text', 'x\r\ny'], ['website', 'spam']])
    expect(readCommentForm(f)).toEqual({ values: { name: 'A', email: '', text: 'x\ny', article: '' }, honeypot: 'spam' })
  })
})
