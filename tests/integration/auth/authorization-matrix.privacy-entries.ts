// Matrix entries for data-subject requests, erasure, suppression and retention (issue 14). Spread
// into MATRIX by authorization-matrix.entries.ts. Managers and admins export; only admins erase and
// manage privacy. The request API never looks at staff sessions; the download link is its own
// credential, so without a valid signature everyone gets 403.
import { randomBytes, randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { db } from "@/lib/db/client";
import type { MatrixContext, MatrixEntry } from "./authorization-matrix.entries";
import { everyone, only, type Handler, type ActionResultLike } from "./authorization-matrix.expect";

async function route(
  load: () => Promise<Record<string, unknown>>,
  method: string,
  path: string,
  params: Record<string, string> = {},
  body?: unknown,
) {
  const handler = (await load())[method] as Handler;
  const init =
    body === undefined
      ? { method }
      : { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
  return (
    await handler(new NextRequest(new URL(path, "http://localhost"), init), {
      params: Promise.resolve(params),
    })
  ).status;
}

async function action(name: string, ...args: unknown[]): Promise<number> {
  const actions = (await import("@/components/privacy/privacy-actions")) as Record<string, unknown>;
  const result = await (actions[name] as (...a: unknown[]) => Promise<ActionResultLike>)(...args);
  return result.ok ? 200 : result.status;
}

/** A fresh customer at the matrix location, so scoped managers see it and each erasure has one. */
async function customer({ locationId }: MatrixContext): Promise<string> {
  const row = await db.customer.create({
    data: { firstName: "Matrix", lastName: "Privacy", locations: { create: { locationId } } },
  });
  return row.id;
}

const exportRoute = () => import("@/app/api/customers/[id]/export/route");

export const PRIVACY_MATRIX: Record<string, MatrixEntry> = {
  "GET /api/customers/[id]/export": {
    expect: only(["manager", "admin"]),
    call: async (context) => {
      const id = await customer(context);
      return route(exportRoute, "GET", `/api/customers/${id}/export?format=html`, { id });
    },
  },
  "GET /api/v1/privacy/export-schema": {
    expect: everyone(200),
    call: () =>
      route(() => import("@/app/api/v1/privacy/export-schema/route"), "GET", "/api/v1/privacy/export-schema"),
  },
  "POST /api/v1/privacy/requests": {
    expect: everyone(401),
    call: () =>
      route(
        () => import("@/app/api/v1/privacy/requests/route"),
        "POST",
        "/api/v1/privacy/requests",
        {},
        {
          type: "access",
          identifierType: "email",
          identifier: "matrix@gastvrij-test.nl",
        },
      ),
  },
  "GET /api/v1/privacy/requests/[id]": {
    expect: everyone(401),
    call: () => {
      const id = randomUUID();
      return route(
        () => import("@/app/api/v1/privacy/requests/[id]/route"),
        "GET",
        `/api/v1/privacy/requests/${id}`,
        { id },
      );
    },
  },
  "GET /api/v1/privacy/requests/[id]/download": {
    expect: everyone(403),
    call: () => {
      const id = randomUUID();
      return route(
        () => import("@/app/api/v1/privacy/requests/[id]/download/route"),
        "GET",
        `/api/v1/privacy/requests/${id}/download?expires=9999999999&signature=forged`,
        { id },
      );
    },
  },
  "action components/privacy/privacy-actions.ts#eraseCustomerAction": {
    expect: only(["admin"]),
    call: async (context) =>
      action("eraseCustomerAction", {
        customerId: await customer(context),
        reason: "Authorization matrix",
        confirmation: "ERASE",
      }),
  },
  "action components/privacy/privacy-actions.ts#liftSuppressionAction": {
    expect: only(["admin"]),
    call: async () => {
      const row = await db.suppression.create({
        data: { type: "email", hash: randomBytes(32).toString("hex") },
      });
      return action("liftSuppressionAction", { suppressionId: row.id, reason: "Authorization matrix" });
    },
  },
  "action components/privacy/privacy-actions.ts#saveRetentionPolicyAction": {
    expect: only(["admin"]),
    call: async () =>
      action("saveRetentionPolicyAction", {
        eventDays: 400 + (await db.retentionPolicy.count()),
        inactiveCustomerDays: 1095,
        auditDays: 730,
        idempotencyDays: 30,
        note: "Authorization matrix",
      }),
  },
  "action components/privacy/privacy-actions.ts#logPrivacyRequestAction": {
    expect: only(["admin"]),
    call: async (context) =>
      action("logPrivacyRequestAction", {
        customerId: await customer(context),
        type: "access",
        receivedOn: "2026-11-30",
      }),
  },
  "action components/privacy/privacy-actions.ts#completePrivacyRequestAction": {
    expect: only(["admin"]),
    call: async (context) => {
      const request = await db.privacyRequest.create({
        data: {
          type: "access",
          customerId: await customer(context),
          requestedVia: "staff",
          dueAt: new Date(),
        },
      });
      return action("completePrivacyRequestAction", { requestId: request.id });
    },
  },
};
