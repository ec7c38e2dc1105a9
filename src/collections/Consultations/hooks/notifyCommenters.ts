import type { CollectionAfterChangeHook } from 'payload'
import { getT } from '@/i18n'
import { absoluteUrl } from '@/routes/documents'
import { sectionPath } from '@/routes'
import { isLocale } from '@/routes/locales'

/**
 * When the reception report is public (the consultation published and concluded), everyone who
 * commented and left an e-mail address is told, in the language they commented in. Each comment
 * is marked `notifiedAt` so a later save never mails twice; a failed mail leaves it unmarked (the
 * next save of the published consultation tries again) and never fails the save.
 */
export const notifyCommenters: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc._status !== 'published' || !doc.concluded) return doc
  const { payload } = req
  const pending = await payload.find({
    collection: 'consultation-comments',
    where: { and: [{ consultation: { equals: doc.id } }, { moderation: { equals: 'published' } }, { email: { exists: true } }, { notifiedAt: { exists: false } }] },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
    select: { email: true, lang: true },
  })
  for (const c of pending.docs) {
    if (!c.email) continue
    const locale = isLocale(c.lang) ? c.lang : 'vi'
    const t = getT(locale)
    const title = (typeof doc.title === 'string' ? doc.title : null) ?? doc.slug
    try {
      await payload.sendEmail({
        to: c.email,
        subject: t('consultations.mail.subject', { title }),
        text: [t('consultations.mail.intro', { title }), absoluteUrl(`${sectionPath(locale, 'consultations', doc.slug)}#report`), '', t('consultations.mail.footer')].join('\n'),
      })
      await payload.update({ collection: 'consultation-comments', id: c.id, data: { notifiedAt: new Date().toISOString() }, req, overrideAccess: true, context: { skipRevalidate: true } })
    } catch (error) {
      payload.logger.error({ err: error, msg: `consultation ${doc.id}: report e-mail to the commenter of ${c.id} failed (will retry on the next save)` })
    }
  }
  return doc
}
