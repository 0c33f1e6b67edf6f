import { TableWrap } from "./table-wrap"

/**
 * A horizontal bar chart as SVG with its figures as a table next to it: the SVG is an image named by
 * its caption and summed up in its description; the table is the text alternative (and what a screen
 * reader or a spreadsheet copy reads). Bars scale to the largest value; labels never rotate.
 */
export function BarChart({
  id,
  caption,
  summary,
  headers,
  rows,
}: {
  id: string
  caption: string
  /** One sentence saying what the chart shows (e.g. the largest bar), for the SVG's description. */
  summary: string
  headers: [string, string]
  rows: { label: string; value: number; shown?: string }[]
}) {
  const max = Math.max(1, ...rows.map((r) => r.value))
  const barH = 22
  const height = Math.max(1, rows.length) * (barH + 8)
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      {rows.length > 0 && (
        <svg role="img" aria-labelledby={`${id}-caption ${id}-desc`} viewBox={`0 0 400 ${height}`} width="100%" preserveAspectRatio="xMinYMin meet">
          <desc id={`${id}-desc`}>{summary}</desc>
          {rows.map((r, i) => {
            const w = Math.max(2, (r.value / max) * 250)
            const y = i * (barH + 8)
            return (
              <g key={r.label} aria-hidden="true">
                <text x="0" y={y + barH * 0.7} fontSize="12" fill="currentColor">{r.label}</text>
                <rect x="110" y={y} width={w} height={barH} className="chart-bar" />
                <text x={110 + w + 4} y={y + barH * 0.7} fontSize="12" fill="currentColor">{r.shown ?? r.value}</text>
              </g>
            )
          })}
        </svg>
      )}
      <TableWrap>
        <table>
          <thead>
            <tr>
              <th scope="col">{headers[0]}</th>
              <th scope="col">{headers[1]}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td>{r.shown ?? r.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </figure>
  )
}
