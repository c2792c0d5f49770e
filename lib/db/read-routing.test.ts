import { describe, expect, it } from "vitest";
import { chooseReadTarget, isReplicaUnavailable, STICKY_PRIMARY_MS } from "./read-routing";

// The routing rule of heavy reads (search, insights, boards, timelines) when a read replica is set.
// The rule against a real streaming replica: tests/replica/read-replica.test.ts (npm run test:replica).

const now = Date.parse("2026-12-08T09:00:00Z");

describe("chooseReadTarget", () => {
  it("reads from the primary when there is no replica", () => {
    expect(chooseReadTarget({ hasReplica: false, now })).toBe("primary");
  });

  it("sends a heavy read to the replica when this browser wrote nothing just now", () => {
    expect(chooseReadTarget({ hasReplica: true, now })).toBe("replica");
    expect(chooseReadTarget({ hasReplica: true, stickyUntil: String(now - 1), now })).toBe("replica");
    expect(chooseReadTarget({ hasReplica: true, stickyUntil: "garbage", now })).toBe("replica");
  });

  it("keeps a browser on the primary for the sticky window after its write (the board after a check-in)", () => {
    const until = String(now + STICKY_PRIMARY_MS);
    expect(chooseReadTarget({ hasReplica: true, stickyUntil: until, now })).toBe("primary");
    expect(chooseReadTarget({ hasReplica: true, stickyUntil: until, now: now + STICKY_PRIMARY_MS })).toBe(
      "replica",
    );
  });

  it("reads what a live push announced from the primary, which committed it", () => {
    expect(chooseReadTarget({ hasReplica: true, fresh: true, now })).toBe("primary");
  });
});

describe("isReplicaUnavailable", () => {
  it("leaves reads to the primary when the replica cannot answer, never on a SQL error", () => {
    expect(
      isReplicaUnavailable(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })),
    ).toBe(true);
    expect(isReplicaUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isReplicaUnavailable({ code: "57P03" })).toBe(true); // the database system is starting up
    expect(isReplicaUnavailable({ code: "40001" })).toBe(true); // canceled: conflict with recovery
    expect(isReplicaUnavailable({ code: "08006" })).toBe(true);
    expect(isReplicaUnavailable({ code: "42703" })).toBe(false); // undefined column: a bug, not an outage
  });
});
