import { RichText } from '@payloadcms/richtext-lexical/react'
import type { LRich } from '@/lib/localeFallback'
import type { Locale } from '@/routes/locales'

/** Rich text that may be the Vietnamese original on an English page (then marked lang="vi"). */
export function RichBlock({ value, locale }: { value: LRich | null; locale: Locale }) {
  if (!value) return null
  return (
    <div lang={value.lang !== locale ? value.lang : undefined}>
      {/* eslint-disable-next-line @typescript-eslint/no-explicit-any */}
      <RichText data={value.value as any} className="prose" />
    </div>
  )
}
