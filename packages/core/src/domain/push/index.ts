export { scheduleBookingReminders } from "../collaboration/reminders";
export { type Audience, type Recipient, recipientsOf } from "./audience";
export {
  type ClaimedDelivery,
  type ClaimOptions,
  claimDeliveries,
  type DeliveryOutcome,
  MAX_ATTEMPTS,
  recordOutcome,
  recordSent,
  renewLease,
} from "./deliveries";
export { fanOutPendingEvents, scheduleForumReminders } from "./fanout";
export type { AlertAction } from "./plan";
export { DIGEST_AT_MIN, deliveryTime } from "./schedule";
