import type { FieldAccess } from 'payload'
import { isAdmin } from './roles'

/** Field-level rule: only admins set or change this field (others' values are dropped on save). */
export const adminOnlyField: FieldAccess = ({ req: { user } }) => isAdmin(user)

/** Jobs (`/api/payload-jobs/run`, `/api/payload-jobs/handle-schedules`) are run by admins and the server's own crons only. */
export const adminOnlyJobs = ({ req }: { req: { user?: unknown } }): boolean => isAdmin(req.user as Parameters<typeof isAdmin>[0])
