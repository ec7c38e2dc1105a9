import type { Field } from 'payload'
import { AUTHORING_ROLES, hasAgencyRole, isAdmin, type PortalUser } from './roles'

type Data = Record<string, unknown>

/**
 * A translator edits only the English text of their agencies' documents: true when the user's
 * sole right on this agency's content is translation (no editor/publisher role, not admin).
 */
export function isTranslatorOnly(user: PortalUser | null | undefined, agency: unknown): boolean {
  if (!user || isAdmin(user)) return false
  return !hasAgencyRole(user, agency as number | string | { id: number | string } | null, AUTHORING_ROLES)
}

/** Fields a translator keeps in a save besides localized ones: the workflow (submit for review). */
const TRANSLATOR_WRITABLE = new Set(['workflowState', '_status'])

/**
 * What a translator's save may change: localized fields (in the request's locale) and the workflow
 * state. Every other field is put back to its stored value (`original`), inside groups and named
 * tabs too; non-localized arrays and blocks are restored whole.
 */
export function keepTranslatable(fields: Field[], data: Data, original: Data): Data {
  const restore = (list: Field[], target: Data, stored: Data) => {
    for (const field of list) {
      if (!('name' in field) || !field.name) {
        // Unnamed containers (rows, collapsibles, unnamed tabs) keep their fields at this level.
        if ('fields' in field && Array.isArray(field.fields)) restore(field.fields as Field[], target, stored)
        if (field.type === 'tabs')
          for (const tab of field.tabs) {
            if ('name' in tab && tab.name) restoreGroup(tab.name, tab.fields, target, stored)
            else restore(tab.fields, target, stored)
          }
        continue
      }
      const name = field.name
      if (TRANSLATOR_WRITABLE.has(name) || ('localized' in field && field.localized)) continue
      if (field.type === 'group') {
        restoreGroup(name, field.fields, target, stored)
        continue
      }
      if (name in stored) target[name] = stored[name]
      else delete target[name]
    }
  }
  const restoreGroup = (name: string, list: Field[], target: Data, stored: Data) => {
    const own = target[name] && typeof target[name] === 'object' ? { ...(target[name] as Data) } : {}
    const saved = stored[name] && typeof stored[name] === 'object' ? (stored[name] as Data) : {}
    restore(list, own, saved)
    target[name] = own
  }
  const out: Data = { ...data }
  restore(fields, out, original)
  return out
}
