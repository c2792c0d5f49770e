import type { z } from "zod";
import { ValidationError } from "@/lib/errors";

/** Parses input or throws a ValidationError that names every bad field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.join(".") || "(root)",
    message: issue.message,
  }));
  throw new ValidationError(issues.map((issue) => `${issue.path}: ${issue.message}`).join(" "), issues);
}
