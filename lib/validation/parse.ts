import type { z } from "zod";
import { ValidationError, type ErrorIssue } from "@/lib/errors";
import { refInMessage, zodIssueRef } from "@/lib/i18n/message-ref";
import { english, isMessageKey } from "@/lib/i18n/translator";

// Schemas give their custom messages as message keys (lib/i18n/message-ref.ts). Every issue leaves
// here with a `ref`, said in the staff member's language at the staff boundary, and an English
// `message` for the public API and logs: the keyed message's English text, or zod's own sentence.

/** zod's issues as ErrorIssues, each path written by `pathOf`. */
export function errorIssues(
  issues: readonly z.core.$ZodIssue[],
  pathOf: (segments: readonly PropertyKey[]) => string,
): ErrorIssue[] {
  return issues.map((issue) => {
    const keyed = refInMessage(issue.message);
    if (keyed && isMessageKey(keyed.key)) {
      return { path: pathOf(issue.path), message: english(keyed), ref: keyed };
    }
    return { path: pathOf(issue.path), message: issue.message, ref: zodIssueRef(issue) };
  });
}

/** The same without references, for results the public API returns as they are (ingest's items). */
export function englishIssues(
  issues: readonly z.core.$ZodIssue[],
  pathOf: (segments: readonly PropertyKey[]) => string,
): ErrorIssue[] {
  return errorIssues(issues, pathOf).map(({ path, message }) => ({ path, message }));
}

/** "locationIds.0" from zod's ["locationIds", 0]; "(root)" for the value itself. */
export const fieldPath = (segments: readonly PropertyKey[]) => segments.map(String).join(".") || "(root)";

/** Parses input or throws a ValidationError that names every bad field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = errorIssues(parsed.error.issues, fieldPath);
  throw new ValidationError(issues.map((issue) => `${issue.path}: ${issue.message}`).join(" "), issues);
}
