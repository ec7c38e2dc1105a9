export * from './types'
export { scoreAgency, snapshotTotal, itemMatches, type ScoreInput } from './score'
export { rankAgencies, provinceAverage, type RankOptions, type Rankable, type ProvinceAverage } from './rank'
export { addDays, diffDays, isIsoDate, workingDaysAfter } from './dates'
