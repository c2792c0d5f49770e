import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "./actor";

/** What the top bar shows about the signed-in user. */
export async function getShellUser(actor: Actor) {
  const locations = actor.locationIds.length
    ? await db.location.findMany({
        where: { id: { in: actor.locationIds } },
        select: { name: true },
        orderBy: { name: "asc" },
      })
    : [];
  return { name: actor.name, role: actor.role, locations: locations.map((location) => location.name) };
}
