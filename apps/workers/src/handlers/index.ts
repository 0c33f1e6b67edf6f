import { orderPlacedJob } from "@aem/job-contracts"
import { register } from "../handler"
import { handleOrderPlaced } from "./order-placed"

/** Every job the workers consume: one line per contract. */
export const HANDLERS = [register(orderPlacedJob, handleOrderPlaced)]
