import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { authenticateApiKey, type ApiKeyPrincipal } from "@/lib/api-keys/authenticate-api-key";
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  idempotencyKeyFrom,
  releaseIdempotencyKey,
  requestHash,
} from "@/lib/idempotency/idempotency-key";
import type { ApiScope } from "@/lib/validation/api-keys";
import { apiKeyFromAuthorization } from "./api-credentials";
import { AppError, jsonPath } from "@/lib/errors";
import { apiErrorResponse } from "./error-response";
import { readJsonBody } from "./read-json-body";
import { english } from "@/lib/i18n/translator";
import { errorIssues } from "@/lib/validation/parse";
import { UNSAFE_TEXT_REF } from "@/lib/validation/safe-json";
import { findUnsafeInput } from "@/lib/validation/unsafe-input";

type Params = Record<string, string | string[]>;

export interface ApiContext<TBody, TQuery> {
  apiKey: ApiKeyPrincipal;
  body: TBody;
  query: TQuery;
  params: Params;
  request: NextRequest;
}

interface ApiRouteOptions<TBody extends z.ZodType | undefined, TQuery extends z.ZodType | undefined> {
  scope: ApiScope;
  /** Parsed from a JSON body (POST); violations answer 400 with the JSON path of each. */
  body?: TBody;
  query?: TQuery;
  /** Honour an Idempotency-Key header: replay the first answer, 422 for another body, 409 while in flight. */
  isIdempotent?: boolean;
  /**
   * Segment-compatible: take a body that parses as JSON whatever its Content-Type says, as Segment's
   * and RudderStack's servers do (RudderStack's SDK labels gzipped JSON as form data).
   */
  isSegment?: boolean;
}

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;

const UNAUTHORIZED_HEADERS = { "WWW-Authenticate": 'Bearer realm="gastvrij", Basic realm="gastvrij"' };

function parseWith<T extends z.ZodType>(schema: T, input: unknown, root: string, what: string): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = errorIssues(parsed.error.issues.slice(0, 100), (path) => jsonPath(path, root));
  throw new AppError(
    "invalid_request",
    `The ${what} does not match the schema: ${issues[0]?.path} ${issues[0]?.message}`,
    { issues },
  );
}

async function authenticate(request: NextRequest, scope: ApiScope): Promise<ApiKeyPrincipal> {
  const key = apiKeyFromAuthorization(request.headers.get("authorization"));
  if (!key) {
    throw new AppError(
      "unauthorized",
      'Send your API key as "Authorization: Bearer <key>" (or HTTP Basic with the key as user name).',
      { headers: UNAUTHORIZED_HEADERS },
    );
  }
  const result = await authenticateApiKey(key);
  if (!result.ok && result.reason === "unknown") {
    throw new AppError("unauthorized", "This API key is unknown or has been revoked.", {
      headers: UNAUTHORIZED_HEADERS,
    });
  }
  if (!result.ok) {
    throw new AppError(
      "rate_limited",
      `Too many requests for this API key. Retry after ${result.retryAfterSeconds} s.`,
      {
        headers: { "Retry-After": String(result.retryAfterSeconds) },
      },
    );
  }
  if (!result.apiKey.scopes.includes(scope)) {
    throw new AppError("forbidden", `This API key lacks the "${scope}" scope.`);
  }
  return result.apiKey;
}

/**
 * Wraps a public API handler: API key (401), scope (403), per-key rate limit (429), content type
 * (415), size (413), JSON and schema (400 with JSON paths), and Idempotency-Key. Staff sessions are
 * never consulted.
 */
export function apiRoute<
  TBody extends z.ZodType | undefined = undefined,
  TQuery extends z.ZodType | undefined = undefined,
>(
  options: ApiRouteOptions<TBody, TQuery>,
  handler: (context: ApiContext<Infer<TBody>, Infer<TQuery>>) => Promise<Response>,
) {
  return async (request: NextRequest, context: { params: Promise<Params> }): Promise<Response> => {
    let claim: { apiKeyId: string; key: string; hash: string } | null = null;
    try {
      const apiKey = await authenticate(request, options.scope);
      const query = (
        options.query
          ? parseWith(options.query, Object.fromEntries(request.nextUrl.searchParams), "$query", "query")
          : undefined
      ) as Infer<TQuery>;
      const params = await context.params;
      const unsafe = findUnsafeInput({ $path: params, $query: query });
      if (unsafe) {
        const message = english(UNSAFE_TEXT_REF);
        throw new AppError("invalid_request", `${unsafe} ${message}.`, {
          issues: [{ path: unsafe, message, ref: UNSAFE_TEXT_REF }],
        });
      }
      let body = undefined as Infer<TBody>;
      if (options.body) {
        const { json, text } = await readJsonBody(request, { isAnyContentType: options.isSegment });
        const key = options.isIdempotent ? idempotencyKeyFrom(request.headers.get("idempotency-key")) : null;
        if (key) {
          const hash = requestHash(request.method, request.nextUrl.pathname, text);
          const outcome = await claimIdempotencyKey(apiKey.id, key, hash);
          if (outcome.kind === "replay") {
            return new NextResponse(outcome.body, {
              status: outcome.status,
              headers: { "Content-Type": "application/json", "Idempotent-Replayed": "true" },
            });
          }
          claim = { apiKeyId: apiKey.id, key, hash };
        }
        body = parseWith(options.body, json, "$", "body") as Infer<TBody>;
      }
      const response = await handler({ apiKey, body, query, params, request });
      if (claim) await finish(claim, response.status, await response.clone().text());
      return response;
    } catch (error) {
      const response = apiErrorResponse(error);
      if (claim) await finish(claim, response.status, await response.clone().text()).catch(() => undefined);
      return response;
    }
  };
}

/** Answers below 500 are final and replayed; anything else frees the key for the client's retry. */
async function finish(
  claim: { apiKeyId: string; key: string; hash: string },
  status: number,
  body: string,
): Promise<void> {
  if (status < 500) await completeIdempotencyKey(claim.apiKeyId, claim.key, claim.hash, status, body);
  else await releaseIdempotencyKey(claim.apiKeyId, claim.key, claim.hash);
}
