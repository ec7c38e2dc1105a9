import type { Timeliness } from '@/domain/services'
import type { DossierStatus } from '@/domain/services'

/**
 * What the public look-up shows of one dossier (the status notices the issue cites from Decree
 * 224/2026 art. 15: agency, handling unit, times of receipt, processing and result) — never a
 * name or contact, which the portal does not even store.
 */
export interface PublicDossierView {
  code: string
  procedure: { code: string; name: { vi: string | null; en: string | null }; slug: string | null } | null
  agency: { name: { vi: string | null; en: string | null }; slug: string | null } | null
  handlingUnit: string | null
  receivedAt: string
  dueAt: string
  resultAt: string | null
  status: DossierStatus
  history: { status: DossierStatus; at: string }[]
  timeliness: Timeliness
}
