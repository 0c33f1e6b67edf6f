import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import scrubChildOrderContacts from "../../src/migration-scripts/scrub-child-order-contacts"
import { ORDER_GROUP_MODULE } from "../../src/modules/order-group"
import type OrderGroupModuleService from "../../src/modules/order-group/service"
import { integrationTestRunner } from "./runner"

jest.setTimeout(300_000)

const BUYER = {
  email: "aigerim@example.kz",
  shipTo: { first_name: "Aigerim", last_name: "Nurlanovna", address_1: "Abay Ave 10", city: "Almaty", postal_code: "050000", country_code: "kz" },
  phone: "+77011234567",
  billing: { first_name: "Aigerim", last_name: "Nurlanovna", address_1: "Dostyk 5", city: "Almaty", postal_code: "050010", country_code: "kz", phone: "+77017654321" },
}

integrationTestRunner({
  startFrom: "migrated",
  inApp: true,
  testSuite: ({ getContainer }) => {
    it("the migration script clears the buyer's contact data from child orders split the old way, once, and leaves the buyer's order alone", async () => {
      const container = getContainer()
      const orders = container.resolve(Modules.ORDER)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const item = { title: "Folding wheelchair", quantity: 1, unit_price: 120 }
      const asBuyerHad = {
        currency_code: "usd",
        email: BUYER.email,
        shipping_address: { ...BUYER.shipTo, phone: BUYER.phone, metadata: { note: "ring twice" } },
        billing_address: BUYER.billing,
        items: [item],
      }
      // The buyer's order, and a child order as the split wrote it before it stopped copying contact data.
      const [buyerOrder, child] = await orders.createOrders([asBuyerHad, { ...asBuyerHad, metadata: { manufacturer_id: "mfr_1" } }])
      await orders.updateOrders(child.id, { metadata: { buyer_order_id: buyerOrder.id, manufacturer_id: "mfr_1" } })
      const groups = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
      const group = await groups.createOrderGroups({ buyer_order_id: buyerOrder.id, currency_code: "usd" })
      await groups.createChildOrders({ order_group_id: group.id, order_id: child.id, manufacturer_id: "mfr_1" })

      const read = async (id: string) =>
        (await query.graph({ entity: "order", fields: ["email", "shipping_address.*", "billing_address.*"], filters: { id } })).data[0]
      const buyerBefore = await read(buyerOrder.id)
      expect((await read(child.id)).billing_address).toMatchObject({ phone: BUYER.billing.phone })

      await scrubChildOrderContacts({ container } as never)
      const scrubbed = await read(child.id)
      expect(scrubbed.email).toBeNull()
      expect(scrubbed.billing_address).toBeFalsy()
      // The label's ship-to lines stay; the phone and the rest do not.
      expect(scrubbed.shipping_address).toMatchObject({ ...BUYER.shipTo, phone: null, metadata: null, customer_id: null })
      expect(await read(buyerOrder.id)).toEqual(buyerBefore)
      // No billing row is left behind for nobody.
      const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      expect((await db("order_address").where({ phone: BUYER.billing.phone }).count("* as n"))[0].n).toBe("1")

      // Again: nothing changes.
      await scrubChildOrderContacts({ container } as never)
      expect(await read(child.id)).toEqual(scrubbed)
      expect(await read(buyerOrder.id)).toEqual(buyerBefore)
    })
  },
})
