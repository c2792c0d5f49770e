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

describe("maskPayload on what source systems really send", () => {
  it("masks keys that are addresses or numbers, nested values, encoded values and numbers", () => {
    const masked = maskPayload({
      "anne@example.org": { opened: true },
      "+31612340001": "whatsapp",
      context: {
        page: { referrer: "https://mail.example/?to=anne%40example.org", url: "/b?ref=31612340002" },
        traits: [{ note: "bel 06\u20111234\u20110003" }, 31612340004],
      },
      lines: [{ sku: "LAMP-01", productName: "Lamp voor jan@example.org", quantity: 2 }],
      total: 1250,
      id: "0193a3f2-7c4a-7123-8456-123456789012",
    });
    const text = JSON.stringify(masked);
    for (const secret of ["anne@", "anne%40", "12340001", "12340002", "12340003", "12340004", "jan@"])
      expect(text).not.toContain(secret);
    expect(masked).toMatchObject({ total: 1250, id: "0193a3f2-7c4a-7123-8456-123456789012" });
    expect(Object.keys(masked as object)).toContain("a***@e***.org");
  });

  it("keeps both values when two keys mask alike", () => {
    const masked = maskPayload({ "ann@example.org": 1, "amy@example.org": 2 }) as Record<string, number>;
    expect(Object.values(masked).sort()).toEqual([1, 2]);
  });
});
