"use client"
import { useEffect, useRef } from "react"
import { useFormState } from "react-dom"
import { EMPTY_FORM, type FormState } from "@/lib/form"

/**
 * A server action's form state (works without JavaScript: the page re-renders with it), and focus moved to
 * the error summary when a submission comes back with errors, so keyboard and screen-reader users land on it;
 * a form that succeeded is emptied for the next entry.
 */
export function useActionForm(action: (prev: FormState, form: FormData) => Promise<FormState>) {
  const [state, formAction] = useFormState(action, EMPTY_FORM)
  const summaryRef = useRef<HTMLDivElement>(null)
  const formRef = useRef<HTMLFormElement>(null)
  useEffect(() => {
    if (Object.keys(state.errors).length || (state.message && !state.ok)) summaryRef.current?.focus()
    else if (state.ok && !Object.keys(state.values).length) formRef.current?.reset()
  }, [state])
  return { state, formAction, summaryRef, formRef, value: (name: string) => state.values[name] }
}
