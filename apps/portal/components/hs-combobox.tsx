"use client"
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react"
import { fieldId } from "./field"

type Option = { code: string; description: string }
type Props = {
  name: string
  label: string
  hint: string
  error?: string
  defaultValue?: string
  /**
   * Results of the form's own search (the way without JavaScript), offered as radio buttons named `${name}_pick`;
   * with JavaScript a radio is checked only while the field holds its code, so a code typed later wins.
   */
  serverResults?: { query: string; results: Option[] }
  text: { searchButton: string; results: string; noResults: string; searchHint: string }
}

const count = (template: string, n: number) => template.replace("{n}", String(n))

/**
 * The HS code picker. Without JavaScript it is a text field with a search button that submits the form
 * and lists the matches as radio buttons. With JavaScript it becomes an ARIA 1.2 combobox: typing shows
 * matching HS 2022 subheadings, arrows move, Enter picks, Escape closes, and the count is announced.
 */
export function HsCombobox({ name, label, hint, error, defaultValue, serverResults, text }: Props) {
  const id = fieldId(name)
  const listId = `${useId()}-list`
  const [enhanced, setEnhanced] = useState(false)
  const [value, setValue] = useState(defaultValue ?? "")
  const [options, setOptions] = useState<Option[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const [announce, setAnnounce] = useState("")
  const typed = useRef(false)

  useEffect(() => setEnhanced(true), [])
  useEffect(() => setValue(defaultValue ?? ""), [defaultValue])

  useEffect(() => {
    if (!typed.current) return
    const q = value.trim()
    if (q.length < 2) {
      setOptions([])
      setOpen(false)
      return
    }
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/hs?q=${encodeURIComponent(q)}`, { signal: controller.signal })
        const { results } = (await res.json()) as { results: Option[] }
        setOptions(results)
        setActive(-1)
        setOpen(results.length > 0)
        setAnnounce(results.length ? count(text.results, results.length) : text.noResults)
      } catch {
        // aborted by the next keystroke
      }
    }, 200)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [value, text.results, text.noResults])

  const choose = (o: Option) => {
    typed.current = false
    setValue(o.code)
    setOpen(false)
    setActive(-1)
    setAnnounce(`${o.code} ${o.description}`)
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" && options.length) {
      e.preventDefault()
      setOpen(true)
      setActive((a) => (a + 1) % options.length)
    } else if (e.key === "ArrowUp" && options.length) {
      e.preventDefault()
      setOpen(true)
      setActive((a) => (a <= 0 ? options.length - 1 : a - 1))
    } else if (e.key === "Enter" && open && active >= 0) {
      e.preventDefault()
      choose(options[active])
    } else if (e.key === "Escape" && open) {
      e.preventDefault()
      setOpen(false)
      setActive(-1)
    }
  }

  const describedBy = [`${id}-hint`, error ? `${id}-error` : ""].filter(Boolean).join(" ")
  return (
    <div className={error ? "field field-error" : "field"}>
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={`${id}-hint`}>
        {hint} {text.searchHint}
      </p>
      {error ? (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className="combobox">
        <input
          id={id}
          name={name}
          value={value}
          autoComplete="off"
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(e) => {
            typed.current = true
            setValue(e.target.value)
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          {...(enhanced
            ? {
                role: "combobox",
                "aria-autocomplete": "list" as const,
                "aria-expanded": open,
                "aria-controls": listId,
                "aria-activedescendant": open && active >= 0 ? `${listId}-${active}` : undefined,
              }
            : {})}
        />
        {enhanced ? (
          <ul role="listbox" id={listId} aria-label={label} hidden={!open}>
            {options.map((o, i) => (
              <li
                key={o.code}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                // mousedown, not click: it comes before the input's blur closes the list.
                onMouseDown={(e) => {
                  e.preventDefault()
                  choose(o)
                }}
              >
                {o.code} — <span lang="en">{o.description}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <p className="visually-hidden" role="status">
        {announce}
      </p>
      <p>
        <button type="submit" name="intent" value="hs-search" className="secondary" formNoValidate>
          {text.searchButton}
        </button>
      </p>
      {serverResults ? (
        serverResults.results.length ? (
          <fieldset>
            <legend>{count(text.results, serverResults.results.length)}</legend>
            <ul className="search-results">
              {serverResults.results.map((o) => (
                <li key={o.code}>
                  <label>
                    <input type="radio" name={`${name}_pick`} value={o.code} checked={value === o.code} onChange={() => choose(o)} /> {o.code} —{" "}
                    <span lang="en">{o.description}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ) : (
          <p role="status">{text.noResults}</p>
        )
      ) : null}
    </div>
  )
}
