'use client'
import { StatusMessage } from '@/components/StatusMessage'
import en from '@/i18n/locales/en.json'
import vi from '@/i18n/locales/vi.json'

const texts = {
  vi: { title: vi.errors.errorTitle, body: vi.errors.errorBody, backHome: vi.errors.backHome, retry: vi.errors.retry },
  en: { title: en.errors.errorTitle, body: en.errors.errorBody, backHome: en.errors.backHome, retry: en.errors.retry },
}

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <StatusMessage texts={texts} onRetry={reset} />
}
