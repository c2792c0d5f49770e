import { describe, expect, it } from "vitest";
import { amrCountsAsSecondFactor } from "./oidc-amr";

describe("amrCountsAsSecondFactor", () => {
  it("counts only configured methods, and nothing when none are configured", () => {
    expect(amrCountsAsSecondFactor(["pwd", "mfa"], ["mfa"])).toBe(true);
    expect(amrCountsAsSecondFactor(["pwd"], ["mfa", "hwk"])).toBe(false);
    expect(amrCountsAsSecondFactor(["mfa"], [])).toBe(false);
    expect(amrCountsAsSecondFactor("mfa", ["mfa"])).toBe(false);
    expect(amrCountsAsSecondFactor(undefined, ["mfa"])).toBe(false);
  });
});
