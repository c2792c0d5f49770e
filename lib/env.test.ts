import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const base = {
  DATABASE_URL: "postgresql://localhost/gastvrij",
  NEXTAUTH_SECRET: "x".repeat(32),
};

describe("OIDC_SECOND_FACTOR_AMR", () => {
  it("defaults to none, and reads a comma-separated list", () => {
    expect(parseEnv(base).OIDC_SECOND_FACTOR_AMR).toEqual([]);
    expect(parseEnv({ ...base, OIDC_SECOND_FACTOR_AMR: "mfa, hwk,otp" }).OIDC_SECOND_FACTOR_AMR).toEqual([
      "mfa",
      "hwk",
      "otp",
    ]);
  });

  it("names the variable when the value is not a list of amr values", () => {
    expect(() => parseEnv({ ...base, OIDC_SECOND_FACTOR_AMR: "mfa;otp" })).toThrow(
      /OIDC_SECOND_FACTOR_AMR must be/,
    );
  });
});
