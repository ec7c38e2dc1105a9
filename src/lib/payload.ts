import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The Payload instance for server-side reads (initialised once per process). */
export function payloadClient(): Promise<Payload> {
  return getPayload({ config })
}
