import { randomUUID } from "node:crypto";

// Time-ordered ids like Prisma's uuid(7), so rows inserted by raw SQL keep the primary-key index
// append-mostly, exactly as rows created through the client do. Built on randomUUID (which draws
// from a pooled entropy cache) because a randomBytes call per id cost a tenth of ingestion's CPU.
export function uuidV7(now = Date.now()): string {
  const random = randomUUID();
  const time = now.toString(16).padStart(12, "0");
  // v4 layout: xxxxxxxx-xxxx-4xxx-Vxxx-xxxxxxxxxxxx; keep its random bits and variant, swap in the
  // 48-bit millisecond timestamp and version 7.
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${random.slice(15, 18)}-${random.slice(19)}`;
}
