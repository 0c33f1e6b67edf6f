import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { SpendingCheck } from "./spending"
import { decideApprovalStep, requestApprovalStep, type DecideApprovalInput } from "./steps/approvals"

type Recipient = { customer?: { email?: string | null } | null }
const emailsOf = (members: Recipient[]) => [...new Set(members.map((m) => m.customer?.email).filter((to): to is string => !!to))]

/** A cart over its member's limit asks for approval; the organisation's approvers and admins are told. */
export const requestOrganisationApprovalWorkflow = createWorkflow("request-organisation-approval", (check: SpendingCheck) => {
  const approval = requestApprovalStep(check)
  const { data: deciders } = useQueryGraphStep({
    entity: "organisation_member",
    fields: ["customer_id", "customer.email"],
    filters: transform({ check }, ({ check }) => ({ organisation_id: check.organisation_id, role: ["admin", "approver"] })),
  })
  sendNotificationsStep(
    transform({ check, approval, deciders }, ({ check, approval, deciders }) =>
      emailsOf(deciders.filter((d) => d.customer_id !== check.customer_id)).map((to) => ({
        to,
        channel: "email",
        template: "organisation-approval-requested",
        idempotency_key: `organisation-approval-requested:${approval.id}:${Number(approval.amount)}:${to}`,
        data: { organisation: check.organisation_name, approval_id: approval.id, amount: Number(approval.amount), currency_code: approval.currency_code },
      }))
    )
  )
  return new WorkflowResponse(approval)
})

/** An approver's decision, recorded (who, when, note); the member who asked is told. */
export const decideOrganisationApprovalWorkflow = createWorkflow("decide-organisation-approval", (input: DecideApprovalInput) => {
  const decided = decideApprovalStep(input)
  const { data: requester } = useQueryGraphStep({
    entity: "organisation_member",
    fields: ["customer.email"],
    filters: transform({ decided }, ({ decided }) => ({ customer_id: decided.requested_by })),
  })
  sendNotificationsStep(
    transform({ decided, requester }, ({ decided, requester }) =>
      emailsOf(requester).map((to) => ({
        to,
        channel: "email",
        template: "organisation-approval-decided",
        idempotency_key: `organisation-approval-decided:${decided.id}`,
        data: { approval_id: decided.id, status: decided.status, note: decided.note, cart_id: decided.cart_id },
      }))
    )
  )
  return new WorkflowResponse(decided)
})
