import type { IncomingMessage } from "node:http";

/** The header in which our server hands the socket address to code that has no socket. */
export const CLIENT_IP_HEADER = "x-soporte-client-ip";

/** Overwrites whatever the client sent under that name: only this server's value is ever read. */
export function stampClientIp(req: IncomingMessage): void {
  req.headers[CLIENT_IP_HEADER] = req.socket.remoteAddress ?? "";
}
