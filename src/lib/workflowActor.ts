import { hasAgencyRole, isAdmin, type PortalUser } from '@/access/roles'
import type { WorkflowActor } from '@/domain/workflow'

type AgencyRef = number | string | { id: number | string } | null | undefined

/** The user's workflow roles in one agency (used by the admin buttons and the server hooks alike). */
export function workflowActor(user: PortalUser | null | undefined, agency: AgencyRef): WorkflowActor {
  if (!user) return {}
  if (isAdmin(user)) return { admin: true }
  return {
    editor: hasAgencyRole(user, agency, ['editor']),
    publisher: hasAgencyRole(user, agency, ['publisher']),
    translator: hasAgencyRole(user, agency, ['translator']),
  }
}
