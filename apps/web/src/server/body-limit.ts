import "server-only";

export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The request with its body read up to `max` bytes, or a 413 response. Checks Content-Length first,
 * then counts while reading, so a chunked body cannot get past the limit either.
 */
export async function limitBody(req: Request, max = MAX_BODY_BYTES): Promise<Request | Response> {
  if (req.method === "GET" || req.method === "HEAD" || !req.body) return req;
  const tooLarge = () =>
    Response.json({ error: { message: `Request body is larger than ${max / 1024} KiB.`, code: "PAYLOAD_TOO_LARGE" } }, { status: 413 });
  if (Number(req.headers.get("content-length") ?? 0) > max) return tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return tooLarge();
    }
    chunks.push(value);
  }
  return new Request(req.url, { method: req.method, headers: req.headers, body: Buffer.concat(chunks) });
}
