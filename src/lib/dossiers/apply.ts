import type { Payload, PayloadRequest } from 'payload'
import { toISODate, type ISODate } from '@/domain/calendar'
import { FINAL, type DossierRow, type DossierStatus, type RowError } from '@/domain/services'
import type { Dossier } from '@/payload-types'
import { hashFactor } from './secrets'

type ID = number

export interface DossierReport {
  created: number
  updated: number
  unchanged: number
  refused: number
  errors: RowError[]
}

export interface ApplyOptions {
  /** Agency id of each row's reference (slug or id), or null when unknown. */
  agencyIdOf: (ref: string) => ID | null
  /** Agencies the writer may write dossiers for. */
  mayWrite: (agencyId: ID) => boolean
  source: 'upload' | 'api' | 'demo'
  today?: ISODate
  req?: Partial<PayloadRequest>
}

const day = (v: string | null | undefined): ISODate | null => (v ? v.slice(0, 10) : null)
const stamp = (d: ISODate) => `${d}T00:00:00.000Z`

type History = NonNullable<Dossier['history']>

/**
 * Writes checked dossier rows: creates new codes, updates changed ones (appending the new status
 * to the history), leaves identical ones alone — so the same file or push twice changes nothing.
 * A row for an agency the writer may not write to, or whose code belongs to another agency, is
 * refused by row and field; the other rows land. Writes skip revalidation one by one; the caller
 * expires the dossier tags once.
 */
export async function applyDossierRows(payload: Payload, rows: readonly (DossierRow & { row: number })[], opts: ApplyOptions): Promise<DossierReport> {
  const report: DossierReport = { created: 0, updated: 0, unchanged: 0, refused: 0, errors: [] }
  const today = opts.today ?? toISODate(new Date())
  const codes = rows.map((r) => r.code)
  const existing = new Map<string, Dossier>()
  for (let i = 0; i < codes.length; i += 200) {
    const found = await payload.find({ collection: 'dossiers', where: { code: { in: codes.slice(i, i + 200) } }, limit: 200, depth: 0, pagination: false, overrideAccess: true, showHiddenFields: true })
    for (const d of found.docs) existing.set(d.code, d)
  }
  const procedureIds = new Map<string, ID>()
  const procCodes = [...new Set(rows.map((r) => r.procedureCode))]
  for (let i = 0; i < procCodes.length; i += 200) {
    const found = await payload.find({ collection: 'procedures', where: { code: { in: procCodes.slice(i, i + 200) } }, limit: 200, depth: 0, pagination: false, overrideAccess: true, select: { code: true } })
    for (const p of found.docs) procedureIds.set(p.code, p.id)
  }
  const context = { skipRevalidate: true }

  for (const r of rows) {
    const agency = opts.agencyIdOf(r.agency)
    const refuse = (field: string, code: RowError['code'], value?: string) => {
      report.refused++
      report.errors.push({ row: r.row, field, code, ...(value ? { value } : {}) })
    }
    if (agency === null) {
      refuse('agency', 'unknownAgency', r.agency)
      continue
    }
    if (!opts.mayWrite(agency)) {
      refuse('agency', 'otherAgency', r.agency)
      continue
    }
    const before = existing.get(r.code)
    const beforeAgency = before ? (typeof before.agency === 'object' ? before.agency.id : before.agency) : null
    if (before && beforeAgency !== agency) {
      // The code is another agency's dossier: neither overwritten nor confirmed to exist.
      refuse('code', 'otherAgency', r.code)
      continue
    }
    const factorHash = r.factor ? hashFactor(payload.secret, r.code, r.factor) : (before?.factorHash ?? null)
    const procedure = procedureIds.get(r.procedureCode) ?? null
    // When the file does not date the status: a result on its result date, a first report on the
    // day of receipt, a later change on the day it arrives.
    const statusAt: ISODate = r.statusAt ?? (FINAL.has(r.status) && r.resultAt ? r.resultAt : before ? today : r.receivedAt)
    const fields = {
      code: r.code,
      procedureCode: r.procedureCode,
      procedure,
      agency,
      handlingUnit: r.handlingUnit ?? before?.handlingUnit ?? null,
      receivedAt: stamp(r.receivedAt),
      dueAt: stamp(r.dueAt),
      resultAt: r.resultAt ? stamp(r.resultAt) : null,
      status: r.status,
      factorHash,
    }
    if (!before) {
      const history: History = [{ status: 'received', at: stamp(r.receivedAt) }]
      if (r.status !== 'received') history.push({ status: r.status, at: stamp(statusAt) })
      await payload.create({ collection: 'dossiers', data: { ...fields, history, source: opts.source }, overrideAccess: true, context, req: opts.req })
      report.created++
      continue
    }
    const same =
      before.procedureCode === fields.procedureCode &&
      (before.handlingUnit ?? null) === fields.handlingUnit &&
      day(before.receivedAt) === r.receivedAt &&
      day(before.dueAt) === r.dueAt &&
      day(before.resultAt) === (r.resultAt ?? null) &&
      before.status === r.status &&
      (before.factorHash ?? null) === factorHash &&
      (typeof before.procedure === 'object' ? (before.procedure?.id ?? null) : (before.procedure ?? null)) === procedure
    if (same) {
      report.unchanged++
      continue
    }
    const history: History = (before.history ?? []).map((h) => ({ status: h.status, at: h.at }))
    const last = history[history.length - 1]
    if (before.status !== r.status && !(last && last.status === r.status)) history.push({ status: r.status as DossierStatus, at: stamp(statusAt) })
    await payload.update({ collection: 'dossiers', id: before.id, data: { ...fields, history }, overrideAccess: true, context, req: opts.req })
    report.updated++
  }
  return report
}
