import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { env } from "@/lib/env";
import { UUID_PATTERN } from "@/lib/db/uuid";
import { loadSessionActor, type SessionActor } from "./load-session-actor";
import { currentRequestInfo } from "./request-info";
import { sessionCookieName } from "./session-cookie-names";
import { sessionIdFromToken, sessionTokenFrom } from "./session-token";

export type CurrentActor = SessionActor;

/** The signed-in staff member for this request, or null; checked against the database every time. */
export const getCurrentActor = cache(async (): Promise<CurrentActor | null> => {
  const token = sessionTokenFrom(await cookies(), sessionCookieName(env.NEXTAUTH_URL));
  const sid = await sessionIdFromToken(token, env.NEXTAUTH_SECRET);
  if (!sid || !UUID_PATTERN.test(sid)) return null;
  return loadSessionActor(sid, await currentRequestInfo());
});
