import { describe, expect, it } from "vitest";
import { parseBoardNotification, parseStaffNotification } from "./board-notifications";

const L = "0194f3a0-0000-7000-8000-000000000001";
const B = "0194f3a0-0000-7000-8000-0000000000B1";

describe("parseBoardNotification", () => {
  it("reads the trigger's payload, ids in lower case", () => {
    expect(parseBoardNotification(JSON.stringify({ l: L, k: "b", d: "2026-12-08", ids: [B] }))).toEqual({
      locationId: L,
      kind: "b",
      day: "2026-12-08",
      ids: [B.toLowerCase()],
    });
    expect(parseBoardNotification(JSON.stringify({ l: L, k: "c", all: true }))).toEqual({
      locationId: L,
      kind: "c",
      day: undefined,
      all: true,
    });
  });

  it("drops anything that is not exactly a board change", () => {
    for (const payload of [
      "not json",
      "[]",
      JSON.stringify({ l: "HTL-AMS", k: "b", ids: [B] }),
      JSON.stringify({ l: L, k: "x", ids: [B] }),
      JSON.stringify({ l: L, k: "b", ids: [] }),
      JSON.stringify({ l: L, k: "b", ids: ["<script>"] }),
      JSON.stringify({ l: L, k: "b" }),
    ])
      expect(parseBoardNotification(payload)).toBeNull();
  });
});

describe("parseStaffNotification", () => {
  it("reads a session or a user", () => {
    expect(parseStaffNotification(JSON.stringify({ s: B }))).toEqual({ sessionId: B.toLowerCase() });
    expect(parseStaffNotification(JSON.stringify({ u: L }))).toEqual({ userId: L });
    expect(parseStaffNotification(JSON.stringify({ u: "admin" }))).toBeNull();
  });
});
