import { NextResponse } from "next/server";

export interface ApiIssue {
  /** JSON path of the offending field, e.g. "$.events[3].occurredAt". */
  path: string;
  message: string;
}

/** A failure the public API reports to the caller as-is: status, a stable code and a sentence. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly options: { issues?: ApiIssue[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
  }
}

export function apiErrorResponse(error: ApiError): NextResponse {
  const body = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.options.issues ? { issues: error.options.issues } : {}),
    },
  };
  return NextResponse.json(body, { status: error.status, headers: error.options.headers });
}

/** "$.events[3].identifiers.email" from zod's ["events", 3, "identifiers", "email"]. */
export function jsonPath(segments: readonly PropertyKey[], root = "$"): string {
  return segments.reduce<string>((path, segment) => {
    if (typeof segment === "number") return `${path}[${segment}]`;
    const key = String(segment);
    return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
  }, root);
}
