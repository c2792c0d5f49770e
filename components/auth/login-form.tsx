"use client";

import { useTranslations } from "next-intl";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

const INPUT =
  "h-11 w-full rounded-md border border-stone-300 px-3 text-base focus:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600";

export function LoginForm({
  next,
  singleSignOnName,
}: {
  next: string | null;
  singleSignOnName: string | null;
}) {
  const t = useTranslations("auth.login");
  const router = useRouter();
  const [isFailed, setIsFailed] = useState(false);
  const [isPending, setIsPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setIsPending(true);
    setIsFailed(false);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (!result || result.error) {
      setIsPending(false);
      // One message whatever went wrong: it must not tell whether the account exists.
      setIsFailed(true);
      return;
    }
    router.replace(next ?? "/");
    router.refresh();
  }

  return (
    <div className="rounded-xl border border-stone-200 bg-white p-6 shadow-sm">
      <h1 className="text-lg font-semibold text-stone-900">{t("title")}</h1>
      <p className="mt-1 text-sm text-stone-600">{t("intro")}</p>
      <form onSubmit={onSubmit} className="mt-5 space-y-4" noValidate>
        <div className="space-y-1.5">
          <label htmlFor="email" className="text-sm font-medium text-stone-800">
            {t("email")}
          </label>
          <input id="email" name="email" type="email" autoComplete="username" required className={INPUT} />
        </div>
        <div className="space-y-1.5">
          <label htmlFor="password" className="text-sm font-medium text-stone-800">
            {t("password")}
          </label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className={INPUT}
          />
        </div>
        {isFailed ? (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {t("failed")}
          </p>
        ) : null}
        <button
          type="submit"
          disabled={isPending}
          className="h-11 w-full rounded-md bg-brand-600 text-base font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {isPending ? t("submitting") : t("submit")}
        </button>
      </form>
      {singleSignOnName ? (
        <button
          type="button"
          onClick={() => signIn("oidc", { callbackUrl: next ?? "/" })}
          className="mt-3 h-11 w-full rounded-md border border-stone-300 text-base font-medium text-stone-800 hover:bg-stone-50"
        >
          {t("singleSignOn", { provider: singleSignOnName })}
        </button>
      ) : null}
    </div>
  );
}
