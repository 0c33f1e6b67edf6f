import Link from "next/link"
import { CertificateForm } from "@/components/forms/certificate-form"
import { LoadError } from "@/components/shell"
import { uploadCertificate } from "@/lib/actions/vendor"
import { getMessages } from "@/lib/i18n"
import { call } from "@/lib/session"
import type { Certificate } from "@/lib/types"
import { CertificateTable } from "@/components/certificate-table"
import { SignupSteps } from "@/components/signup-steps"

export function generateMetadata() {
  return { title: getMessages().certificates.title }
}

/** The company's certificates; also the last step of sign-up (?onboarding=1). */
export default async function Certificates({ searchParams }: { searchParams: { onboarding?: string } }) {
  const t = getMessages()
  const onboarding = !!searchParams.onboarding
  let certificates: Certificate[] = []
  let error: unknown
  try {
    ;({ certificates } = await call<{ certificates: Certificate[] }>("manufacturer", "/vendor/certificates"))
  } catch (e) {
    error = e
  }
  return (
    <>
      <h1>{onboarding ? t.signup.stepNames[2] : t.certificates.title}</h1>
      {onboarding ? (
        <>
          <SignupSteps current={3} />
          <p>{t.certificates.onboarding}</p>
        </>
      ) : null}
      <h2>{t.certificates.upload}</h2>
      <CertificateForm
        action={uploadCertificate}
        fields={t.certificates.fields}
        types={t.certificates.types}
        text={{ submit: t.certificates.upload, errorSummary: t.common.errorSummary, required: t.common.required, choose: t.products.noClass }}
      />
      {error ? <LoadError error={error} /> : <CertificateTable certificates={certificates} caption={t.certificates.list} />}
      {onboarding ? (
        <p>
          <Link className="button" href="/status">
            {t.certificates.continue}
          </Link>
        </p>
      ) : null}
    </>
  )
}
