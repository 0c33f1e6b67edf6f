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

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** An 800×600 product image: the class pictogram on the class colour, with the product's model name. */
export function productImageSvg(pictogram: keyof typeof PICTOGRAMS, colour: string, caption: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600" viewBox="0 0 800 600" role="img">
<rect width="800" height="600" fill="${colour}"/>
<g transform="translate(250 90) scale(1.5)" fill="none" stroke="#ffffff" stroke-width="8" stroke-linecap="round" stroke-linejoin="round">${PICTOGRAMS[pictogram]}</g>
<text x="400" y="540" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-size="34" fill="#ffffff">${escapeXml(caption)}</text>
</svg>`
}
