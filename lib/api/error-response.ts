import "server-only";
import { NextResponse } from "next/server";
import { AppError, type ErrorCode } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { BatchContendedError } from "@/lib/db/retry-transaction";

// The one place where errors become answers: JSON for staff routes, data for server actions, and the
// public API's {"error": {code, message, issues}}. Anything not known is logged and answers 500.

/** Known failures as an AppError; pool exhaustion and lost races mean "busy", not "broken". */
export function knownError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  const isBusy =
    error instanceof BatchContendedError ||
    (error instanceof Prisma.PrismaClientKnownRequestError &&
      ["P2024", "P2028", "P2034"].includes(error.code));
  return isBusy ? new AppError("busy", undefined, { headers: { "Retry-After": "2" } }) : null;
}

function unexpected(error: unknown): AppError {
  console.error(error);
  return new AppError("internal");
}

/** Staff JSON routes: {"error": message}, plus the issues of a validation error. */
export function staffErrorResponse(error: unknown): NextResponse {
  const known = knownError(error) ?? unexpected(error);
  const body =
    known.code === "invalid_request"
      ? { error: known.message, issues: known.issues }
      : { error: known.message, code: known.code };
  return NextResponse.json(body, { status: known.status, headers: known.headers });
}

/** Public API: {"error": {code, message, issues}} with the error's headers (Retry-After, WWW-Authenticate). */
export function apiErrorResponse(error: unknown): NextResponse {
  const known = knownError(error) ?? unexpected(error);
  const body = {
    error: {
      code: known.code,
      message: known.message,
      ...(known.issues.length > 0 ? { issues: known.issues } : {}),
    },
  };
  return NextResponse.json(body, { status: known.status, headers: known.headers });
}

export type ActionFailure = {
  ok: false;
  status: 400 | 401 | 403 | 404 | 429;
  /** The error's code, so a form can offer the way out (e.g. step_up_required: confirm it's you). */
  code: ErrorCode;
  error: string;
  fieldErrors?: Record<string, string>;
};

/** Server actions: a form shows the failure; anything but a client error goes to the error page. */
export function actionFailure(error: unknown): ActionFailure {
  const known = knownError(error);
  if (!known || ![400, 401, 403, 404, 429].includes(known.status)) throw error;
  const status = known.status as ActionFailure["status"];
  if (known.code === "invalid_request") {
    const fieldErrors = Object.fromEntries(known.issues.map((issue) => [issue.path, issue.message]));
    return { ok: false, status, code: known.code, error: known.message, fieldErrors };
  }
  return { ok: false, status, code: known.code, error: known.message };
}
