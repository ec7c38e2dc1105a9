import { StatusMessage } from '@/components/StatusMessage'
import { getT } from '@/i18n'
import { LOCALES, type Locale } from '@/routes/locales'

export default function NotFound() {
  const texts = Object.fromEntries(
    LOCALES.map((l) => {
      const t = getT(l)
      return [l, { title: t('errors.notFoundTitle'), body: t('errors.notFoundBody'), backHome: t('errors.backHome') }]
    }),
  ) as Record<Locale, { title: string; body: string; backHome: string }>
  return <StatusMessage texts={texts} />
}
