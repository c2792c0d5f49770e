// Where `npm start` listens. The demo accounts' password is in the README, so while they exist the
// app only answers this machine unless HOST says otherwise.

export interface ListenHost {
  /** Passed to `next start -H`; undefined leaves Next's default (every interface). */
  host: string | undefined;
  /** What to print at start. */
  note: string | null;
}

export function listenHost(explicitHost: string | undefined, hasDemoAccounts: boolean): ListenHost {
  const host = explicitHost?.trim() || undefined;
  if (host && hasDemoAccounts)
    return {
      host,
      note: `HOST=${host}: listening there although demo accounts with a published password exist.`,
    };
  if (host) return { host, note: null };
  if (hasDemoAccounts)
    return {
      host: "127.0.0.1",
      note: "Demo accounts exist, so the app listens on 127.0.0.1 only. Set HOST (e.g. HOST=0.0.0.0) to serve other machines.",
    };
  return { host: undefined, note: null };
}

/** Environment for every Next.js process the project starts: no usage telemetry leaves the machine. */
export const NEXT_PROCESS_ENV = { NEXT_TELEMETRY_DISABLED: "1" } as const;
