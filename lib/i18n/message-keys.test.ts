import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en";
import { isMessageKey } from "./translator";

// Error and validation sentences are message keys written as strings in the code (zod messages,
// refError(), messageRef() …). The type check covers most of them; this scan covers every one, so a
// key that is missing from the message files fails here instead of showing as a raw key to staff.

const ROOT = path.resolve(import.meta.dirname, "../..");
const NAMESPACES = ["errors", "validation", "eligibility"];
const KEY = new RegExp(`["'\`]((?:${NAMESPACES.join("|")})\\.[A-Za-z0-9_.]*[A-Za-z0-9_])["'\`]`, "g");
/** Keys built from a template (a field's label, an error code), checked by the type check instead. */
const BUILT = [/^validation\.policy\.fields\./, /^validation\.retention\.fields\./, /^errors\.codes\./];

function sourceFiles(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith("lib/generated/") && keep(file));
}

const FILES = [
  ...sourceFiles("lib", () => true),
  ...sourceFiles("app/api", (file) => file.endsWith("route.ts")),
  ...sourceFiles("components", (file) => file.endsWith("-actions.ts") || file.startsWith("components/ui/")),
];

function keysIn(file: string): string[] {
  return [...readFileSync(path.join(ROOT, file), "utf8").matchAll(KEY)].map((match) => match[1]!);
}

function leaves(tree: object, prefix: string): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}.${key}`] : leaves(value as object, `${prefix}.${key}`),
  );
}

/** Lines that give zod an English sentence: `{ error: "…" }` or a check's message argument `.min(5, "…")`. */
function sentencesIn(source: string): string[] {
  const sentence =
    /\berror:\s*["'`]|\.(?:min|max|length|regex|gt|gte|lt|lte|int|email|uuid|url)\([^()]*,\s*["'`]/;
  return source
    .split("\n")
    .filter((line) => sentence.test(line))
    .map((line) => line.trim());
}

const used = new Map(FILES.flatMap((file) => keysIn(file).map((key) => [key, file] as const)));

describe("message keys in the code", () => {
  it("are found by the scan (it reads the sources it should)", () => {
    expect(used.size).toBeGreaterThan(100);
    expect(used.get("validation.text.unsafe")).toBeDefined();
    expect(used.get("errors.notFound.customer")).toBeDefined();
  });

  it("all exist in the message files", () => {
    const missing = [...used].filter(([key]) => !isMessageKey(key)).map(([key, file]) => `${file}: ${key}`);
    expect(missing).toEqual([]);
  });

  it("leave no sentence in the error and validation files unused", () => {
    const own = NAMESPACES.flatMap((namespace) => leaves(en[namespace as keyof typeof en], namespace));
    const unused = own.filter((key) => !used.has(key) && !BUILT.some((pattern) => pattern.test(key)));
    expect(unused).toEqual([]);
  });

  it("are what every zod schema in lib/ gives as its own message, never an English sentence", () => {
    // lib/env.ts speaks to whoever starts the server, not to staff.
    const schemas = FILES.filter((file) => file.startsWith("lib/") && file !== "lib/env.ts").filter((file) =>
      /from "zod"/.test(readFileSync(path.join(ROOT, file), "utf8")),
    );
    const sentences = schemas.flatMap((file) =>
      sentencesIn(readFileSync(path.join(ROOT, file), "utf8")).map((line) => `${file}: ${line}`),
    );
    expect(schemas.length).toBeGreaterThan(20);
    expect(sentences).toEqual([]);
  });

  it("catch a key that is not in the message files", () => {
    expect([..."x = 'errors.users.noSuchSentence';".matchAll(KEY)].map((m) => m[1])).toEqual([
      "errors.users.noSuchSentence",
    ]);
    expect(isMessageKey("errors.users.noSuchSentence")).toBe(false);
    expect(sentencesIn('  name: z.string().min(2, { error: "Enter a name." }),')).toHaveLength(1);
    expect(sentencesIn('  reason: z.string().min(5, "Say why."),')).toHaveLength(1);
    expect(
      sentencesIn('  name: z.string().min(2, { error: issueMessage("validation.common.enterName") }),'),
    ).toEqual([]);
  });
});
