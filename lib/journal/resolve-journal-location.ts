import "server-only";
import { locationScope, type Actor } from "@/lib/auth/actor";
import { ValidationError } from "@/lib/errors";
import { readRows } from "@/lib/db/read-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import { PREPARED } from "@/lib/db/prepared-statements";
import type { TimelineLocation } from "@/lib/timeline/timeline-types";

/** Where the actor may say something happened: their own locations; admins any location. */
export async function listJournalLocations(actor: Actor): Promise<TimelineLocation[]> {
  const scope = locationScope(actor);
  return readRows<TimelineLocation>(Prisma.sql`${PREPARED}
    SELECT id, name FROM "Location"
    WHERE ${scope === null ? Prisma.sql`true` : Prisma.sql`id = ANY(${scope}::uuid[])`}
    ORDER BY type, name, id`);
}

const invalid = (message: string) =>
  new ValidationError(`locationId: ${message}`, [{ path: "locationId", message }]);

/**
 * The location an entry is placed at. Staff with one location needn't choose; with several (or as an
 * admin) they must, and only among their own.
 */
export async function resolveJournalLocation(
  actor: Actor,
  requested: string | undefined,
): Promise<TimelineLocation> {
  const allowed = await listJournalLocations(actor);
  if (requested === undefined) {
    if (allowed.length === 1) return allowed[0]!;
    throw invalid(
      allowed.length === 0
        ? "you have no location to log this at; ask an admin to assign you one"
        : "choose the location where this happened",
    );
  }
  const location = allowed.find((candidate) => candidate.id === requested);
  if (!location) throw invalid("is not one of your locations");
  return location;
}
