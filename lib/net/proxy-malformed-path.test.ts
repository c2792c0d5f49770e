import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { proxy } from "@/proxy";

describe("proxy: malformed percent-encoding", () => {
  it("answers an API path with 400 JSON and logs it", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const response = proxy(new NextRequest("http://localhost/api/customers/%E0%A4%A/timeline"));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "invalid_path" } });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"event":"malformed_path"'));
    warn.mockRestore();
  });

  it("rewrites a page to the not-found page, and lets well-formed API paths through untouched", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const page = proxy(new NextRequest("http://localhost/customers/%E0%A4%A"));
    expect(page.headers.get("x-middleware-rewrite")).toContain("/malformed-address");
    expect(warn).toHaveBeenCalledOnce();
    const api = proxy(new NextRequest("http://localhost/api/v1/customers/email:a%40b.nl/eligibility"));
    expect(api.headers.get("x-middleware-next")).toBe("1");
    expect(api.headers.get("location")).toBeNull();
    warn.mockRestore();
  });
});
