import type { Access } from 'payload'
import { isAdmin } from '@/access/roles'

export const nobody = () => false
/** Deleting a question: the coordinator (portal admins) only. Who reads one: src/access/caseRoles.ts. */
export const coordinatorOnly: Access = ({ req: { user } }) => isAdmin(user)
