"use client"

import { useRouter } from "next/navigation"
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react"
import type { Suggestion } from "@aem/search-kit"
import styles from "./search.module.css"

const DEBOUNCE_MS = 200

/**
 * The header search: a GET form (works without JavaScript) enhanced into an ARIA 1.2 combobox with
 * a listbox of suggestions as the buyer types. Focus stays in the input; arrows move the active
 * option (aria-activedescendant), Enter opens it, Escape closes the list and then clears the input.
 */
/** The box's words in the buyer's language (a client component: the server layout passes them in). */
export type SearchBoxLabels = {
  label: string
  placeholder: string
  submit: string
  suggestions: string
  /** Announcements for 0…SUGGESTION_LIMIT suggestions, by count (functions cannot cross to the client). */
  suggestionsCount: string[]
}

export function SearchBox({ countryCode, labels, initialQuery = "" }: { countryCode: string; labels: SearchBoxLabels; initialQuery?: string }) {
  const router = useRouter()
  const id = useId()
  const listboxId = `${id}-listbox`
  const [query, setQuery] = useState(initialQuery)
  const [suggestions, setSuggestions] = useState<Suggestion[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const latest = useRef(0)

  useEffect(() => {
    const q = query.trim()
    if (q.length < 2) {
      setSuggestions([])
      return
    }
    const ticket = ++latest.current
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/search/suggest?q=${encodeURIComponent(q)}`)
        const { suggestions } = (await res.json()) as { suggestions: Suggestion[] }
        // An older, slower answer must not replace a newer one.
        if (ticket !== latest.current) return
        setSuggestions(suggestions)
        setActive(-1)
      } catch {
        if (ticket === latest.current) setSuggestions([])
      }
    }, DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [query])

  const expanded = open && suggestions.length > 0
  const go = (s: Suggestion) => {
    setOpen(false)
    router.push(`/${countryCode}/products/${s.handle}`)
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (!suggestions.length) return
      e.preventDefault()
      setOpen(true)
      const step = e.key === "ArrowDown" ? 1 : -1
      // Past either end, focus returns to the text (no active option), as the pattern describes.
      setActive((i) => {
        const next = i + step
        return next < -1 ? suggestions.length - 1 : next >= suggestions.length ? -1 : next
      })
    } else if (e.key === "Enter" && expanded && active >= 0) {
      e.preventDefault()
      go(suggestions[active])
    } else if (e.key === "Escape") {
      if (expanded) {
        e.preventDefault()
        setOpen(false)
        setActive(-1)
      } else if (query) {
        e.preventDefault()
        setQuery("")
      }
    }
  }

  return (
    <div className={styles.box}>
      <form role="search" action={`/${countryCode}/search`} method="get" className={styles.form}>
        <label htmlFor={`${id}-input`} className={styles.srOnly}>
          {labels.label}
        </label>
        <input
          id={`${id}-input`}
          className={styles.input}
          type="text"
          name="q"
          value={query}
          placeholder={labels.placeholder}
          autoComplete="off"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
          onChange={(e) => {
            setQuery(e.target.value)
            setOpen(true)
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => setOpen(true)}
        />
        <button type="submit" className={styles.button}>
          {labels.submit}
        </button>
      </form>
      <ul id={listboxId} role="listbox" aria-label={labels.suggestions} className={styles.listbox} hidden={!expanded}>
        {suggestions.map((s, i) => (
          <li
            key={s.handle}
            id={`${id}-option-${i}`}
            role="option"
            aria-selected={i === active}
            className={styles.option}
            // mousedown, not click: it fires before the input's blur closes the list.
            onMouseDown={(e) => {
              e.preventDefault()
              go(s)
            }}
          >
            {s.text}
          </li>
        ))}
      </ul>
      <p className={styles.srOnly} role="status" aria-live="polite">
        {expanded ? labels.suggestionsCount[suggestions.length] : ""}
      </p>
    </div>
  )
}
