import { UUID_PATTERN } from "@/lib/db/uuid";

// The payloads of the database's notifications (migration live_board_notifications), read
// defensively: anything that does not look exactly right is dropped rather than pushed.

export const BOARD_CHANNEL = "gastvrij_board";
export const STAFF_CHANNEL = "gastvrij_staff";

export interface BoardNotification {
  locationId: string;
  kind: "b" | "o" | "c";
  /** Bookings only: the arrival day the rows belong to ("YYYY-MM-DD"). */
  day?: string;
  ids?: string[];
  all?: boolean;
}

export type StaffNotification = { sessionId: string } | { userId: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isUuid = (value: unknown): value is string => typeof value === "string" && UUID_PATTERN.test(value);

function parseJson(payload: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(payload);
    return value && typeof value === "object" && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

export function parseBoardNotification(payload: string): BoardNotification | null {
  const value = parseJson(payload);
  if (!value || !isUuid(value.l)) return null;
  const kind = value.k;
  if (kind !== "b" && kind !== "o" && kind !== "c") return null;
  const day = typeof value.d === "string" && DAY.test(value.d) ? value.d : undefined;
  if (value.all === true) return { locationId: value.l.toLowerCase(), kind, day, all: true };
  if (!Array.isArray(value.ids) || value.ids.length === 0 || !value.ids.every(isUuid)) return null;
  return {
    locationId: value.l.toLowerCase(),
    kind,
    day,
    ids: value.ids.map((id) => id.toLowerCase()),
  };
}

export function parseStaffNotification(payload: string): StaffNotification | null {
  const value = parseJson(payload);
  if (!value) return null;
  if (isUuid(value.s)) return { sessionId: value.s.toLowerCase() };
  if (isUuid(value.u)) return { userId: value.u.toLowerCase() };
  return null;
}
