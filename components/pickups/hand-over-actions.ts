"use server";

import { staffAction } from "@/lib/api/staff-action";
import { handOverOrder } from "@/lib/pickups/hand-over-order";

// Nothing is revalidated: the board refreshes its own query after the hand-over.
export const handOverAction = staffAction("pickups.handOver", (actor, input: unknown) =>
  handOverOrder(actor, input),
);
