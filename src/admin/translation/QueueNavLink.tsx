import type { ServerProps } from 'payload'

/** Link to the translators' work queue in the admin navigation. */
export function QueueNavLink({ payload, i18n, user }: ServerProps) {
  if (!user || !payload) return null
  const label = i18n?.language === 'en' ? 'Translation queue' : 'Hàng đợi biên dịch'
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/translations`} id="nav-translation-queue">
      <span className="nav__link-label">{label}</span>
    </a>
  )
}
