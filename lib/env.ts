import "server-only";
import { z } from "zod";
import { compileTrustedProxies, TRUSTED_PROXIES_HINT } from "@/lib/net/trusted-proxies";

// Validated once, at first import on the server. Each problem names the variable and what is wrong.
const optional = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

const schema = z
  .object({
    DATABASE_URL: z
      .string({
        error:
          "is not set. `npm start` sets it for the embedded database; in production point it at your PostgreSQL.",
      })
      .regex(/^postgres(ql)?:\/\//, { error: "must be a postgresql:// connection string" }),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    // A streaming replica for heavy reads (search, insights, boards, timelines); see docs/scaling.md.
    DATABASE_READ_URL: optional.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, { error: "must be a postgresql:// connection string" })
        .optional(),
    ),
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    NEXTAUTH_SECRET: z
      .string({ error: "is not set. Generate one with `openssl rand -base64 32`." })
      .min(32, { error: "must be at least 32 characters (generate one with `openssl rand -base64 32`)" }),
    NEXTAUTH_URL: z
      .url({ error: "must be the app's public URL, e.g. https://gastvrij.example.nl" })
      .optional(),
    // Keys the suppression hashes and download links (lib/privacy/privacy-keys.ts). Optional: derived
    // from NEXTAUTH_SECRET when unset; set it so NEXTAUTH_SECRET can rotate without reviving erased people.
    PRIVACY_SECRET: z
      .string()
      .min(32, { error: "must be at least 32 characters (generate one with `openssl rand -base64 32`)" })
      .optional(),
    OIDC_ISSUER: z.url({ error: "must be the issuer URL of your identity provider" }).optional(),
    OIDC_CLIENT_ID: optional,
    OIDC_CLIENT_SECRET: optional,
    OIDC_NAME: optional,
    TRUSTED_PROXIES: optional.refine(
      (value) => {
        try {
          compileTrustedProxies(value);
          return true;
        } catch {
          return false;
        }
      },
      { error: TRUSTED_PROXIES_HINT },
    ),
    // Which `amr` values of the identity provider's ID token count as a second factor, e.g.
    // "mfa,hwk,otp". Unset: single sign-on never counts, and Gastvrij asks for its own factor.
    OIDC_SECOND_FACTOR_AMR: z
      .string()
      .trim()
      .regex(/^([A-Za-z0-9_-]+(\s*,\s*[A-Za-z0-9_-]+)*)?$/, {
        error: 'must be a comma-separated list of amr values, e.g. "mfa,hwk,otp"',
      })
      .transform((value) =>
        value
          .split(",")
          .map((part) => part.trim())
          .filter(Boolean),
      )
      .default([]),
  })
  .superRefine((value, ctx) => {
    const oidc = [value.OIDC_ISSUER, value.OIDC_CLIENT_ID, value.OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message: "single sign-on needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together",
      });
    }
  });

export type Env = z.infer<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  - ${issue.path.join(".") || "environment"} ${issue.message}`,
    );
    throw new Error(`Invalid configuration:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

export const env = parseEnv(process.env);
