// Calls the public API's route handlers directly with real NextRequests and real API keys stored
// in the test database, exactly as a source system's HTTP request would arrive.
import { NextRequest } from "next/server";
import pg from "pg";
import { generateApiKey } from "../../lib/api-keys/api-key-secret";

export interface TestApiKey {
  id: string;
  key: string;
  source: string;
}

export async function createTestApiKey(
  url: string,
  options: { source?: string; scopes?: string[]; requestsPerSecond?: number; isRevoked?: boolean } = {},
): Promise<TestApiKey> {
  const { key, keyHash, prefix } = generateApiKey();
  const source = options.source ?? `src-${prefix.slice(3, 9).toLowerCase()}`;
  const rate = options.requestsPerSecond ?? 100_000;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "ApiKey" (id, name, source, scopes, "keyHash", prefix, "requestsPerSecond", "rateTokens", "revokedAt", "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8, now()) RETURNING id`,
      [
        `Test ${source}`,
        source,
        options.scopes ?? ["ingest"],
        keyHash,
        prefix,
        rate,
        rate * 2,
        options.isRevoked ? new Date() : null,
      ],
    );
    return { id: rows[0]!.id, key, source };
  } finally {
    await client.end();
  }
}

type Handler = (
  request: NextRequest,
  context: { params: Promise<Record<string, string | string[]>> },
) => Promise<Response>;

export interface CallOptions {
  key?: string | null;
  auth?: "bearer" | "basic";
  body?: unknown;
  rawBody?: string | Uint8Array<ArrayBuffer>;
  headers?: Record<string, string>;
  method?: string;
}

export async function callApi(
  handler: Handler,
  path: string,
  options: CallOptions = {},
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const headers: Record<string, string> = { "content-type": "application/json", ...options.headers };
  if (options.key) {
    headers.authorization =
      options.auth === "basic"
        ? `Basic ${Buffer.from(`${options.key}:`).toString("base64")}`
        : `Bearer ${options.key}`;
  }
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const request = new NextRequest(new URL(path, "http://localhost"), {
    method: options.method ?? "POST",
    headers,
    body,
  });
  const response = await handler(request, { params: Promise.resolve({}) });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // non-JSON answers are returned as text
  }
  return { status: response.status, body: parsed, headers: response.headers };
}
