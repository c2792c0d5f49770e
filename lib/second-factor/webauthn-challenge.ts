import "server-only";
import { db } from "@/lib/db/client";

type Purpose = "register" | "authenticate";

/** Keeps the session's one pending challenge (a new ceremony replaces an unfinished one). */
export async function storeChallenge(sessionId: string, purpose: Purpose, challenge: string): Promise<void> {
  await db.staffSession.update({
    where: { id: sessionId },
    data: { webauthnChallenge: `${purpose}:${challenge}` },
  });
}

/** The pending challenge for this purpose, cleared as it is read so each works once. */
export async function takeChallenge(sessionId: string, purpose: Purpose): Promise<string | null> {
  const session = await db.staffSession.findUnique({
    where: { id: sessionId },
    select: { webauthnChallenge: true },
  });
  const stored = session?.webauthnChallenge;
  if (!stored?.startsWith(`${purpose}:`)) return null;
  const cleared = await db.staffSession.updateMany({
    where: { id: sessionId, webauthnChallenge: stored },
    data: { webauthnChallenge: null },
  });
  return cleared.count === 1 ? stored.slice(purpose.length + 1) : null;
}
