import { requestForm } from '@/lib/informationRequests/form'
import { formRoute } from '@/lib/publicForm/route'

/**
 * The information request form without JavaScript (its permalink): 303 to the confirmation, or
 * the form page re-rendered with every typed value and the status of the refusal (422, 429/503 +
 * Retry-After). See src/lib/publicForm.
 */
export const { POST, GET } = formRoute(requestForm, ({ agency }) => ({ agency: agency ?? '' }))
