import "server-only";
import pg from "pg";
import { forgetContactBadges } from "@/lib/contact-pressure/contact-badge-cache";
import { env } from "@/lib/env";
import {
  BOARD_CHANNEL,
  STAFF_CHANNEL,
  parseBoardNotification,
  parseStaffNotification,
  type BoardNotification,
  type StaffNotification,
} from "./board-notifications";
import { checkStreamSessions, type StreamGrant } from "./check-stream-sessions";
import { LIVE_EVENT, LIVE_PING_MS, type LiveChange, type LiveEndReason } from "./live-types";

// One per app server process: a single connection that LISTENs to the database's board and staff
// notifications, and the open board streams of this process, by location. A change is pushed only
// to streams of its location (and, for bookings, of its day), after their sessions have been checked
// again in one statement; a staff notification (sign-out, disabled user, lost location) checks the
// streams of that session or user at once. Nothing here queries the database while nothing changes:
// the pings are written to the streams from memory, and a session's idle and absolute expiry are
// known deadlines, looked at again only when one passes.
//
// Every app server listens from start-up (instrumentation.ts), boards open or not: a complaint or a
// fact about a customer also drops that customer's remembered contact badges in every process, so a
// board read through any server shows them afresh.

/** Changes are kept this long per location, so a board that (re)connects can catch up without a full read. */
export const REPLAY_MS = 2 * 60_000;
/** Pushes heard within this window go out together, after one session check. */
const FLUSH_MS = 10;
const RECONNECT_MAX_MS = 30_000;

export interface LiveSubscriber {
  grant: StreamGrant;
  userId: string;
  /** Arrivals only: the day the board shows, so changes of other days are not pushed. */
  day?: string;
  kinds: ReadonlySet<LiveChange["kind"]>;
  /** When the session must be checked again at the latest (idle or absolute expiry). */
  deadline: number;
  send(event: string, data: unknown): void;
  close(reason: LiveEndReason): void;
}

interface Heard {
  at: number;
  notification: BoardNotification;
}

export class LiveHub {
  private client: pg.Client | null = null;
  private connecting: Promise<number> | null = null;
  /** Since when this process has heard every notification; null while not listening. */
  private horizon: number | null = null;
  private readonly byLocation = new Map<string, Set<LiveSubscriber>>();
  private readonly recent = new Map<string, Heard[]>();
  private readonly pending = new Map<LiveSubscriber, LiveChange[]>();
  private flushTimer: NodeJS.Timeout | null = null;
  private tickTimer: NodeJS.Timeout | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private reconnectDelay = 1_000;

  constructor(
    private readonly connectionString: string,
    private readonly checkSessions: typeof checkStreamSessions = checkStreamSessions,
    private readonly now: () => number = Date.now,
  ) {}

  /** Listens from now on, and again after every lost connection (server start-up). Never throws. */
  start(): void {
    this.listen().catch((error: unknown) => {
      console.error("The live board listener could not connect:", (error as Error).message);
      this.scheduleReconnect();
    });
  }

  /** Listens (connecting first if needed); resolves to the time since which nothing was missed. */
  listen(): Promise<number> {
    if (this.horizon !== null) return Promise.resolve(this.horizon);
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<number> {
    const client = new pg.Client({
      connectionString: this.connectionString,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      application_name: "gastvrij live",
    });
    client.on("notification", (message) => {
      if (message.channel === BOARD_CHANNEL) {
        const notification = message.payload ? parseBoardNotification(message.payload) : null;
        if (notification) this.heardBoard(notification);
      } else if (message.channel === STAFF_CHANNEL) {
        const notification = message.payload ? parseStaffNotification(message.payload) : null;
        if (notification) this.heardStaff(notification);
      }
    });
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client));
    await client.connect();
    await client.query(`LISTEN ${BOARD_CHANNEL}; LISTEN ${STAFF_CHANNEL}`);
    this.client = client;
    this.horizon = this.now();
    this.reconnectDelay = 1_000;
    this.tickTimer ??= setInterval(() => this.tick(), LIVE_PING_MS).unref();
    return this.horizon;
  }

  /** The listening connection broke: every stream ends ("restart"), their boards poll and reconnect. */
  private lost(client: pg.Client, error?: Error): void {
    if (this.client !== client) return;
    if (error) console.error("The live board listener lost its database connection:", error.message);
    this.client = null;
    this.horizon = null;
    this.recent.clear();
    client.end().catch(() => undefined);
    for (const subscribers of this.byLocation.values())
      for (const subscriber of subscribers) this.end(subscriber, "restart");
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.reconnectTimer) return;
    const delay = this.reconnectDelay;
    this.reconnectDelay = Math.min(this.reconnectDelay * 2, RECONNECT_MAX_MS);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.listen().catch(() => this.scheduleReconnect());
    }, delay).unref();
  }

  add(subscriber: LiveSubscriber): void {
    const location = subscriber.grant.locationId;
    let subscribers = this.byLocation.get(location);
    if (!subscribers) this.byLocation.set(location, (subscribers = new Set()));
    subscribers.add(subscriber);
  }

  remove(subscriber: LiveSubscriber): void {
    const location = subscriber.grant.locationId;
    const subscribers = this.byLocation.get(location);
    subscribers?.delete(subscriber);
    if (subscribers?.size === 0) this.byLocation.delete(location);
    this.pending.delete(subscriber);
  }

  /** How many streams this process holds (health, tests). */
  get size(): number {
    let total = 0;
    for (const subscribers of this.byLocation.values()) total += subscribers.size;
    return total;
  }

  /**
   * What this subscriber's board may have missed since `since` (ms, the server clock that made its
   * data, minus a margin for clocks between servers), or null when this process cannot tell:
   * it was not listening then, or the window has passed.
   */
  changesSince(subscriber: LiveSubscriber, since: number): LiveChange[] | null {
    if (this.horizon === null || since < this.horizon || since < this.now() - REPLAY_MS) return null;
    return (this.recent.get(subscriber.grant.locationId) ?? [])
      .filter((heard) => heard.at >= since)
      .map((heard) => toChange(heard))
      .filter((change) => concerns(subscriber, change));
  }

  private heardBoard(notification: BoardNotification): void {
    if (notification.kind === "c" && notification.ids) forgetContactBadges(notification.ids);
    const heard = { at: this.now(), notification };
    const kept = (this.recent.get(notification.locationId) ?? []).filter(
      (earlier) => earlier.at >= heard.at - REPLAY_MS,
    );
    kept.push(heard);
    this.recent.set(notification.locationId, kept);
    const change = toChange(heard);
    for (const subscriber of this.byLocation.get(notification.locationId) ?? []) {
      if (concerns(subscriber, change)) this.enqueue(subscriber, change);
    }
  }

  private heardStaff(notification: StaffNotification): void {
    for (const subscribers of this.byLocation.values()) {
      for (const subscriber of subscribers) {
        const matches =
          "sessionId" in notification
            ? subscriber.grant.sessionId === notification.sessionId
            : subscriber.userId === notification.userId;
        if (matches) this.enqueue(subscriber);
      }
    }
  }

  /** A change to push (after the check), or only a check of the subscriber's session. */
  private enqueue(subscriber: LiveSubscriber, change?: LiveChange): void {
    const changes = this.pending.get(subscriber) ?? [];
    if (change) changes.push(change);
    this.pending.set(subscriber, changes);
    this.flushTimer ??= setTimeout(() => void this.flush(), FLUSH_MS);
  }

  /** Checks the sessions of every stream with something pending, in one statement, then pushes. */
  async flush(): Promise<void> {
    this.flushTimer = null;
    if (this.pending.size === 0) return;
    const batch = [...this.pending];
    this.pending.clear();
    let sessions: Awaited<ReturnType<typeof checkStreamSessions>>;
    try {
      sessions = await this.checkSessions(batch.map(([subscriber]) => subscriber.grant.sessionId));
    } catch (error) {
      console.error("Checking the sessions of live boards failed:", (error as Error).message);
      for (const [subscriber] of batch) this.end(subscriber, "restart");
      return;
    }
    for (const [subscriber, changes] of batch) {
      const session = sessions.get(subscriber.grant.sessionId);
      if (!session || !session.allows(subscriber.grant)) {
        this.end(subscriber, "session");
        continue;
      }
      subscriber.deadline = session.deadline;
      for (const change of changes) subscriber.send(LIVE_EVENT.change, change);
    }
  }

  /** Every LIVE_PING_MS: a ping to every stream (from memory), and a check of sessions whose deadline passed. */
  private tick(): void {
    const at = this.now();
    for (const [location, heard] of this.recent) {
      const kept = heard.filter((earlier) => earlier.at >= at - REPLAY_MS);
      if (kept.length) this.recent.set(location, kept);
      else this.recent.delete(location);
    }
    for (const subscribers of this.byLocation.values()) {
      for (const subscriber of subscribers) {
        subscriber.send(LIVE_EVENT.ping, { at });
        if (subscriber.deadline <= at) this.enqueue(subscriber);
      }
    }
  }

  private end(subscriber: LiveSubscriber, reason: LiveEndReason): void {
    this.remove(subscriber);
    subscriber.close(reason);
  }

  /** Ends every stream and stops listening (tests, shutdown). */
  async close(): Promise<void> {
    for (const timer of [this.flushTimer, this.reconnectTimer]) if (timer) clearTimeout(timer);
    if (this.tickTimer) clearInterval(this.tickTimer);
    this.flushTimer = this.reconnectTimer = this.tickTimer = null;
    for (const subscribers of [...this.byLocation.values()])
      for (const subscriber of [...subscribers]) this.end(subscriber, "restart");
    const client = this.client;
    this.client = null;
    this.horizon = null;
    await client?.end();
  }
}

function toChange({ at, notification }: Heard): LiveChange {
  return {
    kind: notification.kind,
    at,
    ...(notification.day ? { day: notification.day } : {}),
    ...(notification.all ? { all: true } : { ids: notification.ids }),
  };
}

/** Whether a change concerns this stream's board: its kinds, and for bookings its day. */
function concerns(subscriber: LiveSubscriber, change: LiveChange): boolean {
  if (!subscriber.kinds.has(change.kind)) return false;
  return !(change.kind === "b" && subscriber.day && change.day && change.day !== subscriber.day);
}

const HUB = Symbol.for("gastvrij.liveHub");

/** This process's hub: one listening connection, however many route bundles import this module. */
export function liveHub(): LiveHub {
  const holder = globalThis as unknown as Record<symbol, LiveHub | undefined>;
  return (holder[HUB] ??= new LiveHub(env.DATABASE_URL));
}
