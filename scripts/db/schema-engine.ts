// Drives Prisma's official WASM schema engine, so migrations work where the native engine can't be
// downloaded. The migrations folder and `_prisma_migrations` stay exactly Prisma's own.
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm";

const require = createRequire(import.meta.url);
export const ROOT = path.resolve(import.meta.dirname, "../..");
export const SCHEMA_PATH = path.join(ROOT, "prisma/schema.prisma");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma/migrations");
export const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

type Bindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
let bindings: Promise<Bindings> | undefined;

// The package's ESM entry imports a .wasm file, which Node can't; instantiate it by hand.
async function loadBindings(): Promise<Bindings> {
  // The engine reports Rust panics through this global; without it a panic hangs the caller.
  const registry = {
    message: "",
    set_message(message: string) {
      registry.message = message;
    },
  };
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof registry }).PRISMA_WASM_PANIC_REGISTRY = registry;
  const bg: Bindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmPath = path.join(
    path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
    "schema_engine_bg.wasm",
  );
  const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
    "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
  });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg;
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const CHARACTER_COLUMN = 6; // ColumnTypeEnum.Character in @prisma/driver-adapter-utils
const CHAR_MARK = "\u0000char";

// Introspection reads catalog columns of PostgreSQL's one-byte "char" type (pg_constraint.contype
// and friends), which adapter-pg 7 rejects as unsupported while the engine expects a Character
// column. pg hands them over as text with a marked name; the adapter wrapper turns the mark back
// into a Character column.
function markCharColumns(res: pg.QueryResult | undefined) {
  for (const field of res?.fields ?? []) {
    if (field.dataTypeID === PG_CHAR_OID) {
      field.dataTypeID = PG_TEXT_OID;
      field.name += CHAR_MARK;
    }
  }
}

class CatalogFriendlyClient extends pg.Client {
  override query(...args: unknown[]): never {
    const callback = args.at(-1);
    if (typeof callback === "function") {
      args[args.length - 1] = (err: Error | null, res: pg.QueryResult) => {
        if (!err) markCharColumns(res);
        callback(err, res);
      };
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) {
      return result.then((res: pg.QueryResult) => (markCharColumns(res), res)) as never;
    }
    return result as never;
  }
}

interface RawResult {
  columnNames: string[];
  columnTypes: number[];
}

function withCharColumns<T extends object>(queryable: T): T {
  return new Proxy(queryable, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      if (property === "queryRaw") {
        return async (...args: unknown[]) => {
          const result = (await value.apply(target, args)) as RawResult;
          result.columnNames.forEach((name, index) => {
            if (name.endsWith(CHAR_MARK)) {
              result.columnNames[index] = name.slice(0, -CHAR_MARK.length);
              result.columnTypes[index] = CHARACTER_COLUMN;
            }
          });
          return result;
        };
      }
      // adapter-pg 7 splits scripts on every ";", which breaks dollar-quoted function bodies in
      // migrations; send the script whole, as the native engine and `prisma migrate deploy` do.
      if (property === "executeScript" && "client" in target) {
        const adapter = target as unknown as { client: pg.Pool; onError(error: unknown): never };
        return async (script: string) => {
          try {
            await adapter.client.query(script);
          } catch (error) {
            adapter.onError(error);
          }
        };
      }
      if (property === "startTransaction" || property === "connect" || property === "connectToShadowDb") {
        return async (...args: unknown[]) => withCharColumns((await value.apply(target, args)) as object);
      }
      return value.bind(target);
    },
  });
}

export async function readSchema(): Promise<string> {
  return readFile(SCHEMA_PATH, "utf8");
}

/** Runs `work` with a schema engine connected to `connectionString`, then releases it. */
export async function withSchemaEngine<T>(
  connectionString: string,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  bindings ??= loadBindings();
  const bg = await bindings;
  const schema = await readSchema();
  const pool = new pg.Pool({ connectionString, Client: CatalogFriendlyClient, max: 2 });
  const adapter = bindMigrationAwareSqlAdapterFactory(withCharColumns(new PrismaPg(pool)));
  const log = (message: string) => {
    if (process.env.GASTVRIJ_SCHEMA_ENGINE_DEBUG) console.error("[schema-engine]", message);
  };
  const engine = await bg.SchemaEngine.new({ datamodels: [[SCHEMA_PATH, schema]] }, log, adapter);
  try {
    return await work(engine);
  } finally {
    engine.free();
    await pool.end();
  }
}

export async function loadMigrationsList(): Promise<MigrationList> {
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  const lockContent = await readFile(lockPath, "utf8").catch(() => null);
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true }).catch(() => []);
  const dirs = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(
    dirs.map(async (dir) => {
      const file = path.join(MIGRATIONS_DIR, dir, "migration.sql");
      const content = await readFile(file, "utf8").then(
        (value) => ({ tag: "ok" as const, value }),
        (error: Error) => ({ tag: "error" as const, value: error.message }),
      );
      return { path: dir, migrationFile: { path: "migration.sql", content } };
    }),
  );
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/** SQL that would bring the database behind `connectionString` to schema.prisma; "" when none. */
export async function diffDatabaseToSchema(connectionString: string): Promise<string> {
  return withSchemaEngine(connectionString, async (engine) => {
    const schema = await readSchema();
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files: [{ path: SCHEMA_PATH, content: schema }], configDir: ROOT },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    });
    const sql = (result.stdout ?? "").trim();
    return sql === "-- This is an empty migration." ? "" : sql;
  });
}
