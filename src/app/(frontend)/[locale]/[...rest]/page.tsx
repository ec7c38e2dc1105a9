import { notFound } from 'next/navigation'

/** Any path under a locale that no page serves: the localized 404 (status 404). */
export default function UnknownPage() {
  notFound()
}
