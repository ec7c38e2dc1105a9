'use client'
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Inside the admin's live preview frame (same origin only): tells Payload's preview window it is
 * ready, and re-renders the page from the server after every save or autosave of the document
 * (Payload posts `payload-document-event`). Outside a frame it does nothing.
 */
export function LivePreviewRefresh() {
  const router = useRouter()
  useEffect(() => {
    if (window.parent === window) return
    const origin = window.location.origin
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== origin || !event.data || typeof event.data !== 'object') return
      if ((event.data as { type?: string }).type === 'payload-document-event') router.refresh()
    }
    window.addEventListener('message', onMessage)
    window.parent.postMessage({ type: 'payload-live-preview', ready: true }, origin)
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return null
}
