import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../scripts/lib/staff-accounts";
import { isSecondFactorExemptDemo, SECOND_FACTOR_EXEMPT_DEMO_EMAILS } from "./demo-accounts";

describe("second-factor exemption of the demo accounts", () => {
  it("covers exactly the demo manager and admin that npm start creates", () => {
    const expected = DEMO_ACCOUNTS.filter((a) => a.role === "manager" || a.role === "admin").map(
      (a) => a.email,
    );
    expect([...SECOND_FACTOR_EXEMPT_DEMO_EMAILS].sort()).toEqual(expected.sort());
    expect(isSecondFactorExemptDemo("Manager@Demo.Gastvrij.nl")).toBe(true);
    expect(isSecondFactorExemptDemo("manager@gastvrij.nl")).toBe(false);
  });
});
