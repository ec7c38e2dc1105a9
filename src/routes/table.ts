import type { Locale } from './locales'

/**
 * The route table: every fixed path segment of the public site, keyed by a stable name, with its
 * Vietnamese and English spelling. The app's folders under `app/(frontend)/[locale]/` are named by
 * the keys (which equal the English segments); the proxy rewrites Vietnamese URLs onto them.
 *
 * `children` are fixed segments that may follow the node directly (e.g. /minh-bach/tieng-anh);
 * `afterParam` are fixed segments that may follow one free segment (a slug) after the node
 * (e.g. /co-quan/{agency}/tin-tuc). Free segments (slugs, file names) pass through unchanged.
 */
export interface RouteNode {
  vi: string
  en: string
  children?: Record<string, RouteNode>
  afterParam?: Record<string, RouteNode>
}

/** Sections that exist both province-wide and inside an agency's site. */
const AGENCY_SCOPED_SECTIONS = {
  news: { vi: 'tin-tuc', en: 'news' },
  'legal-documents': { vi: 'van-ban', en: 'legal-documents' },
  plans: { vi: 'quy-hoach', en: 'plans' },
  budget: { vi: 'ngan-sach', en: 'budget' },
  'access-to-information': { vi: 'tiep-can-thong-tin', en: 'access-to-information' },
} satisfies Record<string, RouteNode>

export const ROUTES = {
  news: AGENCY_SCOPED_SECTIONS.news,
  'legal-documents': AGENCY_SCOPED_SECTIONS['legal-documents'],
  plans: AGENCY_SCOPED_SECTIONS.plans,
  budget: AGENCY_SCOPED_SECTIONS.budget,
  agencies: {
    vi: 'co-quan',
    en: 'agencies',
    afterParam: {
      ...AGENCY_SCOPED_SECTIONS,
      // Information requests (Law on Access to Information 2016) exist only inside an agency's site:
      // the public register, the request form (…/gui), where the form posts without JavaScript
      // (…/gui/nop, src/lib/publicForm) and its confirmation (…/da-gui).
      'information-requests': {
        vi: 'yeu-cau-thong-tin',
        en: 'information-requests',
        children: { new: { vi: 'gui', en: 'new', children: { submit: { vi: 'nop', en: 'submit' } } }, sent: { vi: 'da-gui', en: 'sent' } },
      },
    },
  },
  search: { vi: 'tim-kiem', en: 'search' },
  transparency: {
    vi: 'minh-bach',
    en: 'transparency',
    children: { english: { vi: 'tieng-anh', en: 'english' }, ratings: { vi: 'danh-gia', en: 'ratings' } },
  },
  consultations: {
    vi: 'gop-y-du-thao',
    en: 'consultations',
    // /en/consultations/{slug}/comment-sent: the comment form's confirmation; …/comment: where the
    // form posts without JavaScript (src/lib/publicForm).
    afterParam: { 'comment-sent': { vi: 'da-gui-gop-y', en: 'comment-sent' }, comment: { vi: 'gop-y', en: 'comment' } },
  },
  // Satisfaction surveys: the list, a survey (form and results), where its form posts without
  // JavaScript, its confirmation; results.csv is a file name under the survey.
  surveys: {
    vi: 'khao-sat',
    en: 'surveys',
    afterParam: { answer: { vi: 'tra-loi', en: 'answer' }, 'answer-sent': { vi: 'da-tra-loi', en: 'answer-sent' } },
  },
  // Public services: the procedure finder (detail pages by slug) and agencies' performance.
  'public-services': {
    vi: 'dich-vu-cong',
    en: 'public-services',
    children: { performance: { vi: 'ket-qua-giai-quyet', en: 'performance' } },
  },
  // …/look-up: where the look-up form posts without JavaScript (src/lib/publicForm).
  'dossier-status': { vi: 'tra-cuu-ho-so', en: 'dossier-status', children: { 'look-up': { vi: 'tra-cuu', en: 'look-up' } } },
  // /en/rate/{section}/{slug}: where "Was this information useful?" posts without JavaScript
  // (src/lib/publicForm); the answer is the rated page re-rendered. Section = its route key.
  rate: { vi: 'danh-gia', en: 'rate' },
  invest: {
    vi: 'dau-tu',
    en: 'invest',
    // /en/invest/{project} is a project; zones and procedure guides have their own lists.
    children: {
      zones: { vi: 'khu-kinh-te', en: 'zones' },
      procedures: { vi: 'thu-tuc', en: 'procedures' },
    },
    // /en/invest/{project}/enquiry-sent: the enquiry form's confirmation; …/enquiry: where the
    // form posts without JavaScript (src/lib/publicForm).
    afterParam: { 'enquiry-sent': { vi: 'da-gui-cau-hoi', en: 'enquiry-sent' }, enquiry: { vi: 'gui-cau-hoi', en: 'enquiry' } },
  },
  // Legal support for businesses: guides (list with ?field=, detail by slug) and the directory of
  // legal consultants (?field=). A guide's slug may not be a fixed child segment (the collection refuses it).
  'legal-support': {
    vi: 'ho-tro-phap-ly',
    en: 'legal-support',
    children: { consultants: { vi: 'tu-van-vien', en: 'consultants' } },
  },
  // Businesses ask – government answers: the archive, the ask form, its confirmation, following by code.
  questions: {
    vi: 'hoi-dap',
    en: 'questions',
    children: {
      // …/ask/send: where the ask form posts without JavaScript (src/lib/publicForm).
      ask: { vi: 'gui-cau-hoi', en: 'ask', children: { send: { vi: 'gui', en: 'send' } } },
      sent: { vi: 'da-gui', en: 'sent' },
      follow: { vi: 'theo-doi', en: 'follow' },
    },
  },
  // The province's e-commerce exchange: /en/marketplace/{booth} is a booth, /en/marketplace/products/{product}
  // a product; …/verify-email confirms a business account's e-mail address (the link it was sent).
  marketplace: {
    vi: 'san-thuong-mai',
    en: 'marketplace',
    children: {
      products: { vi: 'san-pham', en: 'products' },
      'verify-email': { vi: 'xac-nhan-email', en: 'verify-email' },
    },
  },
} satisfies Record<string, RouteNode>

export type SectionKey = keyof typeof ROUTES
export const SECTION_KEYS = Object.keys(ROUTES) as SectionKey[]


export interface TranslatedPath {
  /** The path's segments spelt for the target locale. */
  segments: string[]
  /** True when some fixed segment was spelt in the other locale (e.g. /en/tin-tuc). */
  misspelt: boolean
}

/**
 * Translates the segments that follow the locale from one locale's spelling to another's.
 * A fixed segment spelt in the wrong locale is recognised and corrected (`misspelt`).
 */
export function translateSegments(segments: string[], from: Locale, to: Locale): TranslatedPath {
  const out: string[] = []
  let misspelt = false
  let level: Record<string, RouteNode> | undefined = ROUTES
  let afterParam: Record<string, RouteNode> | undefined
  for (const segment of segments) {
    const match: { node: RouteNode; misspelt: boolean } | undefined = level ? findNode(level, segment, from) : undefined
    if (match) {
      if (match.misspelt) misspelt = true
      out.push(match.node[to])
      level = match.node.children
      afterParam = match.node.afterParam
      continue
    }
    // A free segment (slug, file name): kept as it is. Only `afterParam` may follow it.
    out.push(segment)
    level = afterParam
    afterParam = undefined
  }
  return { segments: out, misspelt }
}

function findNode(
  nodes: Record<string, RouteNode>,
  segment: string,
  locale: Locale,
): { node: RouteNode; misspelt: boolean } | undefined {
  const decoded = safeDecode(segment)
  for (const node of Object.values(nodes)) {
    if (node[locale] === decoded) return { node, misspelt: false }
  }
  const other: Locale = locale === 'vi' ? 'en' : 'vi'
  for (const node of Object.values(nodes)) {
    if (node[other] === decoded) return { node, misspelt: true }
  }
  return undefined
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
