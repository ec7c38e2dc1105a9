'use client'
import { useState } from 'react'

type Labels = { idle: string; busy: string; done: string; failed: string }

/** Admin-only: POST /api/transparency/recompute, then report the counts. */
export function RecomputeButton({ labels }: { labels: Labels }) {
  const [state, setState] = useState<'idle' | 'busy' | 'done' | 'failed'>('idle')
  const [message, setMessage] = useState('')
  async function run() {
    setState('busy')
    try {
      const res = await fetch('/api/transparency/recompute', { method: 'POST', credentials: 'include' })
      const body = (await res.json().catch(() => ({}))) as { created?: number; updated?: number; errors?: { message: string }[] }
      if (!res.ok) throw new Error(body.errors?.[0]?.message ?? labels.failed)
      setMessage(labels.done.replace('{{created}}', String(body.created ?? 0)).replace('{{updated}}', String(body.updated ?? 0)))
      setState('done')
    } catch (err) {
      setMessage(err instanceof Error ? err.message : labels.failed)
      setState('failed')
    }
  }
  return (
    <p>
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={run} disabled={state === 'busy'}>
        {state === 'busy' ? labels.busy : labels.idle}
      </button>{' '}
      <span role="status">{message}</span>
    </p>
  )
}
