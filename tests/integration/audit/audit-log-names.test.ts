// /audit names the customer an entry is about (initials for roles without personal-data access),
// filters by a customer's name, and masks free text in reasons; through the data function the page
// calls, against a real database.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { recordProfileView } from "@/lib/audit-log/record-profile-view";
import { listAuditEntries } from "@/lib/audit-log/list-audit-entries";
import { actor, customer, location, withClient } from "../timeline/timeline-fixtures";

// No role can read the audit log without personal-data access today; roles are data, so this test
// gives one (an intern) the log to check what such a role would see.
vi.mock("@/lib/auth/permissions", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/permissions")>();
  return {
    ...original,
    can: (role: Parameters<typeof original.can>[0], action: Parameters<typeof original.can>[1]) =>
      (role === "intern" && action === "audit.view") || original.can(role, action),
  };
});

let anne = "";
let bram = "";
let outsider = "";
let manager: Actor;
let intern: Actor;

async function rename(id: string, firstName: string, lastName: string) {
  await withClient((client) =>
    client.query(
      `UPDATE "Customer" SET "firstName" = $2, "lastName" = $3, "searchName" = lower($2 || ' ' || $3) WHERE id = $1`,
      [id, firstName, lastName],
    ),
  );
}

beforeAll(async () => {
  const hotel = await location("HTL-ALN");
  const elsewhere = await location("HTL-ALX");
  [anne, bram, outsider] = [await customer([hotel]), await customer([hotel]), await customer([elsewhere])];
  await rename(anne, "Anne", "de Vries");
  await rename(bram, "Bram", "Jansen");
  await rename(outsider, "Anne", "Elders");
  manager = await actor("manager", [hotel]);
  intern = await actor("intern", [hotel]);
  const receptionist = await actor("receptionist", [hotel, elsewhere]);
  for (const id of [anne, bram, outsider]) await recordProfileView({ actor: receptionist, customerId: id });
  await recordAudit({
    action: "customer.change",
    actor: receptionist,
    customerId: anne,
    reason: "Phone changed to 06-12345678, mail anne@example.org",
  });
});

type Entries = Awaited<ReturnType<typeof listAuditEntries>>["entries"];
const about = (entries: Entries, id: string) => entries.filter((entry) => entry.customerId === id);

describe("the audit log's customers", () => {
  it("shows the name of each customer the manager may see, and no name for others", async () => {
    const { entries } = await listAuditEntries(manager, {});
    expect(about(entries, anne)[0]?.customer?.name).toBe("Anne de Vries");
    expect(about(entries, bram)[0]?.customer?.name).toBe("Bram Jansen");
    const other = about(entries, outsider)[0];
    expect(other).toBeDefined();
    expect(other?.customer).toBeNull();
  });

  it("filters by part of a name, ignoring case and accents, among visible customers only", async () => {
    const { entries } = await listAuditEntries(manager, { customer: "DE VRIÉS" });
    expect(entries.length).toBe(2);
    expect(entries.every((entry) => entry.customerId === anne)).toBe(true);
    const annes = await listAuditEntries(manager, { customer: "anne", action: "customer.view" });
    expect(annes.entries.map((entry) => entry.customerId)).toEqual([anne]);
    expect((await listAuditEntries(manager, { customer: "nobody-like-this" })).entries).toEqual([]);
  });

  it("refuses a name filter too short to mean anything, naming the field", async () => {
    await expect(listAuditEntries(manager, { customer: "a" })).rejects.toThrow(ValidationError);
    await expect(listAuditEntries(manager, { customer: "a" })).rejects.toThrow(/Customer/);
    await expect(listAuditEntries(manager, { customer: "x".repeat(201) })).rejects.toThrow(/200 characters/);
  });

  it("shows a role without personal-data access initials and masked reasons", async () => {
    const { entries } = await listAuditEntries(intern, {});
    expect(about(entries, anne).map((entry) => entry.customer?.name)).toEqual(["A. d. V.", "A. d. V."]);
    const change = entries.find((entry) => entry.action === "customer.change");
    expect(change?.reason).toBe("Phone changed to +31 6 ** ** ** 78, mail a***@e***.org");
    const text = JSON.stringify(entries);
    for (const secret of ["Vries", "12345678", "anne@example.org"]) expect(text).not.toContain(secret);
  });

  it("reads the reason as written for a manager", async () => {
    const { entries } = await listAuditEntries(manager, { action: "customer.change" });
    expect(entries[0]?.reason).toContain("06-12345678");
  });
});
