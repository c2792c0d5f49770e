import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";

export const RECOVERY_CODE_COUNT = 10;
// 80 random bits each: a plain SHA-256 is enough to store them (nothing to brute-force), and
// lookups stay one indexed query.
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

function newCode(): string {
  const bytes = randomBytes(16);
  const chars = [...bytes].map((byte) => ALPHABET[byte % ALPHABET.length]).join("");
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}-${chars.slice(12, 16)}`;
}

export function hashRecoveryCode(code: string): string {
  const normal = code.toUpperCase().replace(/[^A-Z0-9]/g, "");
  return createHash("sha256").update(normal).digest("hex");
}

/** Replaces every recovery code of the user with ten new ones, returned once in plain text. */
export async function replaceRecoveryCodes(userId: string, tx: Prisma.TransactionClient): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newCode);
  await tx.staffRecoveryCode.deleteMany({ where: { staffUserId: userId } });
  await tx.staffRecoveryCode.createMany({
    data: codes.map((code) => ({ staffUserId: userId, codeHash: hashRecoveryCode(code) })),
  });
  return codes;
}

/** Marks the code used and says whether it was a live code of this user; each works once. */
export async function consumeRecoveryCode(userId: string, code: string): Promise<boolean> {
  const used = await db.staffRecoveryCode.updateMany({
    where: { staffUserId: userId, codeHash: hashRecoveryCode(code), usedAt: null },
    data: { usedAt: new Date() },
  });
  return used.count === 1;
}

export async function countUnusedRecoveryCodes(userId: string): Promise<number> {
  return db.staffRecoveryCode.count({ where: { staffUserId: userId, usedAt: null } });
}
