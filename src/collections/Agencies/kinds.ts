export const AGENCY_KINDS = [
  { value: 'provincial-council', label: { vi: 'Hội đồng nhân dân tỉnh', en: "Provincial People's Council" } },
  { value: 'provincial-committee', label: { vi: 'Ủy ban nhân dân tỉnh', en: "Provincial People's Committee" } },
  { value: 'department', label: { vi: 'Sở, ban, ngành', en: 'Department' } },
  { value: 'sector-agency', label: { vi: 'Cơ quan ngành dọc, đơn vị sự nghiệp', en: 'Sector agency' } },
  { value: 'commune', label: { vi: 'UBND xã, phường', en: "Commune/ward People's Committee" } },
] as const

export type AgencyKind = (typeof AGENCY_KINDS)[number]['value']
