'use client'
import { useEffect, useId, useRef, useState } from 'react'

/**
 * The search field. Server-rendered as a plain labelled input + submit button inside a GET form,
 * so it works without JavaScript; once hydrated it offers titles as the visitor types (ARIA 1.2
 * combobox with a listbox popup), fetched from the suggest endpoint, debounced.
 */
export function SearchBox({
  id,
  name,
  label,
  defaultValue,
  placeholder,
  maxLength,
  submitLabel,
  suggestUrl,
  listLabel,
  countTemplate,
  compact = false,
}: {
  id: string
  name: string
  label: string
  defaultValue?: string
  placeholder?: string
  maxLength: number
  submitLabel: string
  suggestUrl: string
  listLabel: string
  /** The "{n} suggestions" announcement with the number 999 standing for n. */
  countTemplate: string
  compact?: boolean
}) {
  const [value, setValue] = useState(defaultValue ?? '')
  const [items, setItems] = useState<string[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const inputRef = useRef<HTMLInputElement>(null)
  const listId = useId()
  const statusId = useId()
  const typed = useRef(false)

  useEffect(() => {
    if (!typed.current) return
    if (value.trim().length < 2) return
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`${suggestUrl}?q=${encodeURIComponent(value.slice(0, maxLength))}`, { signal: controller.signal, headers: { Accept: 'application/json' } })
        if (!res.ok) return
        const body = (await res.json()) as { suggestions?: unknown }
        const list = Array.isArray(body.suggestions) ? body.suggestions.filter((s): s is string => typeof s === 'string') : []
        setItems(list)
        setActive(-1)
        setOpen(list.length > 0)
      } catch {
        // Aborted or offline: the plain form still works.
      }
    }, 200)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [value, suggestUrl, maxLength])

  const choose = (text: string) => {
    setValue(text)
    setOpen(false)
    const input = inputRef.current
    if (input) {
      input.value = text
      input.form?.requestSubmit()
    }
  }

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (!open || items.length === 0) {
      if (e.key === 'ArrowDown' && items.length > 0) {
        setOpen(true)
        e.preventDefault()
      }
      return
    }
    if (e.key === 'ArrowDown') {
      setActive((a) => (a + 1) % items.length)
      e.preventDefault()
    } else if (e.key === 'ArrowUp') {
      setActive((a) => (a <= 0 ? items.length - 1 : a - 1))
      e.preventDefault()
    } else if (e.key === 'Escape') {
      setOpen(false)
      setActive(-1)
      e.preventDefault()
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault()
      choose(items[active]!)
    }
  }

  const expanded = open && items.length > 0
  return (
    <div className={compact ? 'search-box search-box--compact' : 'search-box'}>
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <div className="search-box__row">
        <div className="search-box__field">
          <input
            ref={inputRef}
            id={id}
            name={name}
            type="search"
            value={value}
            placeholder={placeholder}
            maxLength={maxLength}
            autoComplete="off"
            spellCheck={false}
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-describedby={statusId}
            aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
            onChange={(e) => {
              typed.current = true
              setValue(e.target.value)
              if (e.target.value.trim().length < 2) {
                setItems([])
                setOpen(false)
              }
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setTimeout(() => setOpen(false), 150)}
          />
          <ul id={listId} role="listbox" aria-label={listLabel} className="search-box__list" hidden={!expanded}>
            {items.map((s, i) => (
              <li
                key={s}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => {
                  e.preventDefault()
                  choose(s)
                }}
              >
                {s}
              </li>
            ))}
          </ul>
        </div>
        <button type="submit">{submitLabel}</button>
      </div>
      <p id={statusId} className="visually-hidden" role="status" aria-live="polite">
        {expanded ? countTemplate.replace('999', String(items.length)) : ''}
      </p>
    </div>
  )
}
