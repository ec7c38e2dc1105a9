import { tags } from '@/lib/cacheTags'

/** What a change of dossiers expires: the performance pages and downloads, and the services finder's figures. */
export function dossierTags(): string[] {
  return [tags.collection('dossiers')]
}
