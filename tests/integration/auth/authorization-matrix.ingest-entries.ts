// Matrix entries for the public API (issue 4) and the API-key, duplicate and merge admin actions.
// Spread into MATRIX by authorization-matrix.entries.ts. The public API never looks at staff
// sessions, so every caller without an API key gets 401, whatever their role.
import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { generateApiKey } from "@/lib/api-keys/api-key-secret";
import { db } from "@/lib/db/client";
import { mergeInTransaction } from "@/lib/identity/merge-in-transaction";
import type { MatrixContext, MatrixEntry } from "./authorization-matrix.entries";
import { everyone, only, type Handler, type ActionResultLike } from "./authorization-matrix.expect";

async function post(
  load: () => Promise<Record<string, unknown>>,
  path: string,
  body: unknown,
  method = "POST",
): Promise<number> {
  const handler = (await load())[method] as Handler;
  const init =
    method === "GET"
      ? { method }
      : { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
  return (
    await handler(new NextRequest(new URL(path, "http://localhost"), init), { params: Promise.resolve({}) })
  ).status;
}

async function action(
  load: () => Promise<Record<string, unknown>>,
  name: string,
  ...args: unknown[]
): Promise<number> {
  const result = await ((await load())[name] as (...a: unknown[]) => Promise<ActionResultLike>)(...args);
  return result.ok ? 200 : result.status;
}

async function apiKeyId(): Promise<string> {
  const { keyHash, prefix } = generateApiKey();
  return (
    await db.apiKey.create({
      data: { name: "Matrix key", source: "matrix", scopes: ["ingest"], keyHash, prefix },
    })
  ).id;
}

/** Two customers at the matrix location, so a scoped manager may see both. */
async function customerPair({ locationId }: MatrixContext): Promise<[string, string]> {
  const make = (name: string) =>
    db.customer.create({
      data: { firstName: name, lastName: "Matrix", locations: { create: { locationId } } },
    });
  const [a, b] = await Promise.all([make("Ann"), make("Anne")]);
  return a.id < b.id ? [a.id, b.id] : [b.id, a.id];
}

const apiKeys = () => import("@/components/api-keys/api-key-actions");
const duplicates = () => import("@/components/merges/duplicate-actions");
const merges = () => import("@/components/merges/merge-actions");
const event = {
  type: "page_view",
  channel: "web",
  direction: "inbound",
  occurredAt: "2026-11-20T10:00:00Z",
  sourceEventId: "matrix-1",
  identifiers: { email: "matrix@gastvrij-test.nl" },
};

export const INGEST_MATRIX: Record<string, MatrixEntry> = {
  // Public documentation: no key, no session.
  "GET /api/v1/openapi.json": {
    expect: everyone(200),
    call: () =>
      post(() => import("@/app/api/v1/openapi.json/route"), "/api/v1/openapi.json", undefined, "GET"),
  },
  "POST /api/v1/events": {
    expect: everyone(401),
    call: () => post(() => import("@/app/api/v1/events/route"), "/api/v1/events", { events: [event] }),
  },
  "POST /api/v1/customers": {
    expect: everyone(401),
    call: () =>
      post(() => import("@/app/api/v1/customers/route"), "/api/v1/customers", {
        customers: [{ identifiers: { email: "matrix@gastvrij-test.nl" } }],
      }),
  },
  "POST /api/v1/batch": {
    expect: everyone(401),
    call: () =>
      post(() => import("@/app/api/v1/batch/route"), "/api/v1/batch", {
        batch: [{ type: "track", userId: "u1", event: "X", messageId: "m1" }],
      }),
  },
  "POST /api/v1/identify": {
    expect: everyone(401),
    call: () =>
      post(() => import("@/app/api/v1/identify/route"), "/api/v1/identify", { userId: "u1", traits: {} }),
  },
  "POST /api/v1/track": {
    expect: everyone(401),
    call: () =>
      post(() => import("@/app/api/v1/track/route"), "/api/v1/track", {
        userId: "u1",
        event: "X",
        messageId: "m2",
      }),
  },
  "POST /api/v1/page": {
    expect: everyone(401),
    call: () =>
      post(() => import("@/app/api/v1/page/route"), "/api/v1/page", { anonymousId: "a1", messageId: "m3" }),
  },
  "POST /api/v1/screen": {
    expect: everyone(401),
    call: () =>
      post(() => import("@/app/api/v1/screen/route"), "/api/v1/screen", { userId: "u1", messageId: "m4" }),
  },
  "POST /api/v1/alias": {
    expect: everyone(401),
    call: () =>
      post(() => import("@/app/api/v1/alias/route"), "/api/v1/alias", { previousId: "a1", userId: "u1" }),
  },
  "action components/api-keys/api-key-actions.ts#createApiKeyAction": {
    expect: only(["admin"]),
    call: () =>
      action(apiKeys, "createApiKeyAction", {
        name: "Matrix source",
        source: `matrix-${randomUUID().slice(0, 8)}`,
        scopes: ["ingest"],
        requestsPerSecond: 20,
      }),
  },
  "action components/api-keys/api-key-actions.ts#renameApiKeyAction": {
    expect: only(["admin"]),
    call: async () =>
      action(apiKeys, "renameApiKeyAction", { id: await apiKeyId(), name: "Renamed by matrix" }),
  },
  "action components/api-keys/api-key-actions.ts#revokeApiKeyAction": {
    expect: only(["admin"]),
    call: async () => action(apiKeys, "revokeApiKeyAction", await apiKeyId()),
  },
  "action components/merges/duplicate-actions.ts#previewMergeAction": {
    expect: only(["manager", "admin"]),
    call: async (context) => {
      const [survivorId, mergedId] = await customerPair(context);
      return action(duplicates, "previewMergeAction", { survivorId, mergedId });
    },
  },
  "action components/merges/duplicate-actions.ts#mergeCustomersAction": {
    expect: only(["manager", "admin"]),
    call: async (context) => {
      const [survivorId, mergedId] = await customerPair(context);
      return action(duplicates, "mergeCustomersAction", {
        survivorId,
        mergedId,
        reason: "Matrix: same person",
      });
    },
  },
  "action components/merges/duplicate-actions.ts#dismissSuggestionAction": {
    expect: only(["manager", "admin"]),
    call: async (context) => {
      const [customerAId, customerBId] = await customerPair(context);
      const suggestion = await db.duplicateSuggestion.create({
        data: { customerAId, customerBId, identityType: "phone", normalizedValue: "+31611112222" },
      });
      return action(duplicates, "dismissSuggestionAction", suggestion.id);
    },
  },
  "action components/merges/merge-actions.ts#undoMergeAction": {
    expect: only(["admin"]),
    call: async (context) => {
      const [survivorId, mergedId] = await customerPair(context);
      const mergeId = await db.$transaction((tx) =>
        mergeInTransaction(tx, {
          survivorId,
          mergedId,
          reason: "matrix",
          identityType: null,
          mergedById: null,
        }),
      );
      return action(merges, "undoMergeAction", mergeId);
    },
  },
};
