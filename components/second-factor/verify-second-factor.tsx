"use client";

import { KeyRound } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { FormMessage } from "@/components/admin/form-message";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { confirmWithPasskey, type BrowserProblem } from "./use-passkey";
import { verifyRecoveryCodeAction, verifyTotpAction } from "./second-factor-actions";
import { useIsHydrated } from "./use-is-hydrated";

type Result = { ok: true } | { ok: false; error: string; code?: string; browserProblem?: BrowserProblem };

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
  const t = useTranslations("secondFactor");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isRecovery, setIsRecovery] = useState(!hasPasskey && !hasTotp);
  const [isPending, startTransition] = useTransition();
  const isHydrated = useIsHydrated();

  const run = (work: () => Promise<Result>) =>
    startTransition(async () => {
      setError(null);
      const result = await work();
      if (!result.ok) {
        return setError(result.browserProblem ? t(`passkeys.${result.browserProblem}`) : result.error);
      }
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
          size="lg"
          className="w-full"
          disabled={isPending || !isHydrated}
          onClick={() => run(confirmWithPasskey)}
        >
          <KeyRound aria-hidden="true" /> {t("verify.usePasskey")}
        </Button>
      ) : null}
      {hasTotp && !isRecovery ? (
        <form
          onSubmit={(event) => onCode(event, false)}
          className="space-y-2"
          aria-label={t("verify.totpFormLabel")}
        >
          <Label htmlFor="totp-code">{t("verify.totpLabel")}</Label>
          <Input
            id="totp-code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            required
            className="h-11"
          />
          <Button type="submit" variant="secondary" size="lg" disabled={isPending || !isHydrated}>
            {t("verify.totpSubmit")}
          </Button>
        </form>
      ) : null}
      {isRecovery ? (
        <form
          onSubmit={(event) => onCode(event, true)}
          className="space-y-2"
          aria-label={t("verify.recoveryFormLabel")}
        >
          <Label htmlFor="recovery-code">{t("verify.recoveryLabel")}</Label>
          <Input id="recovery-code" name="code" autoComplete="off" maxLength={40} required className="h-11" />
          <Button type="submit" variant="secondary" size="lg" disabled={isPending || !isHydrated}>
            {t("verify.recoverySubmit")}
          </Button>
        </form>
      ) : (
        <button
          type="button"
          className="min-h-11 text-left text-sm text-brand-700 underline"
          onClick={() => setIsRecovery(true)}
        >
          {t("verify.lostDevice")}
        </button>
      )}
      <FormMessage error={error} />
    </div>
  );
}
