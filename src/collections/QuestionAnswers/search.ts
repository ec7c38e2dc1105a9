import { plainText } from '@/lib/richtext'
import type { Locale } from '@/routes/locales'

type Localized<T> = T | { vi?: T | null; en?: T | null } | null | undefined

function pick<T>(value: Localized<T>, locale: Locale): T | undefined {
  if (value && typeof value === 'object' && ('vi' in value || 'en' in value)) return ((value as { vi?: T; en?: T })[locale] ?? undefined) as T | undefined
  return (value ?? undefined) as T | undefined
}

/** What the search index stores for one answered question in one locale: its public wording and the answer. */
export function toSearchDocs(doc: Record<string, unknown>, locale: Locale) {
  const title = pick(doc.title as Localized<string>, locale) ?? ''
  const question = pick(doc.questionText as Localized<string>, locale) ?? ''
  const answered = typeof doc.answeredOn === 'string' ? Number(doc.answeredOn.slice(0, 4)) : undefined
  return { title, body: [question, plainText(pick(doc.answer as Localized<unknown>, locale))].filter(Boolean).join('\n'), year: answered }
}
