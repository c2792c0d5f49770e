// The one error family. A code names what went wrong; its HTTP status and default sentence live
// here, so route handlers, server actions and the public API answer alike (lib/api/error-response.ts
// is the one place that turns these into responses).

export const ERROR_CODES = {
  unauthorized: { status: 401, message: "Sign in to continue." },
  forbidden: { status: 403, message: "Your role does not allow this." },
  password_change_required: {
    status: 403,
    message: "Choose a new password first: your current one is temporary.",
  },
  second_factor_required: {
    status: 403,
    message: "Confirm it's you with your second factor first.",
  },
  second_factor_enrolment_required: {
    status: 403,
    message: "Set up a second factor (a passkey or an authenticator app) first, at Account → Security.",
  },
  step_up_required: {
    status: 403,
    message:
      "This needs your second factor again (it is asked for every 10 minutes). Confirm it's you, then retry.",
  },
  /** Also used for records outside the actor's scope, so their existence is never revealed. */
  not_found: { status: 404, message: "Not found." },
  invalid_request: { status: 400, message: "The request is not valid." },
  invalid_path: { status: 400, message: "The path is not valid percent-encoded UTF-8." },
  invalid_json: { status: 400, message: "The body is not valid JSON." },
  invalid_body: { status: 400, message: "The body can't be read." },
  invalid_idempotency_key: {
    status: 400,
    message: "Idempotency-Key must be 1–255 visible ASCII characters.",
  },
  idempotency_in_flight: {
    status: 409,
    message: "A request with this Idempotency-Key is still being processed.",
  },
  /** A signed link past its time, or a customer erased since the request. */
  expired: { status: 410, message: "This link has expired." },
  erased: { status: 410, message: "This customer has been erased." },
  payload_too_large: { status: 413, message: "The body is too large." },
  unsupported_media_type: { status: 415, message: "Send the body as JSON." },
  idempotency_key_reused: {
    status: 422,
    message: "This Idempotency-Key was already used with a different request body.",
  },
  rate_limited: { status: 429, message: "Too many requests." },
  internal: { status: 500, message: "Something went wrong on our side." },
  busy: { status: 503, message: "The server is busy. Retry shortly." },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * A sentence staff read, as a key in the message files (messages/<locale>/*.json) with its values.
 * The staff boundary (lib/api/error-response.ts) says it in the staff member's language; the public
 * API says it in English. `message` stays the English fallback for logs and untranslated callers.
 */
export interface MessageRef {
  key: string;
  /** ICU values; a value that is itself a reference (a field's label) is said in the same language. */
  values?: Record<string, string | number | MessageRef>;
}

export interface ErrorIssue {
  /** The offending field: a JSON path ("$.events[3].occurredAt") or a form field name. */
  path: string;
  message: string;
  /** The same sentence as a message key, when it has one. */
  ref?: MessageRef;
}

export interface AppErrorOptions {
  issues?: ErrorIssue[];
  headers?: Record<string, string>;
  /** The message as a key in the message files, so staff read it in their own language. */
  ref?: MessageRef;
}

/** A failure the caller is told about as-is: a stable code, its status and a sentence. */
export class AppError extends Error {
  readonly status: number;
  readonly issues: ErrorIssue[];
  readonly headers: Record<string, string> | undefined;
  readonly ref: MessageRef | undefined;

  constructor(
    readonly code: ErrorCode,
    message?: string,
    options: AppErrorOptions = {},
  ) {
    super(message ?? ERROR_CODES[code].message);
    this.status = ERROR_CODES[code].status;
    this.issues = options.issues ?? [];
    this.headers = options.headers;
    this.ref = options.ref ?? (message === undefined ? { key: `errors.codes.${code}` } : undefined);
  }
}

// Named shorthands for the codes thrown most often.

export class UnauthorizedError extends AppError {
  constructor(message?: string) {
    super("unauthorized", message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message?: string, ref?: MessageRef) {
    super("forbidden", message, { ref });
  }
}

export class NotFoundError extends AppError {
  constructor(message?: string, ref?: MessageRef) {
    super("not_found", message, { ref });
  }
}

export class ValidationError extends AppError {
  /** Without a `ref`, staff read the issues as "field: problem" (lib/api/error-response.ts). */
  constructor(message: string, issues: ErrorIssue[] = [], ref?: MessageRef) {
    super("invalid_request", message, { issues, ref });
  }
}

/** "$.events[3].identifiers.email" from zod's ["events", 3, "identifiers", "email"]. */
export function jsonPath(segments: readonly PropertyKey[], root = "$"): string {
  return segments.reduce<string>((path, segment) => {
    if (typeof segment === "number") return `${path}[${segment}]`;
    const key = String(segment);
    return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
  }, root);
}
