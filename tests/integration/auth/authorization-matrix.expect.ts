// Shared by the matrix entry files: the expected status per caller, and the shapes they call.
import type { NextRequest } from "next/server";
import type { Role } from "@/lib/auth/permissions";

type Caller = "anonymous" | Role;

export type Handler = (
  request: NextRequest,
  context: { params: Promise<Record<string, string | string[]>> },
) => Promise<Response>;
export type ActionResultLike = { ok: true } | { ok: false; status: number };

/** The same status for every caller (the public API answers 401 to any staff session). */
export const everyone = (status: number): Record<Caller, number> => ({
  anonymous: status,
  intern: status,
  receptionist: status,
  store_staff: status,
  manager: status,
  admin: status,
});

/** 200 for the allowed roles, 403 for the other signed-in ones, 401 without a session. */
export const only = (allowed: Role[]): Record<Caller, number> => ({
  anonymous: 401,
  intern: allowed.includes("intern") ? 200 : 403,
  receptionist: allowed.includes("receptionist") ? 200 : 403,
  store_staff: allowed.includes("store_staff") ? 200 : 403,
  manager: allowed.includes("manager") ? 200 : 403,
  admin: allowed.includes("admin") ? 200 : 403,
});
