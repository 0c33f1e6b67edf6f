import { getMessages } from "@/lib/i18n"

/** Where the person is in the three sign-up steps. */
export function SignupSteps({ current }: { current: 1 | 2 | 3 }) {
  const t = getMessages()
  return (
    <nav aria-label={t.signup.steps}>
      <ol className="steps">
        {t.signup.stepNames.map((name, i) => (
          <li key={name} aria-current={i + 1 === current ? "step" : undefined}>
            {i + 1}. {name}
          </li>
        ))}
      </ol>
    </nav>
  )
}
