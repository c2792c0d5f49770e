import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";

// Pure (no server-only marker) so scripts/ can hash the first admin's password too.
// OWASP's minimum for argon2id: 19 MiB memory, 2 iterations, 1 lane.
const ARGON2_OPTIONS = {
  algorithm: 2 /* Algorithm.Argon2id (a const enum) */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

import type { MessageRef } from "@/lib/errors";
import { messageRef } from "@/lib/i18n/message-ref";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/validation/password-rules";

// ~49,000 passwords seen most often in breaches (zxcvbn-ts's common list), lower-cased.
const COMMON_PASSWORDS = new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));

/** The problem as a message reference (staff read it in their language), or null when acceptable. */
export function passwordProblem(password: string): MessageRef | null {
  if (password.length < PASSWORD_MIN_LENGTH)
    return messageRef("validation.users.passwordMin", { min: PASSWORD_MIN_LENGTH });
  if (password.length > PASSWORD_MAX_LENGTH)
    return messageRef("validation.users.passwordMax", { max: PASSWORD_MAX_LENGTH });
  if (COMMON_PASSWORDS.has(password.toLowerCase())) return messageRef("validation.users.passwordCommon");
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against a throwaway hash keeps the time of "no such account" equal to "wrong password".
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword("gastvrij-timing-equaliser");
  await verifyPassword(await dummyHash, password);
}
