import { describe, expect, it } from "vitest";
import { maskFreeText, maskOptionalText } from "./mask-text";

describe("maskFreeText", () => {
  it("masks email addresses in the style of masked identities", () => {
    expect(maskFreeText("Send the invoice to anne.devries@gmail.nl, please.")).toBe(
      "Send the invoice to a***@g***.nl, please.",
    );
    expect(maskFreeText("(mail: Jan.Bakker+hotel@example.co.uk)")).toBe("(mail: J***@e***.uk)");
  });

  it.each([
    ["Call back on 06-12345678 tomorrow", "Call back on +31 6 ** ** ** 78 tomorrow"],
    ["Mobile +31 6 1234 5678.", "Mobile +31 6 ** ** ** 78."],
    ["Landline (020) 555 1234", "Landline +31 2 ** ** ** 34"],
    ["Belgian number +32 470 12 34 56", "Belgian number +32 4 ** ** ** 56"],
    ["UK +44 20 7946 0958 after six", "UK +44 2 ** ** ** ** 58 after six"],
  ])("masks the phone number in %j", (text, masked) => {
    expect(maskFreeText(text)).toBe(masked);
  });

  it("hides digits it cannot parse as a number, rather than guess", () => {
    const masked = maskFreeText("Her German mobile is 0151 2345 6789");
    expect(masked).not.toMatch(/2345|6789/);
    expect(masked).toContain("89");
  });

  it("never leaves the middle digits of a phone number", () => {
    for (const text of ["0612345678", "+31612345678", "06 12 34 56 78", "0031 6 12345678"]) {
      expect(maskFreeText(text).replace(/\D/g, "")).not.toContain("345");
    }
  });

  it("keeps order numbers, references, dates, times and amounts readable", () => {
    const text =
      "Order #100234567 (BK-20261123) collected on 2026-11-23 at 14:05; refund € 1.250,00 for 2 guests";
    expect(maskFreeText(text)).toBe(text);
    for (const id of ["0193a3f2-7c4a-7123-8456-123456789012", "2026-12-07T21:14:49.000Z", "10000016"])
      expect(maskFreeText(id)).toBe(id);
  });

  it("masks a reference that is a mobile number: it is one", () => {
    expect(maskFreeText("BK-0612345678")).toBe("BK-+31 6 ** ** ** 78");
  });

  it("leaves text without personal data alone, and passes absent values through", () => {
    expect(maskFreeText("Prefers a quiet room, high floor")).toBe("Prefers a quiet room, high floor");
    expect(maskOptionalText(null)).toBeNull();
    expect(maskOptionalText("mail a@b.nl")).toBe("mail a***@b***.nl");
  });
});
