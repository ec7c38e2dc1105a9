/**
 * Named rate-limit policies: one per kind of public write or look-up. Each rule counts by a tuple
 * of subjects; a request is refused when any rule is over its limit.
 *
 * Why pairs: an office or a mobile operator puts many people behind one address (NAT), so the
 * tight limits count per (address, target) — the sender's e-mail, the agency written to, the
 * account signed into, the document commented on — and the address alone only has a generous
 * ceiling. One neighbour filling their own pair leaves everyone else at that address their own.
 *
 * `RATE_LIMIT_FACTOR` (default 1) multiplies every `points` (e.g. 10 for a load test).
 */
export type Subject = 'address' | 'email' | 'agency' | 'account' | 'target'

export interface Rule {
  by: readonly Subject[]
  /** Hits allowed per window. */
  points: number
  /** Window, in seconds (fixed: it starts at the first hit). */
  duration: number
  /** Seconds a key stays refused once over the limit (default: the rest of the window). */
  blockDuration?: number
  /**
   * What a successful outcome (`forgive`) does to this rule's count: `reset` forgets it (a good
   * password clears the failures of that account from that address), `refund` gives back the
   * one hit (a successful sign-in does not eat into the address's budget).
   */
  onSuccess?: 'reset' | 'refund'
}

export interface Policy {
  name: string
  rules: readonly Rule[]
}

const HOUR = 3600
const MINUTE = 60

/** Form writes by a member of the public to an agency: enquiries, questions, information requests. */
const toAgency = (name: string): Policy => ({
  name,
  rules: [
    { by: ['address', 'email'], points: 5, duration: HOUR },
    { by: ['address', 'agency'], points: 10, duration: HOUR },
    { by: ['address'], points: 30, duration: HOUR },
  ],
})

export const POLICIES = {
  /** Investors' enquiries (src/lib/enquiry). */
  enquiry: toAgency('enquiry'),
  /** Business questions to an agency (coming). */
  question: toAgency('question'),
  /** Information requests (access to information law, coming). */
  informationRequest: toAgency('information-request'),
  /** Comments on a consultation document (coming): target = the document. */
  comment: {
    name: 'comment',
    rules: [
      { by: ['address', 'target'], points: 5, duration: HOUR },
      { by: ['address'], points: 30, duration: HOUR },
    ],
  },
  /** Satisfaction ratings (coming): target = what is rated. */
  rating: {
    name: 'rating',
    rules: [
      { by: ['address', 'target'], points: 3, duration: 24 * HOUR },
      { by: ['address'], points: 100, duration: HOUR },
    ],
  },
  /**
   * Survey responses (src/lib/surveys): target = the survey. Generous per address (an office or a
   * school behind one address may answer together); "one response per visitor" is the survey's
   * own rule, not this one.
   */
  survey: {
    name: 'survey',
    rules: [
      { by: ['address', 'target'], points: 20, duration: HOUR },
      { by: ['address'], points: 60, duration: HOUR },
    ],
  },
  /** Dossier status look-ups by code (coming): target = the dossier code. */
  dossierLookup: {
    name: 'dossier-lookup',
    rules: [
      { by: ['address', 'target'], points: 20, duration: 10 * MINUTE },
      { by: ['address'], points: 120, duration: 10 * MINUTE },
    ],
  },
  /**
   * Sign-in (REST /api/users/login, which the admin login form uses). Counted before the password
   * is checked; a correct password resets the (address, account) count and refunds the address.
   * Five failures for one account from one address refuse that pair for 15 minutes; the same
   * account from any other address is untouched (Payload's own account lockout is off).
   */
  login: {
    name: 'login',
    rules: [
      { by: ['address', 'account'], points: 5, duration: 15 * MINUTE, blockDuration: 15 * MINUTE, onSuccess: 'reset' },
      { by: ['address'], points: 100, duration: 15 * MINUTE, onSuccess: 'refund' },
    ],
  },
  /** "Forgot password" mails. */
  passwordReset: {
    name: 'password-reset',
    rules: [
      { by: ['address', 'account'], points: 3, duration: HOUR },
      { by: ['address'], points: 20, duration: HOUR },
    ],
  },
  /** Search type-ahead: a request per pause in typing; generous for a person, not a bulk API. */
  searchSuggest: {
    name: 'search-suggest',
    rules: [{ by: ['address'], points: 60, duration: 10 }],
  },
} as const satisfies Record<string, Policy>

export type PolicyName = keyof typeof POLICIES

/** A rule's points with RATE_LIMIT_FACTOR applied (never below 1). */
export function scaledPoints(rule: Rule, factor = Number(process.env.RATE_LIMIT_FACTOR || 1)): number {
  return Math.max(1, Math.round(rule.points * (Number.isFinite(factor) && factor > 0 ? factor : 1)))
}
