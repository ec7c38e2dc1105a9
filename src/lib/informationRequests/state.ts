import { EMPTY_REQUEST, type RequestField, type RequestValues } from '@/domain/informationRequests'
import type { PublicFormState } from '@/lib/publicForm'

/** What the request form shows after a refused submission: every typed value and the problems. */
export type RequestFormState = PublicFormState<RequestValues, RequestField>

export const EMPTY_REQUEST_STATE: RequestFormState = { values: EMPTY_REQUEST, errors: [] }
