import { describe, expect, it } from 'vitest'
import { isReturn, reviewComment, workflowButtons, type WorkflowActor } from './buttons'

const editor: WorkflowActor = { editor: true }
const translator: WorkflowActor = { translator: true }
const publisher: WorkflowActor = { publisher: true }
const admin: WorkflowActor = { admin: true }
const editorTranslator: WorkflowActor = { editor: true, translator: true }
const nobody: WorkflowActor = {}

describe('which buttons each role gets', () => {
  it.each([
    // actor, state, locale → buttons
    ['editor', editor, undefined, 'vi', ['submit']], // a new document
    ['editor', editor, 'draft', 'vi', ['submit']],
    ['editor', editor, 'draft', 'en', ['submit']],
    ['editor', editor, 'submitted', 'vi', []], // already with the publishers
    ['editor', editor, 'published', 'vi', []], // nothing changed since publication
    ['translator', translator, 'draft', 'en', ['submitTranslation']],
    ['translator', translator, 'draft', 'vi', []], // cannot save Vietnamese
    ['translator', translator, 'submitted', 'en', []],
    ['translator', translator, 'published', 'en', []],
    ['editor+translator', editorTranslator, 'draft', 'en', ['submit']],
    ['publisher', publisher, 'draft', 'vi', ['publish']],
    ['publisher', publisher, 'submitted', 'vi', ['publish', 'return']],
    ['publisher', publisher, 'submitted', 'en', ['publish', 'return']],
    ['publisher', publisher, 'published', 'vi', ['publish']], // Payload's control also unpublishes
    ['publisher', publisher, undefined, 'vi', ['publish']],
    ['admin', admin, 'submitted', 'vi', ['publish', 'return']],
    ['admin', admin, 'draft', 'en', ['publish']],
    ['no role', nobody, 'draft', 'vi', []],
    ['no role', nobody, 'submitted', 'vi', []],
  ] as const)('%s, %s, %s → %j', (_name, actor, state, locale, expected) => {
    expect(workflowButtons({ actor, state, locale })).toEqual(expected)
  })

  it('nobody but publishers and admins gets Publish or Return', () => {
    for (const actor of [editor, translator, editorTranslator, nobody])
      for (const state of ['draft', 'submitted', 'published', undefined] as const)
        for (const locale of ['vi', 'en'])
          expect(workflowButtons({ actor, state, locale }).filter((b) => b === 'publish' || b === 'return')).toEqual([])
  })
})

describe('returning a document', () => {
  it.each([
    ['submitted', 'draft', publisher, true],
    ['submitted', 'draft', admin, true],
    ['submitted', 'draft', editor, false], // an editor withdrawing is not a return
    ['draft', 'draft', publisher, false],
    ['submitted', 'submitted', publisher, false],
    ['submitted', 'published', publisher, false],
  ] as const)('%s → %s by %j: %s', (previous, next, actor, expected) => {
    expect(isReturn({ previous, next, actor })).toBe(expected)
  })

  it.each([
    ['  Sửa lại tiêu đề  ', 'Sửa lại tiêu đề'],
    ['   ', null],
    ['', null],
    [null, null],
    [42, null],
  ])('comment %j → %j', (value, expected) => {
    expect(reviewComment(value)).toBe(expected)
  })

  it('caps a comment at 2000 characters', () => {
    expect(reviewComment('a'.repeat(3000))).toHaveLength(2000)
  })
})
