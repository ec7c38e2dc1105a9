import { describe, expect, it } from 'vitest'
import { auditActions, changesPublicState, effectiveStatus, isNewSubmission, nextWorkflowState, reviewRequestEmail } from './workflow'

describe('effectiveStatus / changesPublicState', () => {
  it.each([
    // requested, previous, draftSave → status, publishing, unpublishing
    [undefined, undefined, true, 'draft', false, false],
    [undefined, undefined, false, 'draft', false, false],
    ['published', undefined, false, 'published', true, false],
    ['published', 'draft', true, 'draft', false, false],
    [undefined, 'published', false, 'published', true, false], // editing the live document
    [undefined, 'published', true, 'draft', false, false], // a draft over a published document
    ['draft', 'published', false, 'draft', false, true],
    ['draft', 'draft', false, 'draft', false, false],
  ] as const)('%s over %s (draft save %s) → %s', (requestedStatus, previousStatus, draftSave, status, publishing, unpublishing) => {
    const save = { requestedStatus, previousStatus, draftSave }
    expect(effectiveStatus(save)).toBe(status)
    expect(changesPublicState(save)).toEqual({ publishing, unpublishing })
  })
})

it('a non-draft save over a newer draft of a published document unpublishes it', () => {
  // The latest version is a draft, the live document is published: saving without `draft`
  // writes the draft over the live document.
  expect(changesPublicState({ previousStatus: 'draft', liveStatus: 'published', draftSave: false })).toEqual({ publishing: false, unpublishing: true })
  expect(changesPublicState({ requestedStatus: 'draft', previousStatus: 'draft', liveStatus: 'published', draftSave: false }).unpublishing).toBe(true)
  expect(changesPublicState({ previousStatus: 'draft', liveStatus: 'published', draftSave: true }).unpublishing).toBe(false)
  expect(auditActions({ operation: 'update', previous: { _status: 'draft' }, doc: { _status: 'draft' }, draftSave: false, liveStatus: 'published' })).toEqual(['unpublished'])
})

describe('nextWorkflowState', () => {
  it.each([
    // requested, previous, requestedStatus, previousStatus, draftSave → next
    [undefined, undefined, undefined, undefined, true, 'draft'],
    ['submitted', undefined, undefined, undefined, true, 'submitted'],
    ['submitted', 'draft', undefined, 'draft', true, 'submitted'],
    [undefined, 'submitted', undefined, 'draft', true, 'submitted'],
    ['draft', 'submitted', undefined, 'draft', true, 'draft'],
    ['published', 'draft', undefined, 'draft', true, 'draft'], // nobody sets published by hand
    ['published', 'submitted', undefined, 'draft', true, 'submitted'],
    ['published', 'published', undefined, 'published', true, 'draft'], // editing a published document
    [undefined, 'submitted', 'published', 'draft', false, 'published'],
    ['draft', 'published', 'draft', 'published', false, 'draft'], // unpublished
    [undefined, 'published', undefined, 'published', false, 'published'],
  ] as const)('requested %s, previous %s, status %s→%s, draft save %s → %s', (requested, previous, requestedStatus, previousStatus, draftSave, next) => {
    expect(nextWorkflowState({ requested, previous, requestedStatus, previousStatus, draftSave })).toBe(next)
  })

  it('a submission is new only on the transition', () => {
    expect(isNewSubmission('draft', 'submitted')).toBe(true)
    expect(isNewSubmission(undefined, 'submitted')).toBe(true)
    expect(isNewSubmission('submitted', 'submitted')).toBe(false)
    expect(isNewSubmission('submitted', 'published')).toBe(false)
  })
})

describe('auditActions', () => {
  it.each([
    ['create', null, { _status: 'draft' }, true, false, ['created']],
    ['create', null, { _status: 'published' }, false, false, ['created', 'published']],
    ['create', null, { _status: 'draft', workflowState: 'submitted' }, true, false, ['created', 'submitted']],
    ['update', { _status: 'draft' }, { _status: 'draft' }, true, false, ['edited']],
    ['update', { _status: 'draft', workflowState: 'draft' }, { _status: 'draft', workflowState: 'submitted' }, true, false, ['submitted']],
    ['update', { _status: 'draft', workflowState: 'submitted' }, { _status: 'draft', workflowState: 'submitted' }, true, false, ['edited']],
    ['update', { _status: 'draft', workflowState: 'submitted' }, { _status: 'draft', workflowState: 'draft', review: { returnedAt: '2026-12-03T10:00:00Z' } }, true, false, ['returned']],
    ['update', { _status: 'draft', workflowState: 'submitted' }, { _status: 'draft', workflowState: 'draft' }, true, false, ['edited']], // withdrawn by the editor
    ['update', { _status: 'draft' }, { _status: 'published' }, false, false, ['published']],
    ['update', { _status: 'published' }, { _status: 'published' }, false, false, ['published']],
    ['update', { _status: 'published' }, { _status: 'draft' }, true, false, ['edited']],
    ['update', { _status: 'published' }, { _status: 'draft' }, false, false, ['unpublished']],
    ['update', { _status: 'published' }, { _status: 'published', deletedAt: '2026-01-01' }, false, false, ['deleted']],
    ['update', { _status: 'draft', deletedAt: '2026-01-01' }, { _status: 'draft' }, false, false, ['restored']],
    ['update', { _status: 'published' }, { _status: 'draft' }, true, true, ['restored']],
    ['update', { _status: 'draft' }, { _status: 'published' }, false, true, ['restored', 'published']],
    ['delete', { _status: 'published' }, null, false, false, ['deleted']],
  ] as const)('%s %j → %j (draft save %s, restoring %s)', (operation, previous, doc, draftSave, restoringVersion, expected) => {
    expect(auditActions({ operation, previous, doc, draftSave, restoringVersion })).toEqual(expected)
  })
})

describe('reviewRequestEmail', () => {
  it('names the document, agency, submitter and the admin link in both languages', () => {
    const mail = reviewRequestEmail({
      title: 'Hội thảo\r\nchuyển đổi số',
      collectionLabel: { vi: 'Tin tức', en: 'News item' },
      agencyName: 'Sở KH&CN',
      submitterName: 'Biên tập viên',
      adminUrl: 'https://hatinh.gov.vn/admin/collections/news/7',
    })
    expect(mail.subject).toBe('[Cổng TTĐT Hà Tĩnh] Chờ duyệt: Hội thảo chuyển đổi số')
    expect(mail.text).toContain('Biên tập viên đã gửi tin tức "Hội thảo chuyển đổi số" của Sở KH&CN để duyệt đăng.')
    expect(mail.text).toContain('submitted the news item')
    expect(mail.text.match(/https:\/\/hatinh\.gov\.vn\/admin\/collections\/news\/7/g)).toHaveLength(2)
  })
})
