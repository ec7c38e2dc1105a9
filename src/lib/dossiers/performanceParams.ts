/** `?year=2026&month=4` of the performance page and downloads (defaults: this year, whole year). */
export function performanceParams(sp: Record<string, string | string[] | undefined>, thisYear: number): { year: number; month: number | null } {
  const one = (k: string) => {
    const v = sp[k]
    return Array.isArray(v) ? v[0] : v
  }
  const y = Number(one('year'))
  const m = Number(one('month'))
  return {
    year: Number.isInteger(y) && y >= 2000 && y <= thisYear ? y : thisYear,
    month: Number.isInteger(m) && m >= 1 && m <= 12 ? m : null,
  }
}
