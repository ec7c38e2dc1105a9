'use client'
import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/ErrorSummary'
import { ANSWER_LIMITS, scalePoints, type SurveyQuestion } from '@/domain/surveys/answers'
import { ANSWER_PREFIX, EMPTY_SURVEY, HONEYPOT_FIELD, type SurveyFormState } from '@/lib/surveys/state'

export interface SurveyFormTexts {
  required: string
  optional: string
  honeypot: string
  submit: string
  errorsHeading: string
  chooseOne: string
  chooseAny: string
  privacy: string
}

type Action = (state: SurveyFormState, form: FormData) => Promise<SurveyFormState>

/**
 * A survey's questions as one plain form: radio buttons for single choice and scales, checkboxes
 * for multiple choice, text boxes for text. Without JavaScript it is a normal POST to the form's
 * permalink; a refused submission comes back with every answer still chosen or typed and the
 * problems listed at the top and at each question. Browser validation is off (`noValidate`): the
 * server's localized messages are the only ones.
 */
export function SurveyForm({ action, permalink, questions, langs, pageLang, texts }: { action: Action; permalink: string; questions: SurveyQuestion[]; langs: Record<string, string>; pageLang: string; texts: SurveyFormTexts }) {
  const [state, formAction, pending] = useActionState(action, EMPTY_SURVEY, permalink)
  const id = (name: string) => `q-${name}`
  const errorFor = (name: string) => state.errors.find((e) => e.field === name)
  const chosen = (name: string) => state.values[name] ?? []
  // Remount the inputs when a submission comes back, so their defaults show the answers kept.
  const round = JSON.stringify(state.values).length + state.errors.length
  return (
    <>
      <ErrorSummary errors={state.errors} heading={texts.errorsHeading} level={2} id="survey-errors" hrefFor={(field) => `#${id(field)}`} />
      <form action={formAction} noValidate className="survey-form" key={round}>
        {questions.map((q, index) => {
          const error = errorFor(q.name)
          const errorId = `${id(q.name)}-error`
          const lang = langs[q.name] && langs[q.name] !== pageLang ? langs[q.name] : undefined
          const hint = q.required ? texts.required : texts.optional
          const fieldName = `${ANSWER_PREFIX}${q.name}`
          const errorLine = error && (
            <p className="form-field__error" id={errorId}>
              {error.message}
            </p>
          )
          if (q.kind === 'text') {
            const common = {
              id: id(q.name),
              name: fieldName,
              defaultValue: chosen(q.name)[0] ?? '',
              maxLength: q.long ? ANSWER_LIMITS.textarea : ANSWER_LIMITS.text,
              'aria-required': q.required || undefined,
              'aria-invalid': error ? true : undefined,
              'aria-describedby': error ? errorId : undefined,
            }
            return (
              <div className="form-field" key={q.name}>
                <label htmlFor={id(q.name)}>
                  <span lang={lang}>
                    {index + 1}. {q.label}
                  </span>
                  <span className="form-field__hint"> ({hint})</span>
                </label>
                {errorLine}
                {q.long ? <textarea {...common} rows={4} /> : <input {...common} type="text" />}
              </div>
            )
          }
          const points = q.kind === 'scale' ? scalePoints(q) : (q.options ?? [])
          const labelOf = (v: string) => {
            if (q.kind !== 'scale') return q.optionLabels?.[v] ?? v
            if (v === points[0] && q.minLabel) return `${v} — ${q.minLabel}`
            if (v === points[points.length - 1] && q.maxLabel) return `${v} — ${q.maxLabel}`
            return v
          }
          const type = q.kind === 'multiple' ? 'checkbox' : 'radio'
          return (
            <fieldset className={`form-field survey-question survey-question--${q.kind}`} key={q.name} id={id(q.name)} tabIndex={-1} aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined}>
              <legend>
                <span lang={lang}>
                  {index + 1}. {q.label}
                </span>
                <span className="form-field__hint">
                  {' '}
                  ({hint}; {q.kind === 'multiple' ? texts.chooseAny : texts.chooseOne})
                </span>
              </legend>
              {errorLine}
              <ul className={`survey-options${q.kind === 'scale' ? ' survey-options--scale' : ''}`}>
                {points.map((v) => (
                  <li key={v}>
                    <input type={type} id={`${id(q.name)}-${v}`} name={fieldName} value={v} defaultChecked={chosen(q.name).includes(v)} />{' '}
                    <label htmlFor={`${id(q.name)}-${v}`} lang={lang}>
                      {labelOf(v)}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          )
        })}
        <div className="hp-field" aria-hidden="true">
          <label htmlFor="survey-hp">{texts.honeypot}</label>
          <input id="survey-hp" name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <p className="form-field__hint">{texts.privacy}</p>
        <button type="submit" className="button" disabled={pending}>
          {texts.submit}
        </button>
      </form>
    </>
  )
}
