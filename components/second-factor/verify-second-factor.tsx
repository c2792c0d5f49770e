"use client";

import { KeyRound } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { FormMessage } from "@/components/admin/form-message";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { confirmWithPasskey } from "./use-passkey";
import { verifyRecoveryCodeAction, verifyTotpAction } from "./second-factor-actions";
import { useIsHydrated } from "./use-is-hydrated";

type Result = { ok: true } | { ok: false; error: string; code?: string };

/** Passkey, authenticator code or recovery code: whichever the user has; then back to `next`. */
export function VerifySecondFactor({
  next,
  hasPasskey,
  hasTotp,
}: {
  next: string;
  hasPasskey: boolean;
  hasTotp: boolean;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isRecovery, setIsRecovery] = useState(!hasPasskey && !hasTotp);
  const [isPending, startTransition] = useTransition();
  const isHydrated = useIsHydrated();

  const run = (work: () => Promise<Result>) =>
    startTransition(async () => {
      setError(null);
      const result = await work();
      if (!result.ok) return setError(result.error);
      router.replace(next);
      router.refresh();
    });

  function onCode(event: FormEvent<HTMLFormElement>, isRecoveryCode: boolean) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get("code") ?? "");
    run(() => (isRecoveryCode ? verifyRecoveryCodeAction({ code }) : verifyTotpAction({ code })));
  }

  return (
    <div className="space-y-5">
      {hasPasskey ? (
        <Button
          type="button"
          className="w-full"
          disabled={isPending || !isHydrated}
          onClick={() => run(confirmWithPasskey)}
        >
          <KeyRound aria-hidden="true" /> Use your passkey
        </Button>
      ) : null}
      {hasTotp && !isRecovery ? (
        <form
          onSubmit={(event) => onCode(event, false)}
          className="space-y-2"
          aria-label="Authenticator code"
        >
          <Label htmlFor="totp-code">Code from your authenticator app</Label>
          <Input
            id="totp-code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            required
          />
          <Button type="submit" variant="secondary" disabled={isPending || !isHydrated}>
            Confirm code
          </Button>
        </form>
      ) : null}
      {isRecovery ? (
        <form onSubmit={(event) => onCode(event, true)} className="space-y-2" aria-label="Recovery code">
          <Label htmlFor="recovery-code">Recovery code</Label>
          <Input id="recovery-code" name="code" autoComplete="off" maxLength={40} required />
          <Button type="submit" variant="secondary" disabled={isPending || !isHydrated}>
            Use recovery code
          </Button>
        </form>
      ) : (
        <button
          type="button"
          className="text-sm text-brand-700 underline"
          onClick={() => setIsRecovery(true)}
        >
          Lost your device? Use a recovery code
        </button>
      )}
      <FormMessage error={error} />
    </div>
  );
}
