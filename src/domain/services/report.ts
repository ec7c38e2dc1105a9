import type { ISODate, WorkingCalendar } from '../calendar'
import { figures, figuresBy, monthlySeries, monthPeriod, yearPeriod, type Figures, type StatDossier } from './stats'

/**
 * The performance report of the public-services section, in the groups of the national index of
 * serving citizens and businesses (Decision 766/QĐ-TTg) that the portal's data can measure:
 * transparency (dossier status published), progress and results (received, done, on time, late,
 * overdue, median days) and online services (share of procedures fully / partly online).
 * Digitisation and satisfaction are not measured from the portal's data and are not invented.
 */
export interface AgencyRow {
  agency: string
  figures: Figures
  online: { full: number; partial: number; offline: number; total: number }
}

export interface PerformanceReport {
  year: number
  month: number | null
  total: Figures
  agencies: AgencyRow[]
  monthly: { month: number; figures: Figures }[]
}

export function performanceReport(input: {
  dossiers: readonly StatDossier[]
  procedures: readonly { agency: string | null; level: string }[]
  agencies: readonly string[]
  year: number
  month?: number | null
  today: ISODate
  cal: WorkingCalendar
}): PerformanceReport {
  const period = input.month ? monthPeriod(input.year, input.month) : yearPeriod(input.year)
  const { groups } = figuresBy(input.dossiers, (d) => d.agency, period, input.today, input.cal)
  const byAgency = new Map(groups.map((g) => [g.key, g]))
  const empty = figures([], period, input.today, input.cal)
  const online = (agency: string) => {
    const mine = input.procedures.filter((p) => p.agency === agency)
    return {
      full: mine.filter((p) => p.level === 'full').length,
      partial: mine.filter((p) => p.level === 'partial').length,
      offline: mine.filter((p) => p.level === 'offline').length,
      total: mine.length,
    }
  }
  const agencies = input.agencies
    .map((agency) => {
      const g = byAgency.get(agency)
      const f: Figures = g ? { received: g.received, done: g.done, doneOnTime: g.doneOnTime, doneLate: g.doneLate, returned: g.returned, overdue: g.overdue, onTimeRate: g.onTimeRate, medianDays: g.medianDays, published: g.published } : empty
      return { agency, figures: f, online: online(agency) }
    })
    .filter((r) => r.figures.received || r.figures.done || r.figures.overdue || r.online.total)
  return {
    year: input.year,
    month: input.month ?? null,
    total: figures(input.dossiers, period, input.today, input.cal),
    agencies,
    monthly: monthlySeries(input.dossiers, input.year, input.today, input.cal),
  }
}

/** A share as a whole percentage, or null. */
export function percent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1000) / 10
}
