"use client"
import { useEffect, useRef, useState } from "react"
import type { StoreImage } from "@aem/search-kit"

/**
 * A product photo at the size the layout gives it: every stored size in `srcset`, the largest's width and
 * height so the page keeps its place while it loads. No photo, or a file that does not load (an error before
 * hydration is caught too), shows the placeholder instead of a broken box. `alt` null: decorative (a card,
 * where the title follows); otherwise the photo's own alt text in its language, or `label` for the placeholder.
 */
export function ProductPhoto({
  image,
  sizes,
  decorative = false,
  label,
  priority = false,
}: {
  image: StoreImage | null
  sizes: string
  decorative?: boolean
  /** What the placeholder says to a screen reader when the photo is not decorative. */
  label: string
  priority?: boolean
}) {
  const ref = useRef<HTMLImageElement>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    const img = ref.current
    if (img?.complete && img.naturalWidth === 0) setFailed(true)
  }, [])
  if (!image || failed) return <PhotoPlaceholder label={decorative ? undefined : label} />
  const srcSet = image.sizes.length ? image.sizes.map((s) => `${s.url} ${s.width}w`).join(", ") : undefined
  return (
    <img
      ref={ref}
      src={image.url}
      srcSet={srcSet}
      sizes={srcSet && sizes}
      width={image.width ?? 1200}
      height={image.height ?? 900}
      alt={decorative ? "" : (image.alt ?? label)}
      lang={decorative || !image.alt_lang ? undefined : image.alt_lang}
      loading={priority ? undefined : "lazy"}
      decoding="async"
      onError={() => setFailed(true)}
      data-testid="product-photo"
    />
  )
}

/** A drawn stand-in for a missing photo: a framed picture outline in the page's own colours. */
export function PhotoPlaceholder({ label }: { label?: string }) {
  return (
    <svg
      className="photo-placeholder"
      viewBox="0 0 400 300"
      width={1200}
      height={900}
      {...(label ? { role: "img", "aria-label": label } : { "aria-hidden": true })}
      data-testid="photo-placeholder"
    >
      <rect width="400" height="300" fill="var(--panel)" />
      <g fill="none" stroke="var(--muted)" strokeWidth="6" strokeLinecap="round" strokeLinejoin="round">
        <rect x="130" y="95" width="140" height="110" rx="10" />
        <path d="M140 190 l40 -45 l30 30 l20 -20 l30 35" />
        <circle cx="235" cy="125" r="10" />
      </g>
    </svg>
  )
}
