import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'
import { vnDay } from '@/collections/BudgetDisclosures/timeliness'
import { checkPeriod, concludeBlockers, draftProblems, mergeRules, phaseOf, ruleFor, type DraftChapter, type DraftKind, type Moderation, type PeriodRule, type Response } from '@/domain/consultations'
import { concludeMessage, draftMessage, periodMessage } from '../messages'

type Row = Record<string, unknown>

/** The period rules in force: the defaults with the admin's corrections (global `consultation-periods`). */
export async function loadPeriodRules(req: PayloadRequest): Promise<{ rules: PeriodRule[]; law64From?: string }> {
  const g = await req.payload.findGlobal({ slug: 'consultation-periods', depth: 0, req, overrideAccess: true })
  const rows: Partial<PeriodRule>[] = (g.rules ?? []).map((r) => ({ regime: r.regime, kind: r.kind, minDays: r.minDays, legalBasis: r.legalBasis, verified: Boolean(r.verified) }))
  return { rules: mergeRules(rows), law64From: vnDay(g.law64From) ?? undefined }
}

/**
 * The consultation's rules, on every save (drafts too, so an editor learns early):
 * - the closing date respects the minimum period of its regime (closing earlier is refused);
 * - article numbers are unique;
 * - "concluded" (the reception report published) only after closing, once every comment is
 *   moderated and every published one answered (with an explanation unless fully accepted).
 */
export const consultationRules: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection, operation }) => {
  const merged = { ...(originalDoc as Row | undefined), ...data } as Row
  const lang = req.i18n?.language
  // The reason is the error's own message (a ValidationError's message only names the field, and
  // the production build answers without its field details): the editor reads what to do next.
  const fail = (path: string, message: string) => {
    throw new APIError(message, 400, { collection: collection.slug, errors: [{ path, message }] }, true)
  }

  const chapters = (merged.chapters as DraftChapter[] | undefined) ?? []
  const problems = draftProblems(chapters.map((c) => ({ ...c, articles: c.articles ?? [] })))
  if (problems.length) fail('chapters', draftMessage([...new Set(problems.map((p) => p.number))], lang))

  const open = vnDay(merged.openDate as string | null)
  const close = vnDay(merged.closeDate as string | null)
  const before = originalDoc as Row | undefined
  const datesChanged = operation === 'create' || vnDay(before?.openDate as string) !== open || vnDay(before?.closeDate as string) !== close || before?.draftKind !== merged.draftKind
  if (open && close && datesChanged) {
    const { rules, law64From } = await loadPeriodRules(req)
    const error = checkPeriod(open, close, ruleFor(rules, (merged.draftKind as DraftKind) ?? 'other', open, law64From))
    if (error) fail('closeDate', periodMessage(error, lang))
  }

  if (merged.concluded && !before?.concluded) {
    const today = vnDay(new Date())!
    const stillOpen = !close || phaseOf({ openDate: open ?? today, closeDate: close, concluded: false }, today).phase !== 'closed'
    const comments = before?.id
      ? await req.payload.find({ collection: 'consultation-comments', where: { consultation: { equals: before.id } }, pagination: false, depth: 0, req, overrideAccess: true, select: { moderation: true, response: true, explanation: true } })
      : { docs: [] }
    const blockers = concludeBlockers(comments.docs.map((c) => ({ id: c.id, moderation: (c.moderation ?? 'pending') as Moderation, response: (c.response ?? null) as Response | null, explanation: c.explanation ?? null })))
    if (stillOpen || blockers.length) fail('concluded', concludeMessage(blockers, stillOpen, lang))
    data.reportPublishedAt = new Date().toISOString()
  }
  return data
}
