import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/** Thrown inside a batch transaction when a concurrent writer got there first; the batch reruns. */
export class RetryBatchError extends Error {}

/** The batch could not be written after several attempts; the caller answers 503. */
export class BatchContendedError extends Error {}

// deadlock, serialization failure, unique and foreign-key violations caused by a concurrent commit
const TRANSIENT = new Set(["40P01", "40001", "23505", "23503"]);

function postgresCode(error: unknown): string | undefined {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return undefined;
  const cause = (
    error.meta?.driverAdapterError as { cause?: { originalCode?: string; code?: string } } | undefined
  )?.cause;
  return cause?.originalCode ?? cause?.code;
}

export function isTransient(error: unknown): boolean {
  if (error instanceof RetryBatchError) return true;
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2034") return true;
  const code = postgresCode(error);
  return code !== undefined && TRANSIENT.has(code);
}

/**
 * Runs `work` again when it lost a race. Correctness never depends on winning: the unique
 * constraints on (type, normalizedValue) and (source, sourceEventId) decide, and a rerun reads what
 * the winner committed.
 */
export async function retryTransaction<T>(work: () => Promise<T>, attempts = 10): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isTransient(error)) throw error;
      if (attempt >= attempts)
        throw new BatchContendedError("The batch lost too many races with concurrent writers.", {
          cause: error,
        });
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
