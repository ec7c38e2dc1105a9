import { toISODate } from '../calendar'
import { isIsoDate } from './dates'
import type { ISODate } from './types'

/**
 * The day an agency's disclosure obligations start, from which it is scored (earlier periods are
 * "no data", never 0). An admin's override on the agency (`transparencyFrom`: a new agency, a
 * merger, a late start on the portal) wins; without it, the day of the agency's first published
 * item on the portal. Undefined when neither is known (then every period is scored).
 */
export function obligationsStart(override: string | null | undefined, itemDays: readonly ISODate[]): ISODate | undefined {
  if (typeof override === 'string' && override) {
    // A plain day as is; a stored date-time (Payload's date field) as the day in Hà Tĩnh (UTC+7).
    if (isIsoDate(override)) return override
    const at = new Date(override)
    if (!Number.isNaN(at.getTime())) return toISODate(at)
  }
  return itemDays.reduce<ISODate | undefined>((min, d) => (min === undefined || d < min ? d : min), undefined)
}
