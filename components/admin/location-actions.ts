"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/api/staff-action";
import { createLocation, updateLocation } from "@/lib/locations/manage-locations";

export const createLocationAction = staffAction("locations.manage", async (actor, input: unknown) => {
  const result = await createLocation(actor, input);
  revalidatePath("/admin/locations");
  return result;
});

export const updateLocationAction = staffAction("locations.manage", async (actor, input: unknown) => {
  await updateLocation(actor, input);
  revalidatePath("/admin/locations");
});
