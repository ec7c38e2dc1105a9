import { lookupForm } from '@/lib/dossiers/form'
import { formRoute } from '@/lib/publicForm/route'

/**
 * The dossier look-up without JavaScript (its permalink): the look-up page re-rendered with the
 * answer (200) or the typed code and the status of the refusal (422, 429/503 + Retry-After).
 * See src/lib/publicForm.
 */
export const { POST, GET } = formRoute(lookupForm, () => ({}))
