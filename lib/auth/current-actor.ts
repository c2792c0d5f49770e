import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { env } from "@/lib/env";
import { loadSessionActor, type SessionActor } from "./load-session-actor";
import { currentRequestInfo } from "./request-info";
import { sessionCookieName } from "./session-cookie-names";
import { sessionIdFromToken, sessionTokenFrom } from "./session-token";

export type CurrentActor = SessionActor;

const SESSION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The signed-in staff member for this request, or null; checked against the database every time. */
export const getCurrentActor = cache(async (): Promise<CurrentActor | null> => {
  const token = sessionTokenFrom(await cookies(), sessionCookieName(env.NEXTAUTH_URL));
  const sid = await sessionIdFromToken(token, env.NEXTAUTH_SECRET);
  if (!sid || !SESSION_ID.test(sid)) return null;
  return loadSessionActor(sid, await currentRequestInfo());
});
