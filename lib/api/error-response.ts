import "server-only";
import { NextResponse } from "next/server";
import { AppError, type ErrorCode } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { BatchContendedError } from "@/lib/db/retry-transaction";
import type { UiLocale } from "@/i18n/locales";
import { say } from "@/lib/i18n/translator";

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

interface Said {
  message: string;
  issues: { path: string; message: string }[];
}

/**
 * The error in one language: each issue and the message by their message keys, falling back to the
 * English sentence. A validation error's message is its issues, "field: problem", in that language.
 */
export function sayError(known: AppError, locale: UiLocale): Said {
  const issues = known.issues.map((issue) => ({
    path: issue.path,
    message: say(issue.ref, locale, issue.message),
  }));
  const message =
    known.code === "invalid_request" && !known.ref && issues.length > 0
      ? issues.map((issue) => `${issue.path}: ${issue.message}`).join(" ")
      : say(known.ref, locale, known.message);
  return { message, issues };
}

/** Staff JSON routes: {"error": message} in the staff member's language, plus a validation error's issues. */
export function staffErrorResponse(error: unknown, locale: UiLocale): NextResponse {
  const known = knownError(error) ?? unexpected(error);
  const said = sayError(known, locale);
  const body =
    known.code === "invalid_request"
      ? { error: said.message, issues: said.issues }
      : { error: said.message, code: known.code };
  return NextResponse.json(body, { status: known.status, headers: known.headers });
}

/**
 * Public API: {"error": {code, message, issues}} with the error's headers (Retry-After,
 * WWW-Authenticate). Machines read the code; the sentences are English, the API's documented language:
 * an error's own `message`, which is English by construction (a reference's English, else the code's).
 * Foreign SDKs match on these, so they are never re-said or rebuilt from the issues here.
 */
export function apiErrorResponse(error: unknown): NextResponse {
  const known = knownError(error) ?? unexpected(error);
  const issues = known.issues.map(({ path, message }) => ({ path, message }));
  const body = {
    error: {
      code: known.code,
      message: known.message,
      ...(issues.length > 0 ? { issues } : {}),
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

/**
 * Server actions: a form shows the failure, in the staff member's language; anything but a client
 * error goes to the error page.
 */
export function actionFailure(error: unknown, locale: UiLocale): ActionFailure {
  const known = knownError(error);
  if (!known || ![400, 401, 403, 404, 429].includes(known.status)) throw error;
  const status = known.status as ActionFailure["status"];
  const said = sayError(known, locale);
  if (known.code === "invalid_request") {
    const fieldErrors = Object.fromEntries(said.issues.map((issue) => [issue.path, issue.message]));
    return { ok: false, status, code: known.code, error: said.message, fieldErrors };
  }
  return { ok: false, status, code: known.code, error: said.message };
}
