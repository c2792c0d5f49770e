// npm run user:create -- --email you@example.nl --role admin [--name "…"] [--location HTL-AMS …]
// Creates a staff account (or resets one) with a password read from GASTVRIJ_PASSWORD or a prompt.
// The user must change it at first sign-in.
import { parseArgs } from "node:util";
import { createInterface } from "node:readline/promises";
import { ROLES, type Role } from "../lib/auth/permissions";
import { withDatabase } from "./lib/database";
import { upsertStaffAccount } from "./lib/staff-accounts";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    role: { type: "string" },
    name: { type: "string" },
    location: { type: "string", multiple: true, default: [] },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!values.email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email))
  fail("--email: give the user's email address");
if (!values.role || !ROLES.includes(values.role as Role)) fail(`--role: one of ${ROLES.join(", ")}`);

async function readPassword(): Promise<string> {
  if (process.env.GASTVRIJ_PASSWORD) return process.env.GASTVRIJ_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question("Initial password (at least 12 characters): ");
  rl.close();
  return answer;
}

const password = await readPassword();
await withDatabase(async (url) => {
  await upsertStaffAccount(url, {
    email: values.email!,
    name: values.name ?? values.email!.split("@")[0]!,
    role: values.role as Role,
    password,
    locationCodes: values.location ?? [],
    mustChangePassword: true,
  });
  console.log(
    `Created ${values.role} ${values.email}. They will be asked to choose a new password at first sign-in.`,
  );
}).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
process.exit(0);
