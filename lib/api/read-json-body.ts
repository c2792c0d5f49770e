import "server-only";
import { createGunzip } from "node:zlib";
import { AppError } from "@/lib/errors";
import { messageRef } from "@/lib/i18n/message-ref";

// The public API and the staff journal route read bodies here. Each error keeps its English sentence
// as the API has always said it, and carries a reference so staff read it in their own language.

export const MAX_BODY_BYTES = 1_048_576;

const tooLarge = (limit: number) =>
  new AppError(
    "payload_too_large",
    `The body is larger than ${MAX_BODY_BYTES} bytes (1 MB). Send smaller batches.`,
    { ref: messageRef("errors.body.tooLarge", { max: limit }) },
  );

/** Reads at most `limit` bytes, so a lying or missing Content-Length can't make us buffer more. */
async function readLimited(stream: ReadableStream<Uint8Array>, limit: number): Promise<Buffer> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

async function gunzipLimited(compressed: Buffer, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const gunzip = createGunzip();
    const chunks: Buffer[] = [];
    let total = 0;
    gunzip.on("data", (chunk: Buffer) => {
      total += chunk.byteLength;
      if (total > limit) {
        gunzip.destroy();
        reject(tooLarge(limit));
      } else chunks.push(chunk);
    });
    gunzip.on("end", () => resolve(Buffer.concat(chunks)));
    gunzip.on("error", () =>
      reject(
        new AppError("invalid_body", "The body is not valid gzip.", {
          ref: messageRef("errors.body.notGzip"),
        }),
      ),
    );
    gunzip.end(compressed);
  });
}

/**
 * The request body as parsed JSON plus its raw text (hashed for Idempotency-Key). 415 for another
 * content type (unless `isAnyContentType` and the body parses as JSON) or encoding, 413 over 1 MB (declared or streamed, before and after gzip), 400 for
 * bytes that are not UTF-8 JSON.
 */
export async function readJsonBody(
  request: Request,
  { limit = MAX_BODY_BYTES, isAnyContentType = false }: { limit?: number; isAnyContentType?: boolean } = {},
): Promise<{ json: unknown; text: string }> {
  const contentType = request.headers.get("content-type") ?? "";
  const isJsonType = /^application\/json\s*(;|$)/i.test(contentType.trim());
  const wrongType = () =>
    new AppError(
      "unsupported_media_type",
      `Send the body as JSON with "Content-Type: application/json"${contentType ? `, not "${contentType.slice(0, 80)}"` : ""}.`,
      { ref: messageRef("errors.body.wrongType") },
    );
  if (!isJsonType && !isAnyContentType) throw wrongType();
  const encoding = (request.headers.get("content-encoding") ?? "identity").trim().toLowerCase();
  if (encoding !== "identity" && encoding !== "gzip") {
    throw new AppError(
      "unsupported_media_type",
      `Content-Encoding "${encoding.slice(0, 40)}" is not supported; use gzip or none.`,
      { ref: messageRef("errors.body.encoding", { encoding: encoding.slice(0, 40) }) },
    );
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);

  let bytes = request.body ? await readLimited(request.body, limit) : Buffer.alloc(0);
  if (encoding === "gzip") bytes = await gunzipLimited(bytes, limit);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    if (!isJsonType) throw wrongType();
    throw new AppError("invalid_json", "The body is not valid UTF-8.", {
      ref: messageRef("errors.body.notUtf8"),
    });
  }
  if (text.trim() === "") {
    throw new AppError("invalid_json", "The body is empty; send a JSON object.", {
      ref: messageRef("errors.body.empty"),
    });
  }
  try {
    return { json: JSON.parse(text) as unknown, text };
  } catch (error) {
    // Mislabelled JSON is taken; a body that is not JSON keeps the 415 its label earns.
    if (!isJsonType) throw wrongType();
    // V8's message names the position ("Unexpected token } in JSON at position 41"); deep nesting
    // overflows the parser's stack, which is bad input too.
    const detail = error instanceof SyntaxError ? error.message : "nesting is too deep";
    throw new AppError("invalid_json", `The body is not valid JSON: ${detail.slice(0, 200)}`, {
      ref: messageRef("errors.body.notJson", { detail: detail.slice(0, 200) }),
    });
  }
}
