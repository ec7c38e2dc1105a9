import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { InformationRequests } from '@/collections/InformationRequests'
import { Questions } from '@/collections/Questions'
import { QUESTION_PRIVATE_FIELDS, REQUEST_PRIVATE_FIELDS } from '@/domain/cases/privacy'

/** Top-level data fields (through rows, collapsibles and unnamed tabs) that carry their own read rule. */
function readRestricted(fields: Field[]): string[] {
  const out: string[] = []
  for (const f of fields) {
    if ((f.type === 'row' || f.type === 'collapsible') && 'fields' in f) out.push(...readRestricted(f.fields))
    else if (f.type === 'tabs') for (const tab of f.tabs) if (!('name' in tab && tab.name)) out.push(...readRestricted(tab.fields))
    if ('name' in f && f.name && 'access' in f && f.access?.read) out.push(f.name)
  }
  return out
}

/**
 * The privacy lists are what public loaders, search and exports are checked against; a personal
 * field added to a collection without being listed (or a listed field that no longer exists) is a
 * leak waiting to happen. The lists must be exactly the fields the collections restrict.
 */
describe('personal-data field lists match the collections', () => {
  it('information requests', () => {
    expect(readRestricted(InformationRequests.fields).sort()).toEqual([...REQUEST_PRIVATE_FIELDS].sort())
  })
  it('questions', () => {
    expect(readRestricted(Questions.fields).sort()).toEqual([...QUESTION_PRIVATE_FIELDS].sort())
  })
})
