import type { Payload } from 'payload'
import { toISODate } from '@/domain/calendar'
import { decideLookup, normaliseDossierCode, timeliness, validateLookup, type LookupInputError, type LookupValues } from '@/domain/services'
import { calendarFromEntries, type HolidayEntry } from '@/globals/Holidays/merge'
import { publicWrite, type PublicWriteOutcome } from '@/lib/publicWrite'
import type { Policy, PolicyName } from '@/lib/rateLimit'
import type { Dossier } from '@/payload-types'
import { dummyFactorHash, verifyFactor } from './secrets'
import type { PublicDossierView } from './view'

export type LookupOutcome = PublicWriteOutcome<{ field: keyof LookupValues; code: LookupInputError }, { kind: 'found'; dossier: PublicDossierView } | { kind: 'no-match' }>

type Localized = { vi?: string | null; en?: string | null } | string | null | undefined
const both = (v: Localized) => (v && typeof v === 'object' ? { vi: v.vi ?? null, en: v.en ?? null } : { vi: v ?? null, en: null })
const day = (v: string | null | undefined) => (v ? v.slice(0, 10) : null)

/**
 * A dossier look-up through the public-write path (a look-up is rate-limited like a write, per
 * address and dossier code: `dossierLookup`): honeypot, validation, rate limit, then the
 * decision of src/domain/services/lookup.ts — a wrong factor and an unknown code get the same
 * `no-match` after the same work.
 *
 * The read is the system's (`overrideAccess: true`): visitors have no read access to dossiers;
 * what entitles this one visitor to this one dossier is the second factor, checked here, and only
 * the public view (no factor hash, nothing personal) leaves this function.
 * `policy` is for tests only.
 */
export async function lookupDossier(payload: Payload, values: LookupValues, address: string, honeypot = '', policy: PolicyName | Policy = 'dossierLookup', today = toISODate(new Date())): Promise<LookupOutcome> {
  return publicWrite(payload, {
    policy,
    address,
    honeypot,
    values,
    validate: validateLookup,
    target: async (v) => ({ code: normaliseDossierCode(v.code) ?? '' }),
    subjects: (_v, target) => ({ target: target.code }),
    write: async (v, { code }) => {
      const found = await payload.find({
        collection: 'dossiers',
        where: { code: { equals: code } },
        limit: 1,
        depth: 1,
        overrideAccess: true,
        showHiddenFields: true,
        populate: { procedures: { code: true, name: true, slug: true, _status: true }, agencies: { name: true, slug: true } },
      })
      const doc = found.docs[0] as Dossier | undefined
      const answer = decideLookup(
        doc ? { dossier: doc, factorHash: doc.factorHash ?? null } : null,
        v.factor,
        (hash, factor) => verifyFactor(payload.secret, code, hash, factor),
        dummyFactorHash(payload.secret),
      )
      if (answer.kind === 'no-match') return answer
      const holidays = (await payload.findGlobal({ slug: 'holidays', depth: 0, overrideAccess: false })) as { entries?: HolidayEntry[] | null }
      return { kind: 'found' as const, dossier: publicView(answer.dossier, today, calendarFromEntries(holidays.entries)) }
    },
  })
}

function publicView(d: Dossier, today: string, cal: ReturnType<typeof calendarFromEntries>): PublicDossierView {
  const procedure = d.procedure && typeof d.procedure === 'object' && d.procedure._status === 'published' ? d.procedure : null
  const agency = d.agency && typeof d.agency === 'object' ? d.agency : null
  const history = (d.history ?? []).map((h) => ({ status: h.status, at: day(h.at)! }))
  const receivedAt = day(d.receivedAt)!
  const dueAt = day(d.dueAt)!
  const resultAt = day(d.resultAt)
  return {
    code: d.code,
    procedure: procedure ? { code: procedure.code, name: both(procedure.name as Localized), slug: procedure.slug ?? null } : { code: d.procedureCode, name: { vi: null, en: null }, slug: null },
    agency: agency ? { name: both(agency.name as Localized), slug: agency.slug ?? null } : null,
    handlingUnit: d.handlingUnit ?? null,
    receivedAt,
    dueAt,
    resultAt,
    status: d.status,
    history,
    timeliness: timeliness({ receivedAt, dueAt, resultAt, status: d.status, history }, today, cal),
  }
}
