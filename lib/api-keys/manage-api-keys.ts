import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { apiKeyIdSchema, createApiKeySchema, renameApiKeySchema } from "@/lib/validation/api-keys";
import { parseInput } from "@/lib/validation/parse";
import { generateApiKey } from "./api-key-secret";
import { notFound } from "@/lib/i18n/ref-errors";

/** Returns the key itself once; only its hash is stored. */
export async function createApiKey(
  actor: Actor,
  input: unknown,
): Promise<{ id: string; key: string; prefix: string }> {
  assertCan(actor, "apiKeys.manage");
  const data = parseInput(createApiKeySchema, input);
  const { key, keyHash, prefix } = generateApiKey();
  const created = await db.$transaction(async (tx) => {
    const row = await tx.apiKey.create({
      data: {
        name: data.name,
        source: data.source,
        scopes: [...new Set(data.scopes)],
        keyHash,
        prefix,
        requestsPerSecond: data.requestsPerSecond,
        rateTokens: data.requestsPerSecond * 2,
        createdById: actor.id,
      },
    });
    await recordAudit(
      {
        action: "apiKey.create",
        actor,
        details: { apiKeyId: row.id, name: data.name, source: data.source, scopes: data.scopes },
      },
      tx,
    );
    return row;
  });
  return { id: created.id, key, prefix };
}

export async function renameApiKey(actor: Actor, input: unknown): Promise<void> {
  assertCan(actor, "apiKeys.manage");
  const data = parseInput(renameApiKeySchema, input);
  await db.$transaction(async (tx) => {
    const result = await tx.apiKey.updateMany({ where: { id: data.id }, data: { name: data.name } });
    if (result.count === 0) throw new NotFoundError();
    await recordAudit(
      { action: "apiKey.rename", actor, details: { apiKeyId: data.id, name: data.name } },
      tx,
    );
  });
}

/** Takes effect at the key's next request: authentication only accepts unrevoked keys. */
export async function revokeApiKey(actor: Actor, id: unknown): Promise<void> {
  assertCan(actor, "apiKeys.manage");
  const keyId = parseInput(apiKeyIdSchema, id);
  await db.$transaction(async (tx) => {
    const result = await tx.apiKey.updateMany({
      where: { id: keyId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (result.count === 0) throw notFound("errors.notFound.apiKey");
    await recordAudit({ action: "apiKey.revoke", actor, details: { apiKeyId: keyId } }, tx);
  });
}

export async function listApiKeys(actor: Actor) {
  assertCan(actor, "apiKeys.manage");
  return db.apiKey.findMany({
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      source: true,
      scopes: true,
      prefix: true,
      requestsPerSecond: true,
      lastUsedAt: true,
      revokedAt: true,
      createdAt: true,
      createdBy: { select: { name: true } },
    },
  });
}
