/**
 * The demo catalog: assistive products by ISO 9999 class, with the trade data customs needs
 * (10-digit Chinese commodity code whose first six digits are the HS 2022 subheading, weights,
 * dimensions). HS choices follow packages/trade-kit/reference/customs-and-markets.md §3.
 */
export type IsoClass = {
  code: string
  name: string
  parent: { code: string; name: string }
  pictogram: keyof typeof import("./pictograms").PICTOGRAMS
  colour: string
}

export const ISO_CLASSES: IsoClass[] = [
  { code: "12 22", name: "Manual wheelchairs", parent: { code: "12", name: "Personal mobility and transportation" }, pictogram: "wheelchair", colour: "#1f5f8b" },
  { code: "12 23", name: "Powered wheelchairs and scooters", parent: { code: "12", name: "Personal mobility and transportation" }, pictogram: "powerchair", colour: "#14507a" },
  { code: "12 03", name: "Walking aids manipulated by one arm", parent: { code: "12", name: "Personal mobility and transportation" }, pictogram: "cane", colour: "#6b4e16" },
  { code: "12 06", name: "Walking aids manipulated by both arms", parent: { code: "12", name: "Personal mobility and transportation" }, pictogram: "rollator", colour: "#7a3e0b" },
  { code: "12 36", name: "Assistive products for lifting persons", parent: { code: "12", name: "Personal mobility and transportation" }, pictogram: "hoist", colour: "#47566b" },
  { code: "06 12", name: "Lower-limb orthoses", parent: { code: "06", name: "Orthoses and prostheses" }, pictogram: "orthosis", colour: "#5b3f8c" },
  { code: "06 03", name: "Spinal and cranial orthoses", parent: { code: "06", name: "Orthoses and prostheses" }, pictogram: "brace", colour: "#4b2f7c" },
  { code: "22 06", name: "Hearing aids", parent: { code: "22", name: "Communication and information management" }, pictogram: "hearing", colour: "#0f6b5c" },
  { code: "22 03", name: "Assistive products for seeing", parent: { code: "22", name: "Communication and information management" }, pictogram: "magnifier", colour: "#0b5e6e" },
  { code: "18 12", name: "Beds and bed equipment", parent: { code: "18", name: "Furnishings, fixtures and other products for indoor and outdoor environments" }, pictogram: "bed", colour: "#8b2f3c" },
  { code: "09 12", name: "Assistive products for toileting", parent: { code: "09", name: "Self-care activities and participation in self-care" }, pictogram: "commode", colour: "#2f6b2f" },
  { code: "04 48", name: "Equipment for movement, strength and balance training", parent: { code: "04", name: "Measuring, stimulating or training physiological and psychological functions" }, pictogram: "trainer", colour: "#6b2f5f" },
]

export type DemoProduct = {
  handle: string
  title: string
  manufacturer: string
  iso: string
  /** Chinese 10-digit commodity code (first 6 = HS 2022 subheading). */
  hsCode: string
  usd: number
  netKg: number
  grossKg: number
  /** Packed length × width × height in millimetres. */
  dimsMm: [number, number, number]
  material: string
  deviceClass: "I" | "IIa" | "II"
  option: { title: string; values: string[]; usdStep?: number }
  highlights: string
}

type Row = [string, string, string, string, string, number, number, number, [number, number, number], string, DemoProduct["deviceClass"], string, string[], number, string]

// handle, title, manufacturer, ISO class, HS10, USD, net kg, gross kg, dims mm, material, class, option, values, USD step per value, highlights
const ROWS: Row[] = [
  ["kangyi-lightweight-aluminium-wheelchair", "Lightweight aluminium wheelchair KY-860", "jiaxing-kangyi", "12 22", "8713100000", 189, 12.5, 15.8, [820, 330, 760], "Aluminium alloy", "I", "Seat width", ["41 cm", "46 cm", "51 cm"], 10, "Folds to 33 cm; quick-release rear wheels; 100 kg user weight."],
  ["kangyi-steel-standard-wheelchair", "Standard steel wheelchair KY-809", "jiaxing-kangyi", "12 22", "8713100000", 119, 17.9, 21.0, [850, 340, 800], "Chromed steel", "I", "Seat width", ["43 cm", "46 cm", "51 cm"], 8, "Solid tyres, swing-away footrests, 120 kg user weight."],
  ["kangyi-transport-chair", "Attendant-propelled transport chair KY-720", "jiaxing-kangyi", "12 22", "8713100000", 149, 9.8, 12.6, [780, 300, 700], "Aluminium alloy", "I", "Seat width", ["43 cm", "46 cm"], 0, "12-inch rear wheels, attendant brakes, lap belt."],
  ["kangyi-reclining-high-back-wheelchair", "Reclining high-back wheelchair KY-902", "jiaxing-kangyi", "12 22", "8713100000", 329, 24.0, 28.5, [950, 380, 900], "Powder-coated steel", "I", "Seat width", ["46 cm", "51 cm"], 15, "Backrest reclines to 170°, elevating leg rests, head support."],
  ["kangyi-active-rigid-wheelchair", "Active rigid-frame wheelchair KY-A1", "jiaxing-kangyi", "12 22", "8713100000", 579, 8.2, 11.0, [800, 420, 420], "7005 aluminium", "I", "Seat width", ["36 cm", "38 cm", "40 cm", "42 cm"], 0, "Adjustable centre of gravity, camber 0–3°, for daily active users."],
  ["kangyi-paediatric-wheelchair", "Paediatric wheelchair KY-K30", "jiaxing-kangyi", "12 22", "8713100000", 269, 11.0, 14.0, [760, 300, 680], "Aluminium alloy", "I", "Seat width", ["30 cm", "35 cm"], 0, "Grows with the child: adjustable seat depth and footplate height."],
  ["kangyi-bariatric-wheelchair", "Heavy-duty bariatric wheelchair KY-HD6", "jiaxing-kangyi", "12 22", "8713100000", 399, 25.5, 30.0, [900, 420, 820], "Reinforced steel", "I", "Seat width", ["56 cm", "61 cm", "66 cm"], 20, "Double cross-brace, 200 kg user weight."],

  ["dongfang-folding-power-wheelchair", "Folding lithium power wheelchair DF-E20", "foshan-dongfang-mobility", "12 23", "8713900000", 899, 23.0, 30.0, [900, 420, 760], "Aluminium alloy", "II", "Battery", ["10 Ah (15 km)", "20 Ah (28 km)"], 120, "Folds in 3 s, joystick left or right, airline-approved battery."],
  ["dongfang-heavy-duty-power-wheelchair", "All-terrain power wheelchair DF-X7", "foshan-dongfang-mobility", "12 23", "8713900000", 1590, 58.0, 72.0, [1150, 650, 900], "Steel frame", "II", "Battery", ["40 Ah (30 km)", "60 Ah (45 km)"], 180, "Dual 400 W motors, climbs 12°, pneumatic tyres."],
  ["dongfang-carbon-power-wheelchair", "Carbon-fibre power wheelchair DF-C5", "foshan-dongfang-mobility", "12 23", "8713900000", 1990, 16.5, 22.0, [880, 400, 720], "Carbon fibre", "II", "Battery", ["10 Ah (18 km)", "15 Ah (25 km)"], 150, "16.5 kg frame with battery; remote-control folding."],
  ["dongfang-mobility-scooter-4-wheel", "Four-wheel mobility scooter DF-S4", "foshan-dongfang-mobility", "12 23", "8713900000", 1290, 62.0, 78.0, [1250, 600, 950], "Steel and ABS", "I", "Colour", ["Burgundy", "Blue", "Silver"], 0, "15 km/h top speed, basket, LED lights, 45 km range."],
  ["dongfang-travel-scooter-3-wheel", "Three-wheel travel scooter DF-T3", "foshan-dongfang-mobility", "12 23", "8713900000", 990, 38.0, 48.0, [1050, 520, 900], "Aluminium and ABS", "I", "Colour", ["Red", "Graphite"], 0, "Dismantles into five parts without tools for car boots."],
  ["dongfang-standing-power-wheelchair", "Standing power wheelchair DF-ST1", "foshan-dongfang-mobility", "12 23", "8713900000", 4890, 95.0, 120.0, [1100, 680, 1100], "Steel frame", "II", "Seat width", ["43 cm", "48 cm"], 0, "Powered sit-to-stand, tilt and recline, programmable controller."],

  ["anjian-adjustable-aluminium-cane", "Height-adjustable aluminium walking cane AJ-C1", "hebei-anjian-orthopaedic", "12 03", "6602000000", 15, 0.4, 0.6, [900, 80, 60], "Aluminium", "I", "Colour", ["Black", "Bronze", "Floral"], 0, "10 height settings from 73 to 96 cm, ergonomic derby handle."],
  ["anjian-folding-cane-with-light", "Folding cane with LED light AJ-C5", "hebei-anjian-orthopaedic", "12 03", "6602000000", 22, 0.45, 0.7, [350, 90, 60], "Aluminium", "I", "Colour", ["Black", "Blue"], 0, "Folds into four, torch in the handle, wrist strap."],
  ["anjian-quad-cane", "Quad base walking cane AJ-Q4", "hebei-anjian-orthopaedic", "12 03", "9021100000", 32, 1.1, 1.5, [800, 220, 220], "Aluminium and steel", "I", "Base", ["Small base", "Large base"], 4, "Stands on its own; four rubber tips for stability."],
  ["anjian-forearm-crutches", "Forearm crutches, pair AJ-F2", "hebei-anjian-orthopaedic", "12 03", "9021100000", 39, 1.2, 1.7, [1000, 150, 120], "Aluminium", "I", "Size", ["Adult", "Tall adult", "Child"], 0, "Adjustable cuffs and height, soft-grip handles, sold as a pair."],
  ["anjian-underarm-crutches", "Underarm crutches, pair AJ-U1", "hebei-anjian-orthopaedic", "12 03", "9021100000", 29, 1.6, 2.2, [1300, 200, 100], "Aluminium", "I", "Size", ["Youth", "Adult", "Tall adult"], 0, "Padded underarm rests, push-button height adjustment."],
  ["anjian-seat-cane", "Walking stick with folding seat AJ-S3", "hebei-anjian-orthopaedic", "12 03", "6602000000", 45, 1.3, 1.8, [880, 200, 150], "Aluminium", "I", "Colour", ["Black", "Grey"], 0, "Three-leg stool opens in one move; 100 kg seat load."],

  ["anjian-four-wheel-rollator", "Four-wheel rollator with seat AJ-R4", "hebei-anjian-orthopaedic", "12 06", "9021100000", 119, 7.5, 9.5, [680, 600, 320], "Aluminium", "I", "Handle height", ["Low (76–88 cm)", "Standard (84–96 cm)"], 0, "Loop brakes, padded seat and backrest, shopping bag."],
  ["anjian-indoor-walking-frame", "Folding walking frame AJ-W1", "hebei-anjian-orthopaedic", "12 06", "9021100000", 39, 2.4, 3.2, [550, 450, 120], "Aluminium", "I", "Style", ["Fixed", "Reciprocal"], 5, "Folds flat, 8 height settings, 136 kg user weight."],
  ["anjian-two-wheel-walker", "Two-wheel front walker AJ-W2", "hebei-anjian-orthopaedic", "12 06", "9021100000", 52, 3.1, 4.0, [600, 480, 140], "Aluminium", "I", "Size", ["Adult", "Junior"], 0, "5-inch front wheels and glide caps for smooth indoor use."],
  ["anjian-forearm-rollator", "Forearm-support rollator AJ-R9", "hebei-anjian-orthopaedic", "12 06", "9021100000", 189, 11.0, 14.0, [800, 650, 450], "Steel", "I", "Size", ["Medium", "Large"], 15, "Padded forearm troughs, central brake, for limited grip strength."],
  ["anjian-outdoor-rollator", "Outdoor rollator with large wheels AJ-R8", "hebei-anjian-orthopaedic", "12 06", "9021100000", 169, 8.5, 10.5, [700, 620, 350], "Aluminium", "I", "Colour", ["Green", "Grey", "Red"], 0, "10-inch pneumatic wheels for gravel and snow."],
  ["anjian-paediatric-posterior-walker", "Paediatric posterior walker AJ-P2", "hebei-anjian-orthopaedic", "12 06", "9021100000", 139, 4.2, 5.5, [600, 550, 250], "Aluminium", "I", "Size", ["Small", "Medium"], 0, "Encourages upright posture; one-way wheels prevent rolling back."],

  ["huikang-patient-hoist", "Electric patient hoist HK-L150", "changzhou-huikang-care", "12 36", "8428909000", 890, 38.0, 46.0, [1100, 650, 450], "Steel", "I", "Sling size", ["M", "L", "XL"], 0, "150 kg safe working load, emergency lowering, battery pack."],
  ["huikang-standing-hoist", "Sit-to-stand lift HK-S120", "changzhou-huikang-care", "12 36", "8428909000", 990, 34.0, 42.0, [1000, 620, 450], "Steel", "I", "Sling size", ["M", "L"], 0, "Knee pad and foot plate; for users with some weight bearing."],
  ["huikang-bath-lift", "Reclining bath lift HK-B60", "changzhou-huikang-care", "12 36", "8428909000", 459, 11.0, 14.0, [700, 420, 250], "Polypropylene", "I", "Colour", ["White", "Blue"], 0, "Lowers to 6 cm from the tub floor, waterproof hand control."],
  ["huikang-transfer-board", "Transfer board with turntable HK-T1", "changzhou-huikang-care", "12 36", "3926909090", 49, 1.6, 2.1, [700, 300, 60], "Polypropylene", "I", "Length", ["60 cm", "70 cm"], 5, "Slide disc for low-friction transfers between bed, chair and car."],
  ["huikang-ceiling-track-hoist", "Ceiling track hoist HK-C200", "changzhou-huikang-care", "12 36", "8428909000", 2490, 22.0, 35.0, [900, 400, 400], "Aluminium track", "I", "Track length", ["3 m", "4 m"], 150, "200 kg, charges on the track, soft start and stop."],

  ["anjian-hinged-knee-brace", "Hinged post-operative knee brace AJ-K3", "hebei-anjian-orthopaedic", "06 12", "9021100000", 69, 0.9, 1.2, [650, 200, 100], "Aluminium and foam", "I", "Size", ["S", "M", "L", "XL"], 0, "Range-of-motion hinge 0–120°, lockable."],
  ["anjian-ankle-foot-orthosis", "Ankle-foot orthosis AJ-AFO", "hebei-anjian-orthopaedic", "06 12", "9021100000", 55, 0.35, 0.6, [350, 150, 120], "Polypropylene", "I", "Size and side", ["S left", "S right", "M left", "M right", "L left", "L right"], 0, "Drop-foot support that fits in a normal shoe."],
  ["anjian-knee-ankle-foot-orthosis", "Knee-ankle-foot orthosis AJ-KAFO", "hebei-anjian-orthopaedic", "06 12", "9021100000", 349, 1.8, 2.4, [900, 250, 180], "Aluminium and carbon", "II", "Side", ["Left", "Right"], 0, "Drop-lock knee joints, made to a cast."],
  ["anjian-hip-abduction-orthosis", "Hip abduction orthosis AJ-H2", "hebei-anjian-orthopaedic", "06 12", "9021100000", 129, 1.1, 1.5, [500, 300, 150], "Aluminium and foam", "I", "Size", ["S", "M", "L"], 0, "Limits adduction and rotation after hip replacement."],
  ["anjian-night-foot-splint", "Night foot splint AJ-N1", "hebei-anjian-orthopaedic", "06 12", "9021100000", 35, 0.5, 0.7, [350, 160, 150], "Polypropylene", "I", "Size", ["S", "M", "L"], 0, "Keeps the ankle at 90° overnight for plantar fasciitis."],

  ["anjian-lumbar-support-brace", "Lumbar-sacral support brace AJ-L5", "hebei-anjian-orthopaedic", "06 03", "9021100000", 45, 0.4, 0.6, [350, 250, 80], "Elastic and steel stays", "I", "Size", ["S", "M", "L", "XL"], 0, "Four flexible stays, double pull straps."],
  ["anjian-cervical-collar", "Adjustable cervical collar AJ-CC", "hebei-anjian-orthopaedic", "06 03", "9021100000", 25, 0.2, 0.35, [300, 200, 120], "Polyethylene foam", "I", "Size", ["Short", "Regular", "Tall"], 0, "One collar fits 16 heights; tracheostomy opening."],
  ["anjian-scoliosis-brace", "Boston-type scoliosis brace AJ-SB", "hebei-anjian-orthopaedic", "06 03", "9021100000", 499, 1.3, 2.0, [500, 400, 300], "Polyethylene", "II", "Size", ["Child", "Teen", "Adult"], 60, "Custom-modified module; 23-hour wear regime."],
  ["anjian-posture-corrector", "Thoracic posture corrector AJ-PC", "hebei-anjian-orthopaedic", "06 03", "9021100000", 29, 0.3, 0.45, [300, 200, 60], "Breathable mesh", "I", "Size", ["S", "M", "L"], 0, "Shoulder retraction straps, worn under clothing."],
  ["anjian-tlso-brace", "Thoraco-lumbar (TLSO) brace AJ-T8", "hebei-anjian-orthopaedic", "06 03", "9021100000", 189, 1.5, 2.1, [550, 400, 200], "Polyethylene and foam", "II", "Size", ["M", "L", "XL"], 0, "Clamshell design for stable spinal fractures."],

  ["tingsheng-bte-digital-hearing-aid", "Behind-the-ear digital hearing aid TS-B12", "xiamen-tingsheng", "22 06", "9021400000", 239, 0.01, 0.25, [120, 90, 50], "ABS shell", "II", "Channels", ["8 channels", "12 channels", "16 channels"], 60, "Feedback cancellation, 3 programs, 312 battery."],
  ["tingsheng-ric-rechargeable-hearing-aid", "Rechargeable receiver-in-canal hearing aid TS-R20", "xiamen-tingsheng", "22 06", "9021400000", 489, 0.008, 0.35, [150, 100, 60], "ABS shell", "II", "Colour", ["Beige", "Silver", "Graphite"], 0, "24 h per charge, Bluetooth streaming, charging case."],
  ["tingsheng-cic-hearing-aid", "Completely-in-canal hearing aid TS-C4", "xiamen-tingsheng", "22 06", "9021400000", 359, 0.003, 0.2, [100, 80, 40], "Acrylic shell", "II", "Side", ["Left", "Right", "Pair"], 300, "Nearly invisible; for mild to moderate loss."],
  ["tingsheng-power-bte-hearing-aid", "Super-power BTE hearing aid TS-P80", "xiamen-tingsheng", "22 06", "9021400000", 329, 0.015, 0.28, [120, 90, 50], "ABS shell", "II", "Channels", ["8 channels", "16 channels"], 70, "Up to 80 dB gain for severe to profound loss, 675 battery."],
  ["tingsheng-paediatric-bte", "Paediatric tamper-proof BTE TS-K6", "xiamen-tingsheng", "22 06", "9021400000", 299, 0.009, 0.25, [120, 90, 50], "ABS shell", "II", "Colour", ["Sky blue", "Pink", "Green"], 0, "Locked battery door, FM/DAI input for classrooms."],
  ["tingsheng-tv-listening-amplifier", "TV listening amplifier set TS-TV1", "xiamen-tingsheng", "22 06", "8518400000", 89, 0.3, 0.7, [200, 150, 80], "ABS", "I", "Plug", ["EU plug", "UK plug"], 0, "Wireless headset with tone control; 30 m range."],

  ["mingshi-handheld-video-magnifier", "Handheld electronic magnifier MS-5", "shenzhen-mingshi-vision", "22 03", "9013800000", 199, 0.22, 0.6, [200, 150, 60], "ABS", "I", "Screen", ["4.3 inch", "5 inch"], 30, "2–32× zoom, 20 high-contrast colour modes, freeze frame."],
  ["mingshi-desktop-video-magnifier", "Desktop video magnifier (CCTV) MS-D22", "shenzhen-mingshi-vision", "22 03", "9013800000", 1190, 9.0, 13.0, [550, 450, 500], "Aluminium", "I", "Screen", ["22 inch", "24 inch"], 90, "Auto-focus camera, X-Y table, text-to-speech."],
  ["mingshi-led-stand-magnifier", "LED stand magnifier MS-L3", "shenzhen-mingshi-vision", "22 03", "9013800000", 35, 0.15, 0.3, [150, 100, 80], "Acrylic lens", "I", "Power", ["3×", "5×", "7×"], 4, "Aspheric lens at the right focal distance for reading."],
  ["mingshi-talking-watch", "Talking wrist watch MS-W1", "shenzhen-mingshi-vision", "22 03", "9102120000", 29, 0.05, 0.15, [100, 80, 60], "Stainless steel", "I", "Language", ["Russian", "Arabic", "English"], 0, "Announces time and date aloud; alarm."],
  ["mingshi-smart-cane-obstacle-sensor", "Ultrasonic guide cane MS-G7", "shenzhen-mingshi-vision", "22 03", "6602000000", 159, 0.4, 0.9, [1250, 80, 60], "Carbon fibre", "I", "Length", ["110 cm", "120 cm", "130 cm"], 0, "Vibrates before obstacles at chest height; folding."],
  ["mingshi-braille-label-kit", "Braille labelling kit MS-BK", "shenzhen-mingshi-vision", "22 03", "9017200000", 49, 0.6, 0.9, [300, 200, 80], "Steel and plastic", "I", "Kit", ["Basic", "Complete"], 20, "Slate, stylus and label tape for marking household items."],

  ["huikang-electric-home-care-bed", "Three-function electric home-care bed HK-E3", "changzhou-huikang-care", "18 12", "9402900000", 790, 78.0, 96.0, [2100, 1000, 400], "Steel and ABS", "I", "Mattress", ["Without mattress", "Foam mattress", "Pressure-relief mattress"], 120, "Back, knee and height adjustment; side rails; locking castors."],
  ["huikang-manual-care-bed", "Two-crank manual care bed HK-M2", "changzhou-huikang-care", "18 12", "9402900000", 359, 62.0, 75.0, [2050, 950, 350], "Steel", "I", "Mattress", ["Without mattress", "Foam mattress"], 80, "Backrest and leg sections by hand cranks."],
  ["huikang-alternating-pressure-mattress", "Alternating-pressure air mattress HK-AP", "changzhou-huikang-care", "18 12", "9404299000", 129, 4.5, 6.0, [500, 400, 250], "PVC and nylon", "I", "Cell type", ["Bubble", "Tubular"], 40, "Quiet pump prevents pressure ulcers for stage I–II."],
  ["huikang-bed-rail", "Foldable bed assist rail HK-R1", "changzhou-huikang-care", "18 12", "9402900000", 45, 3.2, 4.0, [700, 450, 100], "Steel", "I", "Length", ["45 cm", "90 cm"], 15, "Fits under any mattress, folds down for transfers."],
  ["huikang-over-bed-table", "Height-adjustable over-bed table HK-OT", "changzhou-huikang-care", "18 12", "9403200000", 89, 9.0, 11.0, [800, 450, 120], "Steel and MDF", "I", "Top", ["Plain", "Tilting"], 20, "Gas-spring height from 72 to 112 cm, castors."],
  ["huikang-bed-positioning-wedge", "Bed positioning wedge set HK-W3", "changzhou-huikang-care", "18 12", "9404909000", 59, 2.0, 2.8, [600, 400, 300], "Memory foam", "I", "Set", ["30° wedge", "Full set"], 30, "Turning support to relieve pressure; washable cover."],

  ["huikang-commode-chair", "Folding commode chair HK-CC", "changzhou-huikang-care", "09 12", "9402900000", 69, 6.0, 8.0, [550, 500, 300], "Aluminium", "I", "Style", ["Fixed arms", "Drop-down arms"], 15, "Bucket with lid, height adjustable, 136 kg."],
  ["huikang-shower-commode-wheelchair", "Shower commode wheelchair HK-SC", "changzhou-huikang-care", "09 12", "9402900000", 229, 13.5, 17.0, [900, 560, 500], "Aluminium", "I", "Seat", ["Standard", "Padded"], 25, "Rust-proof, four braked castors, rolls over a toilet."],
  ["huikang-raised-toilet-seat", "Raised toilet seat with arms HK-RT", "changzhou-huikang-care", "09 12", "9402900000", 39, 2.2, 3.0, [450, 400, 250], "Polypropylene", "I", "Height", ["10 cm", "15 cm"], 5, "Clamps to most toilets, removable arms."],
  ["huikang-toilet-safety-frame", "Toilet safety frame HK-TF", "changzhou-huikang-care", "09 12", "7615200000", 35, 2.5, 3.2, [600, 450, 100], "Aluminium", "I", "Width", ["Standard", "Wide"], 5, "Adjustable width and height, no drilling."],
  ["huikang-bedside-urinal-set", "Spill-proof urinal set HK-U2", "changzhou-huikang-care", "09 12", "3922900000", 19, 0.3, 0.5, [300, 150, 120], "Polypropylene", "I", "Version", ["Male", "Female"], 0, "Anti-spill valve, graduated, autoclavable."],

  ["mingshi-pedal-exerciser", "Motorised arm and leg exerciser MS-PX", "shenzhen-mingshi-vision", "04 48", "9019101000", 259, 11.0, 14.0, [550, 450, 350], "Steel and ABS", "I", "Mode", ["Passive", "Active-passive"], 60, "12 speeds, spasm detection, for stroke rehabilitation."],
  ["mingshi-finger-rehabilitation-glove", "Robotic hand rehabilitation glove MS-HG", "shenzhen-mingshi-vision", "04 48", "9019101000", 399, 0.6, 1.2, [300, 250, 120], "Silicone and TPU", "II", "Hand", ["Left", "Right"], 0, "Mirror therapy with a sensor glove on the healthy hand."],
  ["mingshi-balance-trainer-board", "Balance trainer board with app MS-BT", "shenzhen-mingshi-vision", "04 48", "9506910000", 119, 3.5, 4.5, [500, 500, 150], "ABS", "I", "Difficulty", ["Beginner", "Advanced"], 20, "Bluetooth tilt sensor, games and progress reports."],
  ["mingshi-parallel-bars", "Folding parallel bars MS-PB", "shenzhen-mingshi-vision", "04 48", "9019101000", 690, 45.0, 58.0, [2100, 600, 250], "Steel", "I", "Length", ["2 m", "3 m"], 150, "Height and width adjustable gait training bars."],
  ["mingshi-tens-unit", "Dual-channel TENS unit MS-T2", "shenzhen-mingshi-vision", "04 48", "9018905000", 49, 0.15, 0.4, [180, 120, 50], "ABS", "IIa", "Kit", ["Basic", "With 16 pads"], 12, "24 programmes for pain relief; rechargeable."],
]

export const DEMO_PRODUCTS: DemoProduct[] = ROWS.map(
  ([handle, title, manufacturer, iso, hsCode, usd, netKg, grossKg, dimsMm, material, deviceClass, optionTitle, values, usdStep, highlights]) => ({
    handle,
    title,
    manufacturer,
    iso,
    hsCode,
    usd,
    netKg,
    grossKg,
    dimsMm,
    material,
    deviceClass,
    option: { title: optionTitle, values, usdStep },
    highlights,
  })
)
