import type { Redis } from 'ioredis'

export interface TagEntry {
  stale?: number
  expired?: number
}
export declare const TAGS_HASH: string
export declare const TAGS_CHANNEL: string
export declare function mergeTagEntry(current: TagEntry | undefined, incoming: TagEntry | undefined): TagEntry
export declare function parseTagEntry(raw: string): TagEntry | null
export interface TagSync {
  ready: Promise<unknown>
  publish(tags: string[]): Promise<void>
  close(): Promise<void>
}
export declare function createTagSync(options: {
  manifest: Map<string, TagEntry>
  connect: () => Redis
  log?: (message: string, error?: unknown) => void
  startTimeoutMs?: number
}): TagSync
