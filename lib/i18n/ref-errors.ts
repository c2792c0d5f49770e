import {
  AppError,
  NotFoundError,
  ValidationError,
  type AppErrorOptions,
  type ErrorCode,
  type ErrorIssue,
  type MessageRef,
} from "@/lib/errors";
import { messageRef, type MessageKey, type MessageValues } from "./message-ref";
import { english } from "./translator";

// Errors whose sentence is a message reference: staff read it in their own language (at the staff
// boundary, lib/api/error-response.ts); `message` is the English sentence, for the public API and logs.

/** Any coded error with its sentence by reference. */
export function refError(
  code: ErrorCode,
  key: MessageKey,
  values?: MessageValues,
  options: Omit<AppErrorOptions, "ref"> = {},
): AppError {
  const ref = messageRef(key, values);
  return new AppError(code, english(ref), { ...options, ref });
}

/** A 404 naming what was not found (also for records outside the actor's scope). */
export function notFound(key: MessageKey, values?: MessageValues): NotFoundError {
  const ref = messageRef(key, values);
  return new NotFoundError(english(ref), ref);
}

/** One issue at `path`, its English sentence and its reference (ingest's per-item errors). */
export function refIssue(path: string, key: MessageKey | MessageRef, values?: MessageValues): ErrorIssue {
  const ref = typeof key === "string" ? messageRef(key, values) : key;
  return { path, message: english(ref), ref };
}

/** A refusal of one field, read as "field: problem"; the problem as a key or a reference made before. */
export function fieldError(
  path: string,
  key: MessageKey | MessageRef,
  values?: MessageValues,
): ValidationError {
  const ref = typeof key === "string" ? messageRef(key, values) : key;
  const message = english(ref);
  return new ValidationError(`${path}: ${message}`, [{ path, message, ref }]);
}

/** A refusal that is a sentence of its own; with `path`, a form also shows it at that field. */
export function refusal(key: MessageKey, values?: MessageValues, path?: string): ValidationError {
  const ref = messageRef(key, values);
  const message = english(ref);
  return new ValidationError(message, path ? [{ path, message, ref }] : [], ref);
}
