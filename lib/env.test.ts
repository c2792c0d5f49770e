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

describe("DATABASE_READ_URL", () => {
  it("is optional, and names the variable when it is not a PostgreSQL URL", () => {
    expect(parseEnv(base).DATABASE_READ_URL).toBeUndefined();
    expect(parseEnv({ ...base, DATABASE_READ_URL: "" }).DATABASE_READ_URL).toBeUndefined();
    expect(parseEnv({ ...base, DATABASE_READ_URL: "postgresql://replica/gastvrij" }).DATABASE_READ_URL).toBe(
      "postgresql://replica/gastvrij",
    );
    expect(() => parseEnv({ ...base, DATABASE_READ_URL: "mysql://replica" })).toThrow(
      /DATABASE_READ_URL must be/,
    );
  });
});
