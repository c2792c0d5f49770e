// Expected outcome of every route handler and server action per caller. Statuses for actions are
// their ActionResult status (200 when ok). Each entry's `call` makes a realistic request.
import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import type { Role } from "@/lib/auth/permissions";
import { INGEST_MATRIX } from "./authorization-matrix.ingest-entries";
import { IMPORT_MATRIX } from "./authorization-matrix.import-entries";
import { BOARDS_MATRIX } from "./authorization-matrix.boards-entries";
import { LIVE_MATRIX } from "./authorization-matrix.live-entries";
import { POLICY_MATRIX } from "./authorization-matrix.policy-entries";
import { ELIGIBILITY_MATRIX } from "./authorization-matrix.eligibility-entries";
import { TIMELINE_MATRIX } from "./authorization-matrix.timeline-entries";
import { SEARCH_MATRIX } from "./authorization-matrix.search-entries";
import { PRIVACY_MATRIX } from "./authorization-matrix.privacy-entries";
import { SECOND_FACTOR_MATRIX } from "./authorization-matrix.second-factor-entries";
import { ACCOUNT_MATRIX } from "./authorization-matrix.account-entries";
import { INSIGHTS_MATRIX } from "./authorization-matrix.insights-entries";
import { everyone, type Handler, type ActionResultLike } from "./authorization-matrix.expect";

export type Caller = "anonymous" | Role;
export interface MatrixContext {
  root: string;
  /** A staff account that admin actions may change freely. */
  targetUserId: string;
  locationId: string;
}
export interface MatrixEntry {
  expect: Record<Caller, number>;
  call: (context: MatrixContext) => Promise<number>;
}

function request(method: string, url: string, body?: unknown): NextRequest {
  return new NextRequest(new URL(url, "http://localhost"), {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function callRoute(
  load: () => Promise<Record<string, unknown>>,
  method: string,
  url: string,
  params: Record<string, string | string[]> = {},
  body?: unknown,
) {
  const handler = (await load())[method] as Handler;
  const response = await handler(request(method, url, body), { params: Promise.resolve(params) });
  return response.status;
}

async function callAction(load: () => Promise<Record<string, unknown>>, name: string, ...args: unknown[]) {
  const action = (await load())[name] as (...a: unknown[]) => Promise<ActionResultLike>;
  const result = await action(...args);
  return result.ok ? 200 : result.status;
}

async function delegatesToNextAuth(root: string): Promise<number> {
  const { readFile } = await import("node:fs/promises");
  const source = await readFile(`${root}/app/api/auth/[...nextauth]/route.ts`, "utf8");
  const isDelegated =
    /NextAuth\(authOptions\)/.test(source) && /export \{ handler as GET, handler as POST \}/.test(source);
  return isDelegated ? 200 : 500;
}

const only = (allowed: Role[], okStatus = 200, deniedStatus = 403): Record<Caller, number> => ({
  anonymous: 401,
  intern: allowed.includes("intern") ? okStatus : deniedStatus,
  receptionist: allowed.includes("receptionist") ? okStatus : deniedStatus,
  store_staff: allowed.includes("store_staff") ? okStatus : deniedStatus,
  manager: allowed.includes("manager") ? okStatus : deniedStatus,
  admin: allowed.includes("admin") ? okStatus : deniedStatus,
});
const signedIn = (status = 200) => ({ ...everyone(status), anonymous: 401 });

export const MATRIX: Record<string, MatrixEntry> = {
  ...INGEST_MATRIX,
  ...IMPORT_MATRIX,
  ...BOARDS_MATRIX,
  ...LIVE_MATRIX,
  ...POLICY_MATRIX,
  ...ELIGIBILITY_MATRIX,
  ...TIMELINE_MATRIX,
  ...SEARCH_MATRIX,
  ...PRIVACY_MATRIX,
  ...SECOND_FACTOR_MATRIX,
  ...ACCOUNT_MATRIX,
  ...INSIGHTS_MATRIX,
  "GET /api/health": {
    expect: everyone(200),
    call: () => callRoute(() => import("@/app/api/health/route"), "GET", "/api/health"),
  },
  // next-auth's own sign-in/out, CSRF and session endpoints are public by design and only work inside
  // Next's request scope; the e2e sign-in tests drive them over HTTP. Here: the file must hand both
  // methods to next-auth and nothing else.
  "GET /api/auth/[...nextauth]": { expect: everyone(200), call: ({ root }) => delegatesToNextAuth(root) },
  "POST /api/auth/[...nextauth]": { expect: everyone(200), call: ({ root }) => delegatesToNextAuth(root) },
  "GET /api/audit/export": {
    expect: only(["manager", "admin"]),
    call: () =>
      callRoute(
        () => import("@/app/api/audit/export/route"),
        "GET",
        "/api/audit/export?action=customer.view",
      ),
  },
  "action components/admin/user-actions.ts#createUserAction": {
    expect: only(["admin"]),
    call: () =>
      callAction(() => import("@/components/admin/user-actions"), "createUserAction", {
        email: `matrix.${randomUUID()}@test.gastvrij.nl`,
        name: "Matrix User",
        role: "intern",
        password: "matrix-password-unique-77",
        locationIds: [],
      }),
  },
  "action components/admin/user-actions.ts#updateUserAction": {
    expect: only(["admin"]),
    call: ({ targetUserId, locationId }) =>
      callAction(() => import("@/components/admin/user-actions"), "updateUserAction", {
        id: targetUserId,
        name: "Matrix Target",
        role: "intern",
        locationIds: [locationId],
      }),
  },
  "action components/admin/user-actions.ts#setUserDisabledAction": {
    expect: only(["admin"]),
    call: ({ targetUserId }) =>
      callAction(
        () => import("@/components/admin/user-actions"),
        "setUserDisabledAction",
        targetUserId,
        false,
      ),
  },
  "action components/admin/user-actions.ts#resetPasswordAction": {
    expect: only(["admin"]),
    call: ({ targetUserId }) =>
      callAction(() => import("@/components/admin/user-actions"), "resetPasswordAction", {
        id: targetUserId,
        password: "matrix-reset-password-88",
      }),
  },
  "action components/admin/location-actions.ts#createLocationAction": {
    expect: only(["admin"]),
    call: () =>
      callAction(() => import("@/components/admin/location-actions"), "createLocationAction", {
        code: `M-${randomUUID().slice(0, 8).toUpperCase()}`,
        name: "Matrix Store",
        type: "store",
        city: "Delft",
        timeZone: "Europe/Amsterdam",
      }),
  },
  "action components/admin/location-actions.ts#updateLocationAction": {
    expect: only(["admin"]),
    call: ({ locationId }) =>
      callAction(() => import("@/components/admin/location-actions"), "updateLocationAction", {
        id: locationId,
        code: "HTL-MTX",
        name: "Matrix Hotel",
        type: "hotel",
        city: "Amsterdam",
        timeZone: "Europe/Amsterdam",
      }),
  },
  // Open to every signed-in user for their own account; a wrong current password is a 400.
  "action components/auth/password-actions.ts#changePasswordAction": {
    expect: signedIn(400),
    call: () =>
      callAction(() => import("@/components/auth/password-actions"), "changePasswordAction", {
        currentPassword: "not-my-password",
        newPassword: "another-good-password-91",
      }),
  },
};
