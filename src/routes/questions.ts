import type { Locale } from './locales'
import { ROUTES } from './table'

const enc = encodeURIComponent
const base = (locale: Locale) => `/${locale}/${ROUTES.questions[locale]}`
const child = (locale: Locale, key: keyof typeof ROUTES.questions.children) => `${base(locale)}/${ROUTES.questions.children[key][locale]}`

/** Paths of the questions section (/vi/hoi-dap, /en/questions and below). */
export const questionPaths = {
  archive: (locale: Locale) => base(locale),
  answer: (locale: Locale, slug: string) => `${base(locale)}/${enc(slug)}`,
  ask: (locale: Locale) => child(locale, 'ask'),
  /** Where the ask form posts without JavaScript (the form's permalink, a route handler). */
  send: (locale: Locale) => `${child(locale, 'ask')}/${ROUTES.questions.children.ask.children.send[locale]}`,
  sent: (locale: Locale, code: string) => `${child(locale, 'sent')}?code=${enc(code)}`,
  /** The private follow link sent by e-mail: code + secret token. */
  follow: (locale: Locale, code?: string, token?: string) => `${child(locale, 'follow')}${code ? `?code=${enc(code)}${token ? `&t=${enc(token)}` : ''}` : ''}`,
}
