export interface RatingInviteTexts {
  invite: string
  link: string
}

/**
 * After a dossier is done: an invitation to rate the service. Small and replaceable on purpose —
 * the ratings section (its scale kept as data) is built separately; until its page exists
 * (`href` null) nothing is shown rather than a link to nowhere.
 */
export function RatingInvite({ href, texts }: { href: string | null; texts: RatingInviteTexts }) {
  if (!href) return null
  return (
    <p className="rating-invite">
      {texts.invite} <a href={href}>{texts.link}</a>
    </p>
  )
}
