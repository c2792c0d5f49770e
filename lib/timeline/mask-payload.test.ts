import { describe, expect, it } from "vitest";
import { maskPayload } from "./mask-payload";

describe("maskPayload", () => {
  it("masks personal keys and email- or phone-shaped text anywhere, and leaves the rest", () => {
    const masked = maskPayload({
      email: "anne.devries@gmail.nl",
      guest: { phone: "+31612345678", note: "Call 06-12345678 or mail anne@example.nl" },
      lines: [{ sku: "LAMP-01", productName: "Desk lamp", orderDate: "2026-11-23" }],
      hotel: "HTL-AMS",
    });
    const text = JSON.stringify(masked);
    for (const secret of ["anne.devries", "12345678", "anne@example"]) expect(text).not.toContain(secret);
    expect(masked).toMatchObject({
      lines: [{ sku: "LAMP-01", productName: "Desk lamp", orderDate: "2026-11-23" }],
      hotel: "HTL-AMS",
    });
  });
});
