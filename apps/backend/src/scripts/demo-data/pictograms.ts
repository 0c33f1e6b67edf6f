/**
 * Simple line pictograms (200×200 box, drawn in white strokes) used to generate the demo product
 * images at seed time, so nothing is fetched at run time.
 */
export const PICTOGRAMS = {
  wheelchair: `<circle cx="85" cy="135" r="45"/><circle cx="150" cy="170" r="10"/><path d="M70 30 v70 h60 l20 70 M70 100 h-20"/><circle cx="70" cy="20" r="8"/>`,
  powerchair: `<circle cx="70" cy="150" r="30"/><circle cx="150" cy="160" r="20"/><path d="M60 40 v80 h80 v-40 M140 80 h25 M100 120 v20"/><rect x="80" y="125" width="50" height="20"/>`,
  cane: `<path d="M100 40 q-30 0 -30 25 M100 40 v140"/><path d="M90 180 h20"/>`,
  rollator: `<circle cx="50" cy="170" r="15"/><circle cx="150" cy="170" r="15"/><path d="M50 155 l25 -115 M150 155 l-25 -115 M65 100 h70 M60 40 h30 M110 40 h30"/>`,
  hoist: `<path d="M30 180 h60 M60 180 v-150 h90 v30"/><path d="M130 60 h40 l-10 50 h-20 z"/><circle cx="150" cy="130" r="12"/>`,
  orthosis: `<path d="M80 20 v70 q0 20 10 30 l10 60 M120 20 v70 q0 20 -10 30 M70 60 h60 M70 140 h60"/><circle cx="100" cy="100" r="12"/>`,
  brace: `<path d="M60 40 q40 -20 80 0 v120 q-40 20 -80 0 z M60 80 h80 M60 120 h80"/>`,
  hearing: `<path d="M80 150 q-30 -10 -30 -60 q0 -50 50 -50 q50 0 50 50 q0 30 -25 45 q-15 10 -15 30 q0 20 -20 20"/><path d="M85 90 q0 -20 20 -20 q20 0 20 20"/>`,
  magnifier: `<circle cx="85" cy="85" r="50"/><path d="M120 120 l50 50"/><path d="M60 85 h50 M85 60 v50"/>`,
  bed: `<path d="M20 150 h160 M30 150 v30 M170 150 v30 M30 150 v-70 M30 120 h50 l30 -20 h60 v50"/><circle cx="55" cy="105" r="12"/>`,
  commode: `<path d="M50 80 h100 v30 h-100 z M60 110 v70 M140 110 v70 M50 80 v-40 h100 v40"/><ellipse cx="100" cy="95" rx="30" ry="8"/>`,
  trainer: `<circle cx="100" cy="120" r="40"/><path d="M100 120 l25 -25 M100 120 l-25 25 M60 180 h80 M100 160 v20"/><circle cx="100" cy="40" r="15"/>`,
} as const

/** The demo photos' size: 4:3, what the storefront's cards and product page are laid out for. */
export const DEMO_PHOTO_SIZE = { width: 1200, height: 900 } as const

/**
 * A studio product photo of the class's device, drawn: a wall and floor in soft light tinted with the class
 * colour, the device's frame as chromed tubing (a dark edge under a lighter highlight) and its shadow on the
 * floor. No caption: a photo says nothing in words, its alt text does.
 */
export function productImageSvg(pictogram: keyof typeof PICTOGRAMS, colour: string): string {
  const { width, height } = DEMO_PHOTO_SIZE
  const shape = PICTOGRAMS[pictogram]
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 800 600">
<defs>
<linearGradient id="wall" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#f7f5f1"/><stop offset="1" stop-color="#e4dfd6"/></linearGradient>
<linearGradient id="floor" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#d9d3c9"/><stop offset="1" stop-color="#bfb7aa"/></linearGradient>
<radialGradient id="spot" cx="0.5" cy="0.35" r="0.6"><stop offset="0" stop-color="#ffffff" stop-opacity="0.75"/><stop offset="1" stop-color="#ffffff" stop-opacity="0"/></radialGradient>
<radialGradient id="vignette" cx="0.5" cy="0.5" r="0.75"><stop offset="0.6" stop-color="#000000" stop-opacity="0"/><stop offset="1" stop-color="#000000" stop-opacity="0.22"/></radialGradient>
<linearGradient id="chrome" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#eef2f5"/><stop offset="0.45" stop-color="#9aa4ad"/><stop offset="0.55" stop-color="#cfd6dc"/><stop offset="1" stop-color="#6d7780"/></linearGradient>
<filter id="blur" x="-20%" y="-200%" width="140%" height="500%"><feGaussianBlur stdDeviation="10"/></filter>
<filter id="depth" x="-10%" y="-10%" width="120%" height="130%"><feDropShadow dx="4" dy="8" stdDeviation="5" flood-color="#1d1a16" flood-opacity="0.35"/></filter>
</defs>
<rect width="800" height="440" fill="url(#wall)"/>
<rect width="800" height="440" fill="${colour}" opacity="0.10"/>
<rect y="430" width="800" height="170" fill="url(#floor)"/>
<rect y="428" width="800" height="6" fill="#ffffff" opacity="0.5" filter="url(#blur)"/>
<rect width="800" height="600" fill="url(#spot)"/>
<ellipse cx="410" cy="498" rx="210" ry="20" fill="#2a241d" opacity="0.35" filter="url(#blur)"/>
<g transform="translate(265 205) scale(1.75) translate(-30 -20)" fill="none" stroke-linecap="round" stroke-linejoin="round" filter="url(#depth)">
<g stroke="#262b31" stroke-width="10">${shape}</g>
<g stroke="url(#chrome)" stroke-width="6">${shape}</g>
<g stroke="${colour}" stroke-width="2.5" opacity="0.55" transform="translate(-1 -1)">${shape}</g>
</g>
<rect width="800" height="600" fill="url(#vignette)"/>
</svg>`
}
