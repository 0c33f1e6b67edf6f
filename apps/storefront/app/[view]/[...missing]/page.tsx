import { notFound } from "next/navigation"

// Every path is rewritten under /{view}: one that no page matches gets the not-found page in its view.
export default function Missing() {
  notFound()
}
