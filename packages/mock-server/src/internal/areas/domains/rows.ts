/**
 * The domains as the test controls list them (`GET /__admin/state/domains`, the dashboard), with
 * their domain control validation at the Clock's time.
 */
import { type DomainRow, rowTime } from "../../state/overview.js"
import { type DomainRecord, orderStatusOf, statusAt } from "./state.js"

/** One domain's row at `now`. */
export const domainRow = (record: DomainRecord, now: number): DomainRow => ({
  id: record.id,
  name: record.name,
  active: record.active,
  dcvStatus: statusAt(record, now),
  dcvMethod: record.validationMethod ?? null,
  orderStatus: orderStatusOf(record),
  orderMode: record.order?.challenge.mode ?? null,
  dcvExpires: rowTime(record.expires),
  delegatedTo: record.delegations.map((delegation) => delegation.orgId)
})
