import "server-only";
import { locationScope, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { LocationType } from "@/lib/generated/prisma/enums";
import { UUID_PATTERN } from "@/lib/db/uuid";
import type { BoardLocation, BoardLocationChoice } from "./board-types";
import { DeskNotFound } from "./desk-errors";

export interface ResolvedBoardLocation {
  /** Null when the actor works at no location of this type. */
  location: BoardLocation | null;
  choices: BoardLocationChoice[];
}

/**
 * The hotel (arrivals) or store (pickups) a board shows: the one asked for by id or code, else the
 * actor's first by name. One asked for that is unknown, of the other type or outside the actor's
 * locations is a 404, so its existence is never revealed.
 */
export async function resolveBoardLocation(
  actor: Actor,
  type: LocationType,
  requested: string | undefined,
): Promise<ResolvedBoardLocation> {
  const scope = locationScope(actor);
  const locations = await db.location.findMany({
    where: { type, ...(scope ? { id: { in: scope } } : {}) },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, code: true, name: true, city: true, timeZone: true },
  });
  const choices = locations.map(({ id, code, name }) => ({ id, code, name }));
  if (requested === undefined) return { location: locations[0] ?? null, choices };

  const wanted = requested.trim();
  const location = UUID_PATTERN.test(wanted)
    ? locations.find((candidate) => candidate.id === wanted.toLowerCase())
    : locations.find((candidate) => candidate.code === wanted.toUpperCase());
  if (!location) {
    throw type === "hotel"
      ? new DeskNotFound({ key: "boards.errors.noSuchHotel" }, "No such hotel among your locations.")
      : new DeskNotFound({ key: "boards.errors.noSuchStore" }, "No such store among your locations.");
  }
  return { location, choices };
}
