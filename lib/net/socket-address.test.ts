import { createServer, request, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { isSocketAddressStamped, SOCKET_ADDRESS_HEADER, stampSocketAddresses } from "./socket-address";

function get(port: number, headers: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    request({ host: "127.0.0.1", port, headers }, (response) => response.resume().on("end", resolve))
      .on("error", reject)
      .end();
  });
}

describe("socket address stamp", () => {
  it("overwrites the header a client sends with the real peer", async () => {
    expect(isSocketAddressStamped()).toBe(false);
    stampSocketAddresses();
    expect(isSocketAddressStamped()).toBe(true);
    const seen: IncomingHttpHeaders[] = [];
    const server = createServer((req, res) => {
      seen.push(req.headers);
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await get(port, { [SOCKET_ADDRESS_HEADER]: "6.6.6.6", "x-forwarded-for": "6.6.6.6" });
    await new Promise((resolve) => server.close(resolve));
    expect(seen[0]?.[SOCKET_ADDRESS_HEADER]).toBe("127.0.0.1");
  });
});
