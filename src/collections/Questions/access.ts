import type { Access, FieldAccess } from 'payload'
import { agencyIdsWithRole, AUTHORING_ROLES, hasAgencyRole, inAgencies, isAdmin } from '@/access/roles'

/**
 * Who handles a question: the coordinator (the province's routing office: portal admins) and the
 * editors and publishers of the agency it is assigned to. Nobody else reads a question at all —
 * the public sees only the answer document (`question-answers`), which holds no personal data.
 */
export const readHandledQuestions: Access = ({ req: { user } }) => {
  if (isAdmin(user)) return true
  return inAgencies('agency', agencyIdsWithRole(user, AUTHORING_ROLES))
}

/**
 * Field-level read of the asker's personal data (name, registration number, e-mail, phone,
 * attachments): the same people, checked again on the document itself, so that no other query
 * shape (a where on the field, a join, a version) can reveal it.
 */
export const handlesThisQuestion: FieldAccess = ({ req: { user }, doc }) => {
  if (isAdmin(user)) return true
  return hasAgencyRole(user, (doc as { agency?: number | { id: number } | null } | undefined)?.agency ?? null, AUTHORING_ROLES)
}

export const nobody = () => false
export const coordinatorOnly: Access = ({ req: { user } }) => isAdmin(user)
