import { describe, expect, it } from "vitest";
import { malformedSegment } from "./malformed-path";

describe("malformedSegment", () => {
  it("finds broken percent-encoding in any segment", () => {
    expect(malformedSegment("/customers/%E0%A4%A")).toBe("%E0%A4%A");
    expect(malformedSegment("/api/customers/%E0%A4%A/timeline")).toBe("%E0%A4%A");
    expect(malformedSegment("/api/v1/customers/email:%E0%A4%A/eligibility")).toBe("email:%E0%A4%A");
    expect(malformedSegment("/x/%")).toBe("%");
    expect(malformedSegment("/x/%zz")).toBe("%zz");
    expect(malformedSegment("/x/%ED%A0%80")).toBe("%ED%A0%80");
  });

  it("lets well-formed paths through", () => {
    expect(malformedSegment("/customers/0190f3c0-0000-7000-8000-000000000000")).toBeNull();
    expect(malformedSegment("/api/v1/customers/email:anne%40example.nl/eligibility")).toBeNull();
    expect(malformedSegment("/zo%C3%AB")).toBeNull();
  });
});
