import { describe, expect, it } from 'vitest'
import type { AgencyScore, CatalogueEntry, Evidence } from '@/domain/transparency'
import { caseSummaries, evidenceCsv, losingEvidence } from './export'

const entry = (id: string, collection: string, appliesTo: CatalogueEntry['appliesTo'] = ['department']): CatalogueEntry => ({
  id,
  category: 'answers',
  title: { vi: `vi ${id}`, en: `en ${id}` },
  appliesTo,
  matcher: { collection },
  deadline: { kind: 'continuous' },
})
const CATALOGUE = [entry('news', 'news'), entry('questions-on-time', 'questions'), entry('requests-on-time', 'information-requests'), entry('dossier-status-published', 'dossier-status'), entry('council-only', 'questions', ['provincial-council'])]
const row = (entryId: string, status: Evidence['status'], extra: Partial<Evidence> = {}): Evidence => ({ entryId, criterion: 'answers', status, pointsLost: 0, ...extra })
const score = (evidence: Evidence[]): AgencyScore => ({ agencyId: '1', agencyKind: 'department', period: { from: '2026-01-01', to: '2026-12-31', label: '2026' }, today: '2026-11-27', criteriaVersion: 'v1', total: 50, byCriterion: {} as AgencyScore['byCriterion'], evidence })

describe('case summaries on the agency page', () => {
  const s = score([
    row('questions-on-time', 'on-time'),
    row('questions-on-time', 'late', { pointsLost: 1 }),
    row('questions-on-time', 'overdue', { pointsLost: 1 }),
    row('questions-on-time', 'not-due-yet'),
    row('dossier-status-published', 'present', { criterion: 'dossiers' }),
    row('dossier-status-published', 'incomplete', { criterion: 'dossiers', pointsLost: 2 }),
    row('council-only', 'not-applicable', { criterion: 'completeness' }),
  ])
  const byId = Object.fromEntries(caseSummaries(s, CATALOGUE).map((c) => [c.entryId, c]))
  it.each([
    ['questions-on-time', 3, 100 / 3, true],
    ['dossier-status-published', 2, 50, true],
    // no case of the kind: no data, not 0 and not 100
    ['requests-on-time', 0, null, true],
    ['council-only', 0, null, false],
  ])('%s: %i assessed, share %s, applies %s', (id, assessed, share, applies) => {
    expect(byId[id]!.assessed).toBe(assessed)
    if (share === null) expect(byId[id]!.share).toBeNull()
    else expect(byId[id]!.share).toBeCloseTo(share, 6)
    expect(byId[id]!.applies).toBe(applies)
  })
  it('only case entries are summarised; not-due-yet rows are counted apart', () => {
    expect(Object.keys(byId)).not.toContain('news')
    expect(byId['questions-on-time']!.counts).toMatchObject({ 'on-time': 1, late: 1, overdue: 1, 'not-due-yet': 1 })
  })
  it('overdue and incomplete rows are among the losses, worst first', () => {
    expect(losingEvidence(s).map((e) => e.status)).toEqual(['incomplete', 'late', 'overdue'])
  })
  it('the evidence CSV ends with the day a case was answered or done', () => {
    const csv = evidenceCsv(score([row('questions-on-time', 'late', { itemTitle: 'HD-1', due: '2026-09-15', closedOn: '2026-09-17', daysLate: 2, workingDaysLate: 2, pointsLost: 1 })]), CATALOGUE, 'vi')
    const [head, line] = csv.replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(head!.split(',').at(-1)).toBe('Ngày trả lời / hoàn thành')
    expect(line).toBe('answers,questions-on-time,vi questions-on-time,late,HD-1,2026-09-15,,2,2,1,,2026-09-17')
  })
})
