import { describe, expect, it } from 'vitest'
import { createCalendar, extendDefaults } from '@/domain/calendar'
import { disclosureTimeliness, vnDay } from './timeliness'

const calendar = createCalendar()

describe('vnDay', () => {
  it('reads a stored UTC instant as the calendar day in Viet Nam', () => {
    expect(vnDay('2018-01-04T17:00:00.000Z')).toBe('2018-01-05')
    expect(vnDay('2018-01-05')).toBe('2018-01-05')
    expect(vnDay(null)).toBeNull()
    expect(vnDay('not a date')).toBeNull()
  })
})

describe('disclosureTimeliness', () => {
  it('approved estimate: 30 days after issue, published on the due date is on time', () => {
    // Resolution issued 08/12/2017 → due 07/01/2018 (Sunday) → rolls to Monday 08/01/2018.
    const r = disclosureTimeliness({ family: 'estimate-approved', fiscalYear: 2018, documentDate: '2017-12-08', publishedAt: '2018-01-08T03:00:00Z' }, calendar)
    expect(r).toEqual({ countedFrom: '2017-12-08', dueDate: '2018-01-08', onTime: true, daysLate: 0 })
  })

  it('submitted estimate: 5 working days, across Tết', () => {
    // Sent to deputies Mon 12/02/2018: Tue 13 is working day 1, Tết 2018 closes 14–20/02,
    // then 21, 22, 23 and Mon 26 → due 26/02/2018 (a plain 5-weekday count would say 19/02).
    const r = disclosureTimeliness({ family: 'estimate-submitted', fiscalYear: 2018, documentDate: '2018-02-12', publishedAt: '2018-02-27T02:00:00Z' }, calendar)
    expect(r.dueDate).toBe('2018-02-26')
    expect(r).toMatchObject({ onTime: false, daysLate: 1 })
  })

  it('quarterly execution counts from the end of the quarter, not the document date', () => {
    const r = disclosureTimeliness({ family: 'execution-q1', fiscalYear: 2019, documentDate: '2019-04-20', publishedAt: '2019-04-20T02:00:00Z' }, calendar)
    expect(r.countedFrom).toBe('2019-03-31')
    // 15/04/2019 is the compensatory day off for the Hùng Kings holiday → rolls to 16/04.
    expect(r.dueDate).toBe('2019-04-16')
    expect(r).toMatchObject({ onTime: false, daysLate: 4 })
  })

  it('an unpublished disclosure has a due date but no verdict yet', () => {
    expect(disclosureTimeliness({ family: 'final-accounts', documentDate: '2020-12-10' }, calendar)).toMatchObject({ dueDate: '2021-01-11', onTime: null, daysLate: null })
  })

  it('missing inputs give no due date instead of a wrong one', () => {
    expect(disclosureTimeliness({ family: 'estimate-approved' }, calendar).dueDate).toBeNull()
    expect(disclosureTimeliness({ family: 'execution-6m' }, calendar).dueDate).toBeNull()
    expect(disclosureTimeliness({ family: 'unknown' }, calendar).dueDate).toBeNull()
  })

  it('an admin-added holiday moves the deadline', () => {
    const extended = createCalendar(extendDefaults({ holidays: [{ date: '2018-02-23' }] }))
    const r = disclosureTimeliness({ family: 'estimate-submitted', fiscalYear: 2018, documentDate: '2018-02-12', publishedAt: '2018-02-27T02:00:00Z' }, extended)
    expect(r).toMatchObject({ dueDate: '2018-02-27', onTime: true })
  })
})
