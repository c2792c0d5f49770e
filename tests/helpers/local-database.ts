// Test and e2e setups wipe and recreate databases; they must never do that to a remote server.
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

export function assertLocalDatabase(url: string): void {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host)) {
    throw new Error(
      `Refusing to run tests against ${host}: DATABASE_URL must point at a local PostgreSQL (127.0.0.1 or localhost).`,
    );
  }
}
