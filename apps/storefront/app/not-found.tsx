import Link from "next/link"

export default function NotFound() {
  return (
    <main id="main">
      <h1>Page not found</h1>
      <p>
        We could not find that page, product or country. <Link href="/">Choose your country</Link> to see the catalogue.
      </p>
    </main>
  )
}
