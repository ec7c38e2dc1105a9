export {
  type ISODate,
  isISODate,
  parseISODate,
  toISODate,
  compareISO,
  diffDays,
  addDays,
  isoWeekday,
  isWeekend,
} from './dates'
export {
  type Holiday,
  type HolidayKind,
  type MakeUpWorkingDay,
  VN_HOLIDAYS,
  VN_MAKEUP_WORKING_DAYS,
  VN_HOLIDAYS_RANGE,
} from './holidays'
export {
  type CalendarOptions,
  type WorkingCalendar,
  createCalendar,
  extendDefaults,
  vnCalendar,
} from './calendar'
export { type DayKinds, workingDaysBetween, daysOffBetween, earlierDay, laterDay } from './ranges'
