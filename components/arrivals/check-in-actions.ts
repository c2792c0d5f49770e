"use server";

import { staffAction } from "@/lib/api/staff-action";
import { checkInBooking } from "@/lib/arrivals/check-in-booking";

// Nothing is revalidated: the board refreshes its own query after the check-in.
export const checkInAction = staffAction("arrivals.checkIn", (actor, input: unknown) =>
  checkInBooking(actor, input),
);
