import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { LoginLanguageSwitch } from "@/components/auth/login-language-switch";
import { isSingleSignOnEnabled } from "@/lib/auth/auth-options";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { env } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.login");
  return { title: t("metaTitle") };
}

/** Only same-site relative paths, so the login page can't be used to bounce people elsewhere. */
function safeNext(next: string | string[] | undefined): string | null {
  return typeof next === "string" && /^\/(?!\/)[^\\]*$/.test(next) ? next : null;
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const next = safeNext(params.next);
  const actor = await getCurrentActor();
  if (actor) redirect(next ?? ROLE_HOME[actor.role]);
  const t = await getTranslations("auth.login");
  return (
    <div className="w-full max-w-sm space-y-6">
      <p className="text-center text-2xl font-semibold tracking-tight text-brand-700">Gastvrij</p>
      <LoginForm
        next={next}
        singleSignOnName={isSingleSignOnEnabled ? (env.OIDC_NAME ?? t("singleSignOnDefault")) : null}
      />
      <LoginLanguageSwitch />
    </div>
  );
}
