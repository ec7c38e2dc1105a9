/**
 * One line of an agency's public register of information requests (Law 104/2016/QH13): what was
 * asked (the editable public summary), when, the outcome, the working days taken and whether the
 * answer came within the deadline. Never the requester's identity, contact or own wording
 * (src/data/informationRequests.ts selects the register's fields only).
 */

export type Timeliness = 'onTime' | 'late' | 'pending' | 'overdue'

export interface RegisterRow {
  state: string
  dueOn: string | null
  closedOn: string | null
  onTime: boolean | null
}

const CLOSED = new Set(['provided', 'partlyProvided', 'refused'])

/**
 * On time or late: a closed request by the `onTime` recorded when it was closed; an open one is
 * `pending` until its due date has passed (then `overdue`). Dates are ISO days (YYYY-MM-DD).
 */
export function timeliness(row: RegisterRow, today: string): Timeliness {
  if (CLOSED.has(row.state)) return row.onTime === false ? 'late' : 'onTime'
  const due = row.dueOn?.slice(0, 10)
  return due && today > due ? 'overdue' : 'pending'
}
