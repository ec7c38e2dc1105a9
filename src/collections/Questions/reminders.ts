import type { Payload, TaskConfig } from 'payload'
import { idOf } from '@/access/roles'
import { dueStatus } from '@/domain/cases'
import { toISODate } from '@/domain/calendar'
import { formatDate } from '@/domain/i18n-format'
import { calendarFromEntries, type HolidayEntry } from '@/globals/Holidays/merge'
import { getT } from '@/i18n'
import { absoluteUrl } from '@/routes/documents'
import { vnDay } from '@/collections/BudgetDisclosures/timeliness'

/** Working days before the deadline at which those handling a question are reminded. */
export const REMINDER_WORKING_DAYS = 2

/**
 * E-mails a reminder for every open question due within REMINDER_WORKING_DAYS working days (or
 * overdue) that has not been reminded for its current deadline: before assignment to the
 * coordinators (admins), after it to the assigned agency's publishers and editors and its contact
 * address. One reminder per deadline (`remindedFor`); a new deadline (reassignment) reminds again.
 */
export async function sendQuestionReminders(payload: Payload, now = new Date()): Promise<number> {
  const holidays = (await payload.findGlobal({ slug: 'holidays', depth: 0, overrideAccess: true })) as { entries?: HolidayEntry[] | null }
  const calendar = calendarFromEntries(holidays.entries)
  const today = toISODate(now)
  const open = await payload.find({
    collection: 'questions',
    where: { and: [{ state: { in: ['received', 'accepted', 'assigned'] } }, { dueOn: { exists: true } }] },
    pagination: false,
    limit: 0,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    select: { code: true, title: true, state: true, dueOn: true, agency: true, remindedFor: true },
  })
  const admins = await payload.find({ collection: 'users', where: { isAdmin: { equals: true } }, pagination: false, limit: 0, depth: 0, overrideAccess: true, select: { email: true } })
  const t = getT('vi')
  let sent = 0
  for (const q of open.docs) {
    const due = vnDay(q.dueOn)
    if (!due || dueStatus(due, today, calendar, REMINDER_WORKING_DAYS) === 'onTrack') continue
    if (vnDay(q.remindedFor) === due) continue
    const agency = idOf(q.agency as number | null)
    let to: string[]
    if (q.state === 'assigned' && agency !== null) {
      const staff = await payload.find({ collection: 'users', where: { 'agencies.agency': { equals: agency } }, pagination: false, limit: 0, depth: 0, overrideAccess: true, select: { email: true, agencies: true } })
      const handlers = staff.docs.filter((u) => (u.agencies ?? []).some((m) => String(idOf(m.agency as number)) === String(agency) && (m.roles ?? []).some((r) => r === 'editor' || r === 'publisher')))
      const contact = await payload.findByID({ collection: 'agencies', id: agency, depth: 0, overrideAccess: true, select: { email: true } })
      to = [...handlers.map((u) => u.email), contact.email].filter((e): e is string => Boolean(e))
    } else {
      to = admins.docs.map((u) => u.email).filter(Boolean)
    }
    if (to.length) {
      try {
        await payload.sendEmail({
          to: [...new Set(to)].join(', '),
          subject: t('questions.mail.reminder.subject', { code: q.code }),
          text: t('questions.mail.reminder.body', { code: q.code, title: q.title, due: formatDate(due, 'vi'), url: absoluteUrl(`/admin/collections/questions/${q.id}`) }),
        })
        sent++
      } catch (error) {
        payload.logger.error({ err: error, msg: `question ${q.code}: reminder not sent` })
        continue
      }
    }
    await payload.update({ collection: 'questions', id: q.id, data: { remindedFor: due }, overrideAccess: true, context: { caseMove: true, skipRevalidate: true } })
  }
  return sent
}

type ReminderIO = { input: Record<string, never>; output: { sent: number } }

/** Daily at 01:00 UTC (08:00 in Hà Tĩnh); run by `jobs.autoRun` (payload.config.ts), which runs every queue. */
export const questionRemindersTask: TaskConfig<ReminderIO> = {
  slug: 'question-reminders',
  label: 'Questions: deadline reminders',
  retries: 1,
  schedule: [{ cron: '0 0 1 * * *', queue: 'default' }],
  outputSchema: [{ name: 'sent', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: { sent: await sendQuestionReminders(req.payload) } }),
}
