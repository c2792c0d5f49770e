import http from "node:http";

// Next.js hands route handlers a Request without the socket, and keeps a client's own
// X-Forwarded-For instead of adding the peer to it. So the server stamps every incoming request
// with its peer address in a header of our own, overwriting any value the client sent. The flag on
// globalThis says the stamp is in place: without it, the header is the client's and is ignored.

export const SOCKET_ADDRESS_HEADER = "x-gastvrij-socket-address";
const INSTALLED = Symbol.for("gastvrij.socketAddressStamp");

export function isSocketAddressStamped(): boolean {
  return (globalThis as Record<symbol, unknown>)[INSTALLED] === true;
}

export function stampSocketAddresses(): void {
  if (isSocketAddressStamped()) return;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      const address = request.socket?.remoteAddress;
      if (address) request.headers[SOCKET_ADDRESS_HEADER] = address;
      else delete request.headers[SOCKET_ADDRESS_HEADER];
    }
    return (emit as (this: http.Server, event: string | symbol, ...rest: unknown[]) => boolean).call(
      this,
      event,
      ...args,
    );
  } as typeof emit;
  (globalThis as Record<symbol, unknown>)[INSTALLED] = true;
}
