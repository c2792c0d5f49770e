import { generateApiKey } from "../../lib/api-keys/api-key-secret";
import { e2eDatabase } from "./database";

/** An API key stored straight in the e2e database, for specs that act as a source system. */
export async function createApiKey(source: string, scopes: string[]): Promise<string> {
  const { key, keyHash, prefix } = generateApiKey();
  await e2eDatabase().query(
    `INSERT INTO "ApiKey" (id, name, source, scopes, "keyHash", prefix, "requestsPerSecond", "rateTokens", "updatedAt")
     VALUES (gen_random_uuid(), $1, $1, $2, $3, $4, 1000, 2000, now())`,
    [source, scopes, keyHash, prefix],
  );
  return key;
}
