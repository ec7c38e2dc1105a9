import { agencyPageLocation, type AgencySiteRef } from './agencySite'
import { LOCALES, type Locale } from './locales'
import { agencySectionPath } from './paths'
import { ROUTES } from './table'

const node = ROUTES.agencies.afterParam['information-requests']

/** Paths of an agency's information requests (/vi/co-quan/{agency}/yeu-cau-thong-tin and below). */
export const requestPaths = {
  /** The public register of the agency's requests. */
  register: (locale: Locale, agency: string) => agencySectionPath(locale, agency, 'information-requests'),
  /** The request form (a page). */
  form: (locale: Locale, agency: string) => `${agencySectionPath(locale, agency, 'information-requests')}/${node.children.new[locale]}`,
  /** Where the form posts without JavaScript (the route handler, src/lib/publicForm). */
  submit: (locale: Locale, agency: string) => `${agencySectionPath(locale, agency, 'information-requests')}/${node.children.new[locale]}/${node.children.new.children.submit[locale]}`,
  /** The confirmation: the tracking code and the private follow link (code + secret token). */
  sent: (locale: Locale, agency: string, code: string, token?: string) =>
    `${agencySectionPath(locale, agency, 'information-requests')}/${node.children.sent[locale]}${code ? `?code=${encodeURIComponent(code)}${token ? `&t=${encodeURIComponent(token)}` : ''}` : ''}`,
}

/** Where a page of the section lives (canonical + hreflang, on the agency's domain when it has one). */
export function requestPageLocation(locale: Locale, agency: AgencySiteRef, child?: 'new' | 'sent') {
  const base = agencyPageLocation(locale, agency, 'information-requests')
  const add = (l: Locale, path: string) => (child ? `${path}/${node.children[child][l]}` : path)
  const alternates = Object.fromEntries(LOCALES.map((l) => [l, add(l, base.alternates[l])])) as Record<Locale, string>
  return { ...base, path: alternates[locale], alternates }
}
