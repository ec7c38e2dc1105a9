/**
 * The dashboard's deadlines, split: "due in the next 7 days" holds only due dates not
 * yet passed (today included), soonest first; overdue ones are listed apart, oldest first.
 */
export function splitDue<T extends { due: string }>(rows: readonly T[], today: string, horizonDays = 7): { dueSoon: T[]; overdue: T[] } {
  const until = new Date(`${today}T00:00:00Z`)
  until.setUTCDate(until.getUTCDate() + horizonDays)
  const last = until.toISOString().slice(0, 10)
  const byDue = (a: T, b: T) => a.due.localeCompare(b.due)
  return {
    dueSoon: rows.filter((r) => r.due >= today && r.due <= last).sort(byDue),
    overdue: rows.filter((r) => r.due < today).sort(byDue),
  }
}
