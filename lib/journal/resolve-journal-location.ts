import "server-only";
import { locationScope, type Actor } from "@/lib/auth/actor";
import { ValidationError } from "@/lib/auth/errors";
import { db } from "@/lib/db";
import type { TimelineLocation } from "@/lib/timeline/timeline-types";

/** Where the actor may say something happened: their own locations; admins any location. */
export async function listJournalLocations(actor: Actor): Promise<TimelineLocation[]> {
  const scope = locationScope(actor);
  return db.location.findMany({
    where: scope === null ? {} : { id: { in: scope } },
    select: { id: true, name: true },
    orderBy: [{ type: "asc" }, { name: "asc" }],
  });
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
