"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

const GENERIC_ERROR =
  "Those details didn't work. Check your email and password, or wait a few minutes if you tried several times.";

export function LoginForm({
  next,
  singleSignOnName,
}: {
  next: string | null;
  singleSignOnName: string | null;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setIsPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (!result || result.error) {
      setIsPending(false);
      setError(GENERIC_ERROR);
      return;
    }
    router.replace(next ?? "/");
    router.refresh();
  }

  return (
    <div className="rounded-xl border border-stone-200 bg-white p-6 shadow-sm">
      <h1 className="text-lg font-semibold text-stone-900">Sign in</h1>
      <p className="mt-1 text-sm text-stone-600">Staff access to customer context.</p>
      <form onSubmit={onSubmit} className="mt-5 space-y-4" noValidate>
        <div className="space-y-1.5">
          <label htmlFor="email" className="text-sm font-medium text-stone-800">
            Email
          </label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            className="h-10 w-full rounded-md border border-stone-300 px-3 text-sm focus:border-brand-600"
          />
        </div>
        <div className="space-y-1.5">
          <label htmlFor="password" className="text-sm font-medium text-stone-800">
            Password
          </label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className="h-10 w-full rounded-md border border-stone-300 px-3 text-sm focus:border-brand-600"
          />
        </div>
        {error ? (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {error}
          </p>
        ) : null}
        <button
          type="submit"
          disabled={isPending}
          className="h-10 w-full rounded-md bg-brand-600 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {isPending ? "Signing in…" : "Sign in"}
        </button>
      </form>
      {singleSignOnName ? (
        <button
          type="button"
          onClick={() => signIn("oidc", { callbackUrl: next ?? "/" })}
          className="mt-3 h-10 w-full rounded-md border border-stone-300 text-sm font-medium text-stone-800 hover:bg-stone-50"
        >
          Sign in with {singleSignOnName}
        </button>
      ) : null}
    </div>
  );
}
