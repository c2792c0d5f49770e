"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { FormMessage } from "@/components/admin/form-message";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { RecoveryCodesNotice } from "./recovery-codes-notice";
import { useIsHydrated } from "./use-is-hydrated";
import {
  confirmTotpEnrolmentAction,
  removeTotpAction,
  startTotpEnrolmentAction,
} from "./second-factor-actions";

/** `since` is already formatted in the interface language; null while no app is set up. */
export function TotpSection({ since }: { since: string | null }) {
  const t = useTranslations("secondFactor.totp");
  const tCommon = useTranslations("common.actions");
  const router = useRouter();
  const [setup, setSetup] = useState<{ secret: string; qrDataUrl: string } | null>(null);
  const [message, setMessage] = useState<{ error?: string; success?: string; code?: string }>({});
  const [codes, setCodes] = useState<string[] | null>(null);
  const [isPending, startTransition] = useTransition();
  const isHydrated = useIsHydrated();

  const start = () =>
    startTransition(async () => {
      const result = await startTotpEnrolmentAction();
      if (!result.ok) return setMessage({ error: result.error, code: result.code });
      setMessage({});
      setSetup(result.data);
    });

  function onConfirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get("code") ?? "");
    startTransition(async () => {
      const result = await confirmTotpEnrolmentAction({ code });
      if (!result.ok) return setMessage({ error: result.error, code: result.code });
      setSetup(null);
      setMessage({ success: t("setUpDone") });
      setCodes(result.data.recoveryCodes);
      router.refresh();
    });
  }

  const remove = () =>
    startTransition(async () => {
      const result = await removeTotpAction();
      setMessage(result.ok ? { success: t("removed") } : { error: result.error, code: result.code });
      router.refresh();
    });

  return (
    <div className="space-y-4">
      {since ? (
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm text-stone-700">{t("since", { date: since })}</p>
          <Button size="lg" variant="secondary" disabled={isPending || !isHydrated} onClick={remove}>
            {t("remove")}
          </Button>
        </div>
      ) : setup ? (
        <div className="space-y-3">
          <p className="text-sm text-stone-700">{t("scan")}</p>
          {/* A data URL made on the server: the secret never goes to a third-party QR service. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={setup.qrDataUrl} alt={t("qrAlt")} width={220} height={220} />
          <p className="font-mono text-sm break-all text-stone-900" aria-label={t("setupKey")}>
            {setup.secret}
          </p>
          <form onSubmit={onConfirm} className="flex flex-wrap items-end gap-2" aria-label={t("formLabel")}>
            <div className="space-y-1.5">
              <Label htmlFor="totp-confirm">{t("codeLabel")}</Label>
              <Input
                id="totp-confirm"
                name="code"
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={7}
                required
                className="h-11"
              />
            </div>
            <Button type="submit" size="lg" disabled={isPending || !isHydrated}>
              {tCommon("confirm")}
            </Button>
          </form>
        </div>
      ) : (
        <Button
          type="button"
          variant="secondary"
          size="lg"
          disabled={isPending || !isHydrated}
          onClick={start}
        >
          {t("setUp")}
        </Button>
      )}
      <FormMessage {...message} />
      {codes ? <RecoveryCodesNotice codes={codes} onDone={() => setCodes(null)} /> : null}
    </div>
  );
}
