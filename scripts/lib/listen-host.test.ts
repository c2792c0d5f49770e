import { describe, expect, it } from "vitest";
import { listenHost } from "./listen-host";

describe("listenHost", () => {
  it("binds to 127.0.0.1 while demo accounts exist and HOST is not set, and says so", () => {
    const { host, note } = listenHost(undefined, true);
    expect(host).toBe("127.0.0.1");
    expect(note).toMatch(/127\.0\.0\.1 only.*HOST/);
    expect(listenHost("  ", true).host).toBe("127.0.0.1");
  });

  it("follows an explicit HOST, with a warning while demo accounts exist", () => {
    expect(listenHost("0.0.0.0", true)).toEqual({
      host: "0.0.0.0",
      note: expect.stringMatching(/demo accounts/),
    });
    expect(listenHost("::", false)).toEqual({ host: "::", note: null });
  });

  it("keeps Next's default without demo accounts", () => {
    expect(listenHost(undefined, false)).toEqual({ host: undefined, note: null });
  });
});
