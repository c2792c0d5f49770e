import { describe, expect, it } from "vitest";
import { AVOIDED_DUTCH_WORDS } from "./glossary-rules";
import en from "./en";
import nl from "./nl";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

/** The ICU arguments a message uses ({name}, {count, plural, …}) and its rich-text tags (<b>…</b>). */
function placeholders(message: string): string[] {
  const args = [...message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)].map((m) => `{${m[1]}}`);
  const tags = [...message.matchAll(/<([A-Za-z][\w-]*)>/g)].map((m) => `<${m[1]}>`);
  return [...new Set([...args, ...tags])].sort();
}

const nlLeaves = leaves(nl as unknown as Tree);
const enLeaves = leaves(en as unknown as Tree);

describe("message files", () => {
  it("have every key in both languages", () => {
    const missingInEn = [...nlLeaves.keys()].filter((key) => !enLeaves.has(key));
    const missingInNl = [...enLeaves.keys()].filter((key) => !nlLeaves.has(key));
    expect({ missingInEn, missingInNl }).toEqual({ missingInEn: [], missingInNl: [] });
  });

  it("use the same placeholders and tags in both languages", () => {
    const mismatched = [...nlLeaves]
      .filter(([key, text]) => enLeaves.has(key))
      .filter(([key, text]) => placeholders(text).join() !== placeholders(enLeaves.get(key)!).join())
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it("have no empty messages", () => {
    const empty = [...nlLeaves, ...enLeaves].filter(([, text]) => text.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it("keep to the glossary's Dutch words", () => {
    const offenders = [...nlLeaves].flatMap(([key, text]) =>
      AVOIDED_DUTCH_WORDS.filter(({ avoid }) => avoid.test(text)).map(
        ({ use }) => `${key}: "${text}" → ${use}`,
      ),
    );
    expect(offenders).toEqual([]);
  });

  it("catch a missing key, a stray placeholder and an avoided word", () => {
    expect(placeholders("Welkom {name}, je hebt {count, plural, one {# gast} other {# gasten}}")).toEqual([
      "{count}",
      "{name}",
    ]);
    expect([...leaves({ a: { b: "x" } }).keys()]).toEqual(["a.b"]);
    expect(AVOIDED_DUTCH_WORDS.some(({ avoid }) => avoid.test("Ophaalpunt"))).toBe(true);
    expect(AVOIDED_DUTCH_WORDS.some(({ avoid }) => avoid.test("Afhalen"))).toBe(false);
  });
});
