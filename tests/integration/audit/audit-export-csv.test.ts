// GET /api/audit/export over the real route handler: a hostile user agent in the audit log cannot
// become a formula in a spreadsheet, whether it is opened with "," or with Dutch Excel's ";".
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SecondFactorState } from "@/lib/auth/second-factor-state";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { createActor, passedSecondFactor } from "../../factories/actor-factory";

const session = {
  actor: null as (Actor & { mustChangePassword: boolean; secondFactor: SecondFactorState }) | null,
};
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: async () => session.actor }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
const { GET } = await import("@/app/api/audit/export/route");

const HOSTILE = ["Mozilla/5.0;=1+2;x", "Mozilla/5.0,@SUM(1+1),x", "-2+3;cmd", "\t=1", 'a"b;=c'];
const TRIGGER = /^[=+\-@\t\r]/;

beforeAll(async () => {
  session.actor = {
    ...(await createActor("admin")),
    mustChangePassword: false,
    secondFactor: passedSecondFactor(),
  };
  for (const userAgent of HOSTILE)
    await recordAudit({
      action: "auth.signIn.failure",
      actorEmail: "=evil@x.nl",
      ip: "+1",
      userAgent,
      reason: "@r",
    });
});

describe("audit export", () => {
  it("quotes every field and neutralises formula triggers for both separators", async () => {
    const response = await GET(
      new NextRequest(new URL("/api/audit/export?action=auth.signIn.failure", "http://localhost")),
      {
        params: Promise.resolve({}),
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    const csv = await response.text();
    for (const line of csv.trimEnd().split("\r\n")) expect(line).toMatch(/^".*"$/);
    for (const separator of [",", ";"]) {
      const cells = csv
        .split(/\r\n|\n|\r/)
        .flatMap((line) => line.split(separator))
        .map((cell) => cell.replace(/^[\s"]+/, ""));
      for (const cell of cells) expect(cell).not.toMatch(TRIGGER);
    }
    expect(csv).toContain(`"Mozilla/5.0;'=1+2;x"`);
    expect(csv).toContain(`"'=evil@x.nl"`);
  });
});
