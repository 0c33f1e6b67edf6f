import { addressFormat, addressProblems } from "../address-format"

const base = { first_name: "Aigerim", last_name: "N", address_1: "Abay 10", city: "Almaty", phone: "+7 701 000 0000" }

describe("addressProblems", () => {
  it("accepts Kazakhstan's new and old postal codes and rejects others", () => {
    expect(addressProblems("kz", { ...base, postal_code: "Z05H9E8" })).toEqual([])
    expect(addressProblems("kz", { ...base, postal_code: "050000" })).toEqual([])
    expect(addressProblems("kz", { ...base, postal_code: "5000" })).toEqual(["postal_code"])
  })
  it("needs the district and a five-digit code in Saudi Arabia", () => {
    expect(addressProblems("sa", { ...base, postal_code: "12345" })).toEqual(["address_2"])
    expect(addressProblems("sa", { ...base, address_2: "Al Olaya", postal_code: "12345-6789" })).toEqual([])
  })
  it("asks no postal code in the UAE but the emirate", () => {
    expect(addressFormat("ae").fields).not.toContain("postal_code")
    expect(addressProblems("ae", base)).toEqual(["province"])
  })
  it("flags a phone number with letters", () => {
    expect(addressProblems("id", { ...base, province: "Jawa Barat", postal_code: "40111", phone: "call me" })).toEqual(["phone"])
  })
})
