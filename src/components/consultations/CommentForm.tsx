'use client'
import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/ErrorSummary'
import { COMMENT_LIMITS } from '@/domain/consultations'
import { EMPTY_COMMENT, type CommentFormState } from '@/lib/consultations/state'

export interface CommentTexts {
  heading: string
  intro: string
  required: string
  optional: string
  honeypot: string
  submit: string
  errorsHeading: string
  attachmentHint: string
  labels: { name: string; organisation: string; email: string; text: string; attachment: string }
}

type Action = (state: CommentFormState, form: FormData) => Promise<CommentFormState>
type Field = keyof CommentFormState['values']

const FIELDS: { name: Field; type: 'text' | 'email' | 'textarea'; required: boolean; autoComplete: string; max: number }[] = [
  { name: 'name', type: 'text', required: true, autoComplete: 'name', max: COMMENT_LIMITS.name },
  { name: 'organisation', type: 'text', required: false, autoComplete: 'organization', max: 200 },
  { name: 'email', type: 'email', required: false, autoComplete: 'email', max: COMMENT_LIMITS.email },
  { name: 'text', type: 'textarea', required: true, autoComplete: 'off', max: COMMENT_LIMITS.text },
]

/**
 * A comment form for one article (or the whole draft: `idPrefix` "all"). Without JavaScript it is
 * a plain multipart POST: the server re-renders it with the errors and everything typed (a file
 * must be chosen again: browsers never refill file inputs), or redirects to the confirmation.
 */
export function CommentForm({ action, texts, permalink, article, idPrefix, collapsed = false }: { action: Action; texts: CommentTexts; permalink: string; article: string; idPrefix: string; collapsed?: boolean }) {
  const [state, formAction, pending] = useActionState(action, EMPTY_COMMENT, permalink)
  const id = (f: string) => `c-${idPrefix}-${f}`
  const errorFor = (field: string) => state.errors.find((e) => e.field === field)
  const fileError = errorFor('attachment')
  const body = (
    <>
      <p>{texts.intro}</p>
      <ErrorSummary errors={state.errors} heading={texts.errorsHeading} level={4} hrefFor={(field) => (field === 'article' ? null : `#${id(field)}`)} />
      <form action={formAction} noValidate aria-labelledby={id('heading')}>
        <input type="hidden" name="article" value={article} />
        {FIELDS.map((f) => {
          const error = errorFor(f.name)
          const common = {
            id: id(f.name),
            name: f.name,
            defaultValue: state.values[f.name],
            autoComplete: f.autoComplete,
            maxLength: f.max,
            'aria-required': f.required || undefined,
            'aria-invalid': error ? true : undefined,
            'aria-describedby': error ? `${id(f.name)}-error` : undefined,
          }
          return (
            <div className="form-field" key={`${f.name}-${state.values[f.name]}`}>
              <label htmlFor={id(f.name)}>
                {texts.labels[f.name]}
                <span className="form-field__hint"> ({f.required ? texts.required : texts.optional})</span>
              </label>
              {error && (
                <p className="form-field__error" id={`${id(f.name)}-error`}>
                  {error.message}
                </p>
              )}
              {f.type === 'textarea' ? <textarea {...common} rows={5} /> : <input {...common} type={f.type} />}
            </div>
          )
        })}
        <div className="form-field">
          <label htmlFor={id('attachment')}>
            {texts.labels.attachment}
            <span className="form-field__hint"> ({texts.optional})</span>
          </label>
          <p className="form-field__hint" id={`${id('attachment')}-hint`}>
            {texts.attachmentHint}
          </p>
          {fileError && (
            <p className="form-field__error" id={`${id('attachment')}-error`}>
              {fileError.message}
            </p>
          )}
          <input
            id={id('attachment')}
            name="attachment"
            type="file"
            accept=".pdf,.docx,.odt,.xlsx,.ods"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={`${id('attachment')}-hint${fileError ? ` ${id('attachment')}-error` : ''}`}
          />
        </div>
        <div className="hp-field" aria-hidden="true">
          <label htmlFor={id('hp')}>{texts.honeypot}</label>
          <input id={id('hp')} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <button type="submit" className="button" disabled={pending}>
          {texts.submit}
        </button>
      </form>
    </>
  )
  // Folded under its article until used; a refused submission comes back unfolded.
  if (collapsed)
    return (
      <details className="comment-form" open={state.errors.length > 0}>
        <summary id={id('heading')}>{texts.heading}</summary>
        {body}
      </details>
    )
  return (
    <div className="comment-form">
      <h3 id={id('heading')}>{texts.heading}</h3>
      {body}
    </div>
  )
}
