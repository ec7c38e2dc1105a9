import { describe, expect, it } from 'vitest'
import { edgesOf, statusesOn, type GraphDoc } from './graph'
import { invertRelations } from './relations'

const oldDecision: GraphDoc = { id: 'old', issueDate: '2017-01-10', effectiveDate: '2017-01-20' }
const amendment: GraphDoc = { id: 'amend', issueDate: '2018-05-01', effectiveDate: '2018-05-15', relations: [{ kind: 'amends', target: 'old' }] }
const replacement: GraphDoc = { id: 'new', issueDate: '2020-03-01', effectiveDate: '2020-03-15', relations: [{ kind: 'replaces', target: 'old' }, { kind: 'legal-basis', target: 'missing' }] }
const docs = [oldDecision, amendment, replacement]

describe('statusesOn', () => {
  it('derives the status of a replaced document from the replacing one, day by day', () => {
    expect(statusesOn(docs, '2020-03-14').get('old')).toMatchObject({ status: 'in-force', amendedBy: ['amend'] })
    expect(statusesOn(docs, '2020-03-15').get('old')).toMatchObject({ status: 'expired', since: '2020-03-15', because: { kind: 'replaces', by: 'new' } })
    expect(statusesOn(docs, '2020-03-15').get('new')?.status).toBe('in-force')
  })

  it('passes overnight from not yet in force to in force without any edit', () => {
    expect(statusesOn(docs, '2020-03-14').get('new')?.status).toBe('not-yet-in-force')
    expect(statusesOn(docs, '2020-03-15').get('new')?.status).toBe('in-force')
  })

  it('a relation date overrides the acting document’s date', () => {
    const dated: GraphDoc = { ...replacement, relations: [{ kind: 'replaces', target: 'old', effectiveDate: '2021-01-01' }] }
    expect(statusesOn([oldDecision, dated], '2020-06-01').get('old')?.status).toBe('in-force')
    expect(statusesOn([oldDecision, dated], '2021-01-01').get('old')?.status).toBe('expired')
  })

  it('ignores relations to documents outside the set (unpublished or deleted)', () => {
    expect(edgesOf(docs).map((e) => `${e.from}>${e.kind}>${e.to}`)).toEqual(['amend>amends>old', 'new>replaces>old'])
    expect(statusesOn([replacement], '2030-01-01').get('new')?.status).toBe('in-force')
  })

  it('shows both directions: the amended document lists who amended it', () => {
    const { incoming } = invertRelations(edgesOf(docs), 'old', 'en')
    expect(incoming.map((r) => `${r.label}: ${r.other}`)).toEqual(['Replaced by: new', 'Amended by: amend'])
  })
})
