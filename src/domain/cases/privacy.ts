/**
 * Which fields of a case are personal data (readable only by the coordinator and the assigned
 * agency; never selected by public loaders, search, feeds, sitemaps or exports) and how an asker
 * is named in public.
 */
export const QUESTION_PRIVATE_FIELDS = ['askerName', 'organisation', 'registrationNumber', 'email', 'phone', 'attachments', 'privateAnswer', 'followToken', 'remindedFor'] as const
/** The requester's own wording (information, document, purpose) may identify them: private too. */
export const REQUEST_PRIVATE_FIELDS = ['requesterName', 'organisation', 'residence', 'identityNumber', 'email', 'phone', 'postalAddress', 'information', 'documentName', 'purpose', 'followToken'] as const

/** What the public archive may show of a question (and nothing else). */
export const QUESTION_PUBLIC_FIELDS = ['code', 'title', 'question', 'field', 'agency', 'askerKind', 'publicAsker', 'receivedOn', 'answeredOn', 'daysTaken', 'answer'] as const

/** Initials of a person's name: "Nguyễn Văn An" → "N.V.A." (letters only, any script). */
export function initials(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((w) => [...w.normalize('NFC')].find((c) => /\p{L}/u.test(c)))
    .filter((c): c is string => Boolean(c))
    .map((c) => `${c.toLocaleUpperCase('vi')}.`)
    .join('')
}

/**
 * The asker as the archive shows them: a business (or household business / organisation) that
 * consented is shown by its name; everyone else by initials; no consent to publish → nothing.
 */
export function publicAskerName(a: { askerKind: string; askerName: string; organisation?: string | null; consentToPublish: boolean }): string {
  if (!a.consentToPublish) return ''
  if (a.askerKind !== 'citizen' && a.organisation?.trim()) return a.organisation.trim()
  return initials(a.askerName)
}
