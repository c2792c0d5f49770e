"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormMessage } from "@/components/admin/form-message";
import { Button } from "@/components/ui/button";
import { RecoveryCodesNotice } from "./recovery-codes-notice";
import { regenerateRecoveryCodesAction } from "./second-factor-actions";
import { useIsHydrated } from "./use-is-hydrated";

export function RecoveryCodesSection({ left }: { left: number }) {
  const t = useTranslations("secondFactor.recovery");
  const router = useRouter();
  const [codes, setCodes] = useState<string[] | null>(null);
  const [message, setMessage] = useState<{ error?: string; code?: string }>({});
  const [isPending, startTransition] = useTransition();
  const isHydrated = useIsHydrated();

  const regenerate = () =>
    startTransition(async () => {
      const result = await regenerateRecoveryCodesAction();
      if (!result.ok) return setMessage({ error: result.error, code: result.code });
      setMessage({});
      setCodes(result.data);
      router.refresh();
    });

  return (
    <div className="space-y-3">
      <p className="text-sm text-stone-700">{t("left", { count: left })}</p>
      <Button
        type="button"
        variant="secondary"
        size="lg"
        disabled={isPending || !isHydrated}
        onClick={regenerate}
      >
        {t("regenerate")}
      </Button>
      <FormMessage {...message} />
      {codes ? <RecoveryCodesNotice codes={codes} onDone={() => setCodes(null)} /> : null}
    </div>
  );
}
