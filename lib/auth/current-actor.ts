import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { authOptions } from "./auth-options";
import { loadSessionActor, type SessionActor } from "./load-session-actor";
import { currentRequestInfo } from "./request-info";

export type CurrentActor = SessionActor;

/** The signed-in staff member for this request, or null; checked against the database every time. */
export const getCurrentActor = cache(async (): Promise<CurrentActor | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.sid || !/^[0-9a-f-]{36}$/i.test(session.sid)) return null;
  return loadSessionActor(session.sid, await currentRequestInfo());
});
