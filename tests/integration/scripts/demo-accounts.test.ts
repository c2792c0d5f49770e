import { describe, expect, it } from "vitest";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { disableDemoAccounts } from "../../../scripts/lib/demo-data";
import { DEMO_PASSWORD, ensureDemoAccounts } from "../../../scripts/lib/staff-accounts";
import { createLocation } from "../../factories/staff-factory";

const url = process.env.DATABASE_URL!;
const info = { ip: "127.0.0.9", userAgent: "vitest" };

describe("demo accounts", () => {
  it("exist for every role in demo mode and stop working in production mode", async () => {
    for (const code of ["HTL-AMS", "HTL-UTR", "STR-AMS", "STR-RTM"])
      await createLocation(url, code, code.startsWith("HTL") ? "hotel" : "store");
    const lines = await ensureDemoAccounts(url);
    expect(lines).toHaveLength(5);
    expect(
      await signInWithPassword({ email: "admin@demo.gastvrij.nl", password: DEMO_PASSWORD }, info),
    ).not.toBeNull();

    await disableDemoAccounts(url);
    const demo = await db.staffUser.findMany({ where: { email: { endsWith: "@demo.gastvrij.nl" } } });
    expect(demo).toHaveLength(5);
    expect(demo.every((user) => user.isDisabled && user.passwordHash === null)).toBe(true);
    expect(
      await signInWithPassword(
        { email: "admin@demo.gastvrij.nl", password: DEMO_PASSWORD },
        { ...info, ip: "127.0.0.10" },
      ),
    ).toBeNull();
  });
});
