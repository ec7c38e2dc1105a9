import { NOT_USEFUL_REASONS } from '@/domain/ratings'
import { getT } from '@/i18n'
import { sendRating } from '@/lib/ratings/action'
import { ratingForm } from '@/lib/ratings/form'
import type { InfoSection } from '@/lib/ratings/submit'
import type { Locale } from '@/routes/locales'
import { RatingForm } from './RatingForm'

/**
 * "Was this information useful?" for any information page: put it at the end of the page with
 * the section and the item's slug. No login, no third-party script, works without JavaScript;
 * one counted rating per visitor per item per day (src/lib/ratings/submit.ts).
 */
export function RatingBox({ locale, section, slug }: { locale: Locale; section: InfoSection; slug: string }) {
  const t = getT(locale)
  return (
    <RatingForm
      action={sendRating.bind(null, { locale, section, slug })}
      permalink={`${ratingForm.permalink(locale, { section, slug })}#rating`}
      texts={{
        question: t('ratings.question'),
        yes: t('ratings.yes'),
        no: t('ratings.no'),
        reasonLabel: t('ratings.reasonLabel'),
        reasonNone: t('ratings.reasonNone'),
        reasons: NOT_USEFUL_REASONS.map((r) => ({ value: r, label: t(`ratings.reasons.${r}`) })),
        remarkLabel: t('ratings.remarkLabel'),
        remarkHint: t('ratings.remarkHint'),
        more: t('ratings.more'),
        thanks: t('ratings.thanks'),
        honeypot: t('consultations.form.honeypot'),
      }}
    />
  )
}
