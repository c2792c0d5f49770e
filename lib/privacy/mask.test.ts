import { describe, expect, it } from "vitest";
import { maskEmail, maskIdentifier, maskPhone } from "./mask";

describe("masking for interns", () => {
  it("masks an email as in the brief", () => {
    expect(maskEmail("anne.devries@gmail.nl")).toBe("a***@g***.nl");
  });
  it("masks a Dutch mobile number as in the brief", () => {
    expect(maskPhone("+31612345678")).toBe("+31 6 ** ** ** 78");
  });
  it("never leaks more than the first and last two digits", () => {
    const masked = maskPhone("+31201234567");
    expect(masked.replace(/\D/g, "")).toBe("31267");
  });
  it("masks other identifiers but keeps a hint", () => {
    expect(maskIdentifier("loyalty_id", "GV12345678")).toBe("GV******78");
    expect(maskIdentifier("web_id", "abc")).toBe("****");
  });
});
