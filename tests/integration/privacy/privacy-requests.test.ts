import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as createRequest } from "@/app/api/v1/privacy/requests/route";
import { GET as getRequest } from "@/app/api/v1/privacy/requests/[id]/route";
import { GET as download } from "@/app/api/v1/privacy/requests/[id]/download/route";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { privacyExportJsonSchema } from "@/lib/privacy/export-json-schema";
import { exportCustomerData } from "@/lib/privacy/export-customer-data";
import { renderExportHtml } from "@/lib/privacy/render-export-html";
import { checkDownloadSignature } from "@/lib/privacy/signed-download";
import { privacyExportSchema } from "@/lib/validation/privacy";
import { NextRequest } from "next/server";
import { createActor } from "../../factories/actor-factory";
import { seedPersonalCustomer, type PersonalCustomer } from "../../factories/personal-data-factory";
import { createLocation } from "../../factories/staff-factory";
import { callApi, createTestApiKey, type TestApiKey } from "../../helpers/api-client";

const url = process.env.DATABASE_URL!;
let key: TestApiKey;
let ingestOnly: TestApiKey;
let manager: Actor;
let person: PersonalCustomer;
let elsewhere: Actor;

type Handler = (r: NextRequest, c: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function call(handler: Handler, path: string, params: Record<string, string>, apiKey?: string) {
  const request = new NextRequest(new URL(path, "http://localhost"), {
    headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {},
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, text, body: text.startsWith("{") ? JSON.parse(text) : text };
}

beforeAll(async () => {
  const hotel = await createLocation(url, "HTL-PRQ", "hotel");
  const store = await createLocation(url, "STR-PRQ", "store");
  const other = await createLocation(url, "HTL-PRX", "hotel");
  key = await createTestApiKey(url, { source: "crm-privacy", scopes: ["ingest", "privacy:write"] });
  ingestOnly = await createTestApiKey(url, { source: "shop-only" });
  manager = await createActor("manager", [hotel, store]);
  elsewhere = await createActor("manager", [other]);
  person = await seedPersonalCustomer(key.key, manager, { hotel: "HTL-PRQ", store: "STR-PRQ" });
});
afterAll(() => db.$disconnect());

describe("the staff export", () => {
  it("holds everything about the customer in the documented format, and is audited", async () => {
    const data = await exportCustomerData(manager, person.customerId, "json");
    expect(privacyExportSchema.parse(data)).toEqual(data);
    expect(data.identities.map((i) => i.value)).toContain(person.email);
    expect(data.events.length).toBe(9);
    expect(data.events.some((e) => e.payload !== null)).toBe(true);
    for (const section of [
      "bookings",
      "orders",
      "serviceCases",
      "consents",
      "facts",
      "notes",
      "outboundContacts",
      "merges",
      "recipients",
    ] as const)
      expect(data[section].length, section).toBeGreaterThan(0);
    expect(data.recipients.some((r) => r.action === "customer.view" && r.staffRole === "manager")).toBe(true);
    const audit = await db.auditEntry.count({
      where: { customerId: person.customerId, action: "customer.export", actorId: manager.id },
    });
    expect(audit).toBe(1);
  });

  it("renders a readable page with every value escaped", async () => {
    const data = await exportCustomerData(manager, person.customerId, "html");
    const html = renderExportHtml({ ...data, customer: { ...data.customer, city: "<script>x</script>" } });
    expect(html).toContain(`Your data at Gastvrij: ${data.customer.firstName}`);
    expect(html).toContain("Who looked at your data");
    expect(html).not.toContain("<script>");
  });

  it("answers 404 outside the manager's locations and 403 for an intern", async () => {
    await expect(exportCustomerData(elsewhere, person.customerId, "json")).rejects.toThrow(
      /No such customer/,
    );
    const intern = await createActor("intern", manager.locationIds);
    await expect(exportCustomerData(intern, person.customerId, "json")).rejects.toThrow(/does not allow/);
  });
});

describe("the privacy request API", () => {
  let accessId = "";
  let downloadUrl = "";

  it("answers an access request with a signed link that opens the export", async () => {
    const created = await callApi(createRequest, "/api/v1/privacy/requests", {
      key: key.key,
      body: { type: "access", identifierType: "email", identifier: person.email.toUpperCase() },
    });
    expect(created.status).toBe(201);
    const body = created.body as {
      id: string;
      status: string;
      dueAt: string;
      createdAt: string;
      download: { url: string };
    };
    expect(body.status).toBe("completed");
    expect(new Date(body.dueAt).getUTCMonth()).toBe((new Date(body.createdAt).getUTCMonth() + 1) % 12);
    accessId = body.id;
    downloadUrl = body.download.url;
    const file = await call(download as Handler, downloadUrl, { id: accessId });
    expect(file.status).toBe(200);
    expect(privacyExportSchema.parse(file.body).customer.id).toBe(person.customerId);
    // Change the signature's first character (to another one: a fixed "A" is a no-op 1 time in 64).
    const tamperedUrl = downloadUrl.replace(/signature=(.)/, (_, first: string) =>
      first === "A" ? "signature=B" : "signature=A",
    );
    const tampered = await call(download as Handler, tamperedUrl, { id: accessId });
    expect(tampered.status).toBe(403);
    const [, expires, signature] = /expires=(\d+)&signature=([^&]+)/.exec(downloadUrl)!;
    expect(checkDownloadSignature(accessId, expires!, signature!, Date.now() + 16 * 60_000)).toBe("expired");
  });

  it("shows a request only to the key that made it", async () => {
    const own = await call(
      getRequest as Handler,
      `/api/v1/privacy/requests/${accessId}`,
      { id: accessId },
      key.key,
    );
    expect(own.status).toBe(200);
    expect(own.body.download.url).toContain(`/api/v1/privacy/requests/${accessId}/download`);
    const other = await call(
      getRequest as Handler,
      `/api/v1/privacy/requests/${accessId}`,
      { id: accessId },
      ingestOnly.key,
    );
    expect(other.status).toBe(403);
  });

  it("refuses bad input with the field named, unknown people with 404, and keys without the scope", async () => {
    const bad = await callApi(createRequest, "/api/v1/privacy/requests", {
      key: key.key,
      body: { type: "forget", identifierType: "email", identifier: "x@y.nl" },
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("$.type");
    const unknown = await callApi(createRequest, "/api/v1/privacy/requests", {
      key: key.key,
      body: { type: "access", identifierType: "email", identifier: "nobody@nowhere.nl" },
    });
    expect(unknown.status).toBe(404);
    const noScope = await callApi(createRequest, "/api/v1/privacy/requests", {
      key: ingestOnly.key,
      body: { type: "access", identifierType: "email", identifier: person.email },
    });
    expect(noScope.status).toBe(403);
  });

  it("erases on an erasure request; the earlier access link then answers 410", async () => {
    const erased = await callApi(createRequest, "/api/v1/privacy/requests", {
      key: key.key,
      body: { type: "erasure", identifierType: "external_user_id", identifier: person.terms[4]! },
    });
    expect(erased.status).toBe(201);
    expect(erased.body).toMatchObject({
      type: "erasure",
      status: "completed",
      pseudonym: expect.stringMatching(/^ERASED-/),
    });
    expect((await call(download as Handler, downloadUrl, { id: accessId })).status).toBe(410);
    const again = await callApi(createRequest, "/api/v1/privacy/requests", {
      key: key.key,
      body: { type: "access", identifierType: "email", identifier: person.email },
    });
    expect(again.status).toBe(404);
  });
});

describe("the export's JSON Schema", () => {
  it("is committed in docs/ exactly as the code generates it (npm run privacy:schema)", () => {
    const committed = JSON.parse(readFileSync("docs/privacy-export.schema.json", "utf8"));
    expect(committed).toEqual(privacyExportJsonSchema());
  });
});
