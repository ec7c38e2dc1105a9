import { Forbidden, ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { hasAgencyRole, idOf, PUBLISHING_ROLES, staffId } from '@/access/roles'
import { checkTotals, validateBudgetTable, type BudgetTable } from '@/domain/budget/core'
import { describeMismatches, mismatchReport, publishBlockedMessage } from '../messages'

interface Override {
  reason?: string | null
  by?: Parameters<typeof idOf>[0]
  at?: string | null
}

/**
 * The arithmetic check. Every save records the mismatches (cell, expected total, difference) for
 * the editor; publishing is refused while any remains, unless a publisher of the agency records a
 * reason for accepting them. The reason, who gave it and when are kept with the document; only
 * a publisher may set, change or clear it (`by`/`at` are never taken from the request).
 */
export const checkTableTotals: CollectionBeforeChangeHook = ({ data, originalDoc, req, collection }) => {
  const original = (originalDoc ?? {}) as Record<string, unknown>
  const language = req.i18n?.language ?? 'vi'
  const next = { ...data }

  const before = (original.totalsOverride ?? {}) as Override
  const sent = (data.totalsOverride ?? before) as Override
  const reason = typeof sent.reason === 'string' ? sent.reason.trim() : ''
  const previousReason = typeof before.reason === 'string' ? before.reason.trim() : ''
  if (reason !== previousReason) {
    const agency = data.agency ?? original.agency
    if (req.user && !hasAgencyRole(req.user, agency, PUBLISHING_ROLES)) throw new Forbidden(req.t)
    next.totalsOverride = reason ? { reason, by: staffId(req.user), at: new Date().toISOString() } : { reason: null, by: null, at: null }
  } else {
    next.totalsOverride = { reason: previousReason || null, by: idOf(before.by) ?? null, at: before.at ?? null }
  }

  const table = (data.table === undefined ? original.table : data.table) as BudgetTable | null | undefined
  if (!table) {
    next.totalsMismatches = []
    next.totalsReport = null
    return next
  }
  // Drafts skip field validation: a malformed typed table is reported here, and refused on publish.
  const problems = validateBudgetTable(table)
  if (problems.length) {
    const message = `${language === 'en' ? 'The table is not valid' : 'Bảng số liệu không hợp lệ'}: ${problems.slice(0, 5).join('; ')}`
    if (data._status === 'published') throw new ValidationError({ collection: collection.slug, errors: [{ path: 'table', message }], req }, req.t)
    next.totalsMismatches = []
    next.totalsReport = message
    return next
  }
  const mismatches = checkTotals(table)
  next.totalsMismatches = describeMismatches(table, mismatches, 'vi')
  next.totalsReport = mismatches.length ? mismatchReport(table, mismatches, language) : null
  if (mismatches.length && data._status === 'published' && !reason) {
    throw new ValidationError(
      { collection: collection.slug, errors: [{ path: 'table', message: publishBlockedMessage(mismatchReport(table, mismatches, language), language) }], req },
      req.t,
    )
  }
  return next
}
