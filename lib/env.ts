import "server-only";
import { z } from "zod";

// Validated once, at first import on the server. Each problem names the variable and what is wrong.
const schema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set. `npm start` sets it for the embedded database; in production point it at your PostgreSQL." })
    .regex(/^postgres(ql)?:\/\//, { error: "DATABASE_URL must be a postgresql:// connection string" }),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof schema>;

function loadEnv(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join(".") || "environment"}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

export const env = loadEnv();
