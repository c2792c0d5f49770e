import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { amrCountsAsSecondFactor } from "./oidc-amr";
import { requestInfoFrom } from "./request-info";
import { usesSecureCookies } from "./session-cookie-names";
import { ABSOLUTE_TIMEOUT_MS } from "./session-policy";
import { signInWithPassword, startSession } from "./sign-in";

declare module "next-auth" {
  interface User {
    sessionId?: string;
  }
  interface Session {
    sid?: string;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}

const credentials = CredentialsProvider({
  name: "Email and password",
  credentials: {
    email: { label: "Email", type: "email" },
    password: { label: "Password", type: "password" },
  },
  async authorize(input, req) {
    const headers = (req?.headers ?? {}) as Record<string, string | undefined>;
    const info = requestInfoFrom((name) => headers[name]);
    return signInWithPassword(input, info);
  },
});

// Generic OpenID Connect (Microsoft Entra ID, Google Workspace, …), only when configured. It signs in
// existing, enabled staff accounts by email; it never creates accounts.
const oidc = env.OIDC_ISSUER
  ? [
      {
        id: "oidc",
        name: env.OIDC_NAME ?? "Single sign-on",
        type: "oauth" as const,
        wellKnown: `${env.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
        clientId: env.OIDC_CLIENT_ID,
        clientSecret: env.OIDC_CLIENT_SECRET,
        authorization: { params: { scope: "openid email profile" } },
        idToken: true,
        checks: ["pkce" as const, "state" as const],
        profile(profile: { sub: string; email?: string; name?: string }) {
          return { id: profile.sub, email: profile.email?.toLowerCase() ?? null, name: profile.name ?? null };
        },
      },
    ]
  : [];

export const isSingleSignOnEnabled = oidc.length > 0;

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  // Decided here, not per request, so getCurrentActor reads the very cookie next-auth manages.
  useSecureCookies: usesSecureCookies(env.NEXTAUTH_URL),
  session: { strategy: "jwt", maxAge: ABSOLUTE_TIMEOUT_MS / 1000 },
  pages: { signIn: "/login", error: "/login" },
  providers: [credentials, ...oidc],
  callbacks: {
    async signIn({ user, account, profile }) {
      if (account?.provider !== "oidc") return true;
      const email = user.email?.toLowerCase();
      const staff = email ? await db.staffUser.findUnique({ where: { email } }) : null;
      if (!staff || staff.isDisabled) {
        await recordAudit({
          action: "auth.signIn.failure",
          actorEmail: email ?? null,
          reason: "single sign-on: no active staff account",
        });
        return false;
      }
      user.id = staff.id;
      const amr = (profile as { amr?: unknown } | undefined)?.amr;
      const countsAsSecondFactor = amrCountsAsSecondFactor(amr, env.OIDC_SECOND_FACTOR_AMR);
      user.sessionId = await startSession(
        staff.id,
        staff.sessionVersion,
        { ip: null, userAgent: null },
        countsAsSecondFactor ? "oidc" : null,
      );
      await recordAudit({
        action: "auth.signIn.success",
        actor: { id: staff.id, email: staff.email, ip: null, userAgent: null },
        reason: countsAsSecondFactor ? "single sign-on with the provider's second factor" : "single sign-on",
      });
      return true;
    },
    jwt({ token, user }) {
      if (user?.sessionId) token.sid = user.sessionId;
      return token;
    },
    session({ session, token }) {
      session.sid = token.sid;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (!token?.sid) return;
      const session = await db.staffSession.update({
        where: { id: token.sid },
        data: { endedAt: new Date() },
        include: { staffUser: { select: { id: true, email: true } } },
      });
      await recordAudit({
        action: "auth.signOut",
        actor: { ...session.staffUser, ip: session.ip, userAgent: session.userAgent },
      });
    },
  },
};
