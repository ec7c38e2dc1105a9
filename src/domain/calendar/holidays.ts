/**
 * Vietnamese public holidays observed by state agencies, 2016–2028.
 *
 * Legal basis
 * - 2016–2020: Labour Code 2012 art. 115 — 1/1, Tết (5 days), Hùng Kings (10/3 lunar),
 *   30/4, 1/5, 2/9.
 * - 2021 onward: Labour Code 2019 art. 112 — the same, plus one day adjacent to 2/9
 *   (1/9 or 3/9, chosen each year by the Prime Minister).
 * - When a holiday falls on a weekly rest day (Saturday/Sunday for state agencies), a
 *   compensatory day off is granted on the next working day (art. 112(3) / art. 115(3)).
 * - Tết days off for civil servants are fixed each year by the Prime Minister; the
 *   decreed range often shifts the compensatory days before the eve, and sometimes
 *   swaps a working day against a Saturday (listed in VN_MAKEUP_WORKING_DAYS).
 *
 * The Tết ranges below are the official "nghỉ Tết" periods and include the weekend
 * days inside them (so `isHoliday` is true for the whole period).
 *
 * Lunar dates (Tết, 10/3) were cross-checked against an astronomical new-moon
 * computation in UTC+7 (the Vietnamese calendar), e.g. Tết 2027 is Sat 06/02/2027.
 *
 * Years not yet decreed when this file was written (2027, 2028, and 2/9/2026) are
 * marked `provisional: true` and follow the statutory rule mechanically:
 * Tết = eve + the 4 following days, weekend days compensated on the next working days;
 * the 2/9 adjacent day is the one that joins a weekend (1/9 when 2/9 is a Saturday).
 * Administrators must replace them with the decreed schedule when it is published
 * (the portal merges admin-entered holidays; see `createCalendar`).
 */
import { addDays, diffDays, type ISODate } from './dates'

export type HolidayKind =
  | 'new-year'
  | 'tet'
  | 'hung-kings'
  | 'reunification'
  | 'labour-day'
  | 'national-day'

export interface Holiday {
  date: ISODate
  name: { vi: string; en: string }
  kind: HolidayKind
  /** A compensatory (nghỉ bù) or swapped (hoán đổi) day off rather than the holiday itself. */
  substitute?: boolean
  /** Not yet decreed: computed from the statutory rule. */
  provisional?: boolean
}

export interface MakeUpWorkingDay {
  date: ISODate
  name: { vi: string; en: string }
}

const NAMES: Record<HolidayKind, { vi: string; en: string }> = {
  'new-year': { vi: 'Tết Dương lịch', en: "New Year's Day" },
  tet: { vi: 'Tết Nguyên Đán', en: 'Lunar New Year (Tết)' },
  'hung-kings': { vi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', en: 'Hùng Kings Commemoration Day' },
  reunification: { vi: 'Ngày Chiến thắng (30/4)', en: 'Reunification Day (30 April)' },
  'labour-day': { vi: 'Ngày Quốc tế Lao động (1/5)', en: 'International Labour Day (1 May)' },
  'national-day': { vi: 'Quốc khánh (2/9)', en: 'National Day (2 September)' },
}

type Flag = 'sub' | 'prov' | 'sub-prov'
type Raw = [date: ISODate, kind: HolidayKind, flag?: Flag]
type RawRange = [from: ISODate, to: ISODate, kind: HolidayKind, flag?: Flag]

/** Single holiday dates. `sub` = compensatory/swapped day off; `prov` = provisional. */
const DAYS: Raw[] = [
  // 2016 (Labour Code 2012)
  ['2016-01-01', 'new-year'],
  ['2016-04-16', 'hung-kings'], // Saturday
  ['2016-04-18', 'hung-kings', 'sub'],
  ['2016-04-30', 'reunification'], // Saturday
  ['2016-05-01', 'labour-day'], // Sunday
  ['2016-05-02', 'reunification', 'sub'],
  ['2016-05-03', 'labour-day', 'sub'],
  ['2016-09-02', 'national-day'],
  // 2017
  ['2017-01-01', 'new-year'], // Sunday
  ['2017-01-02', 'new-year', 'sub'],
  ['2017-04-06', 'hung-kings'],
  ['2017-04-30', 'reunification'], // Sunday
  ['2017-05-01', 'labour-day'],
  ['2017-05-02', 'reunification', 'sub'],
  ['2017-09-02', 'national-day'], // Saturday
  ['2017-09-04', 'national-day', 'sub'],
  // 2018
  ['2018-01-01', 'new-year'],
  ['2018-04-25', 'hung-kings'],
  ['2018-04-30', 'reunification'],
  ['2018-05-01', 'labour-day'],
  ['2018-09-02', 'national-day'], // Sunday
  ['2018-09-03', 'national-day', 'sub'],
  ['2018-12-31', 'new-year', 'sub'], // swapped with Saturday 05/01/2019
  // 2019
  ['2019-01-01', 'new-year'],
  ['2019-04-14', 'hung-kings'], // Sunday
  ['2019-04-15', 'hung-kings', 'sub'],
  ['2019-04-29', 'reunification', 'sub'], // swapped with Saturday 04/05/2019
  ['2019-04-30', 'reunification'],
  ['2019-05-01', 'labour-day'],
  ['2019-09-02', 'national-day'],
  // 2020
  ['2020-01-01', 'new-year'],
  ['2020-04-02', 'hung-kings'],
  ['2020-04-30', 'reunification'],
  ['2020-05-01', 'labour-day'],
  ['2020-09-02', 'national-day'],
  // 2021 (Labour Code 2019: 2/9 + one adjacent day)
  ['2021-01-01', 'new-year'],
  ['2021-04-21', 'hung-kings'],
  ['2021-04-30', 'reunification'],
  ['2021-05-01', 'labour-day'], // Saturday
  ['2021-05-03', 'labour-day', 'sub'],
  ['2021-09-02', 'national-day'],
  ['2021-09-03', 'national-day'],
  // 2022
  ['2022-01-01', 'new-year'], // Saturday
  ['2022-01-03', 'new-year', 'sub'],
  ['2022-04-10', 'hung-kings'], // Sunday
  ['2022-04-11', 'hung-kings', 'sub'],
  ['2022-04-30', 'reunification'], // Saturday
  ['2022-05-01', 'labour-day'], // Sunday
  ['2022-05-02', 'reunification', 'sub'],
  ['2022-05-03', 'labour-day', 'sub'],
  ['2022-09-01', 'national-day'],
  ['2022-09-02', 'national-day'],
  // 2023
  ['2023-01-01', 'new-year'], // Sunday
  ['2023-01-02', 'new-year', 'sub'],
  ['2023-04-29', 'hung-kings'], // Saturday
  ['2023-04-30', 'reunification'], // Sunday
  ['2023-05-01', 'labour-day'],
  ['2023-05-02', 'hung-kings', 'sub'],
  ['2023-05-03', 'reunification', 'sub'],
  ['2023-09-01', 'national-day'],
  ['2023-09-02', 'national-day'], // Saturday
  ['2023-09-04', 'national-day', 'sub'],
  // 2024
  ['2024-01-01', 'new-year'],
  ['2024-04-18', 'hung-kings'],
  ['2024-04-29', 'reunification', 'sub'], // swapped with Saturday 04/05/2024
  ['2024-04-30', 'reunification'],
  ['2024-05-01', 'labour-day'],
  ['2024-09-02', 'national-day'],
  ['2024-09-03', 'national-day'],
  // 2025
  ['2025-01-01', 'new-year'],
  ['2025-04-07', 'hung-kings'],
  ['2025-04-30', 'reunification'],
  ['2025-05-01', 'labour-day'],
  ['2025-05-02', 'labour-day', 'sub'], // swapped with Saturday 26/04/2025
  ['2025-09-01', 'national-day'],
  ['2025-09-02', 'national-day'],
  // 2026
  ['2026-01-01', 'new-year'],
  ['2026-01-02', 'new-year', 'sub'], // swapped with Saturday 10/01/2026 (VPCP 12729/VPCP-KGVX)
  ['2026-04-26', 'hung-kings'], // Sunday
  ['2026-04-27', 'hung-kings', 'sub'],
  ['2026-04-30', 'reunification'],
  ['2026-05-01', 'labour-day'],
  ['2026-09-01', 'national-day', 'prov'], // adjacent day not yet decreed
  ['2026-09-02', 'national-day'],
  // 2027 — provisional (statutory rule)
  ['2027-01-01', 'new-year', 'prov'],
  ['2027-04-16', 'hung-kings', 'prov'],
  ['2027-04-30', 'reunification', 'prov'],
  ['2027-05-01', 'labour-day', 'prov'], // Saturday
  ['2027-05-03', 'labour-day', 'sub-prov'],
  ['2027-09-02', 'national-day', 'prov'],
  ['2027-09-03', 'national-day', 'prov'],
  // 2028 — provisional (statutory rule)
  ['2028-01-01', 'new-year', 'prov'], // Saturday
  ['2028-01-03', 'new-year', 'sub-prov'],
  ['2028-04-04', 'hung-kings', 'prov'],
  ['2028-04-30', 'reunification', 'prov'], // Sunday
  ['2028-05-01', 'labour-day', 'prov'],
  ['2028-05-02', 'reunification', 'sub-prov'],
  ['2028-09-01', 'national-day', 'prov'],
  ['2028-09-02', 'national-day', 'prov'], // Saturday
  ['2028-09-04', 'national-day', 'sub-prov'],
]

/**
 * Tết Nguyên Đán day-off periods (inclusive), as decreed for civil servants.
 * Comment: Tết (mùng 1) date and weekday.
 */
const TET: RawRange[] = [
  ['2016-02-06', '2016-02-14', 'tet'], // Tết Mon 08/02; eve Sun 07/02 compensated Fri 12/02
  ['2017-01-26', '2017-02-01', 'tet'], // Tết Sat 28/01
  ['2018-02-14', '2018-02-20', 'tet'], // Tết Fri 16/02
  ['2019-02-02', '2019-02-10', 'tet'], // Tết Tue 05/02
  ['2020-01-23', '2020-01-29', 'tet'], // Tết Sat 25/01
  ['2021-02-10', '2021-02-16', 'tet'], // Tết Fri 12/02
  ['2022-01-29', '2022-02-06', 'tet'], // Tết Tue 01/02
  ['2023-01-20', '2023-01-26', 'tet'], // Tết Sun 22/01
  ['2024-02-08', '2024-02-14', 'tet'], // Tết Sat 10/02
  ['2025-01-25', '2025-02-02', 'tet'], // Tết Wed 29/01
  ['2026-02-14', '2026-02-22', 'tet'], // Tết Tue 17/02
  // 2027 provisional: eve Fri 05/02, Tết Sat 06/02; Sat+Sun compensated Wed 10 & Thu 11/02.
  ['2027-02-05', '2027-02-11', 'tet', 'prov'],
  // 2028 provisional: eve Tue 25/01, Tết Wed 26/01; Sat 29/01 compensated Mon 31/01
  // (the range includes the weekend 29–30/01).
  ['2028-01-25', '2028-01-31', 'tet', 'prov'],
]

function toHoliday(date: ISODate, kind: HolidayKind, flag?: Flag): Holiday {
  const sub = flag === 'sub' || flag === 'sub-prov'
  const h: Holiday = {
    date,
    kind,
    name: sub
      ? { vi: `${NAMES[kind].vi} (nghỉ bù)`, en: `${NAMES[kind].en} (day off in lieu)` }
      : { ...NAMES[kind] },
  }
  if (sub) h.substitute = true
  if (flag === 'prov' || flag === 'sub-prov') h.provisional = true
  return h
}

function build(): Holiday[] {
  const out: Holiday[] = DAYS.map(([d, k, f]) => toHoliday(d, k, f))
  for (const [from, to, kind, flag] of TET) {
    const n = diffDays(to, from)
    for (let i = 0; i <= n; i++) out.push(toHoliday(addDays(from, i), kind, flag))
  }
  out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  return out
}

/** Vietnamese public holidays and decreed days off for state agencies, 2016–2028, sorted. */
export const VN_HOLIDAYS: readonly Holiday[] = Object.freeze(build())

/** Saturdays decreed as working days in exchange for a swapped day off. */
export const VN_MAKEUP_WORKING_DAYS: readonly MakeUpWorkingDay[] = Object.freeze([
  { date: '2019-01-05', name: { vi: 'Làm bù cho ngày 31/12/2018', en: 'Make-up working day for 31 Dec 2018' } },
  { date: '2019-05-04', name: { vi: 'Làm bù cho ngày 29/4/2019', en: 'Make-up working day for 29 Apr 2019' } },
  { date: '2024-05-04', name: { vi: 'Làm bù cho ngày 29/4/2024', en: 'Make-up working day for 29 Apr 2024' } },
  { date: '2025-04-26', name: { vi: 'Làm bù cho ngày 2/5/2025', en: 'Make-up working day for 2 May 2025' } },
  { date: '2026-01-10', name: { vi: 'Làm bù cho ngày 2/1/2026', en: 'Make-up working day for 2 Jan 2026' } },
])

/** First and last year covered by VN_HOLIDAYS. */
export const VN_HOLIDAYS_RANGE = { from: 2016, to: 2028 } as const
