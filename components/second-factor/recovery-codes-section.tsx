"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormMessage } from "@/components/admin/form-message";
import { Button } from "@/components/ui/button";
import { RecoveryCodesNotice } from "./recovery-codes-notice";
import { regenerateRecoveryCodesAction } from "./second-factor-actions";
import { useIsHydrated } from "./use-is-hydrated";

export function RecoveryCodesSection({ left }: { left: number }) {
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
      <p className="text-sm text-stone-700">
        {left === 1 ? "1 unused recovery code left." : `${left} unused recovery codes left.`} New codes
        replace all earlier ones.
      </p>
      <Button type="button" variant="secondary" disabled={isPending || !isHydrated} onClick={regenerate}>
        Make new recovery codes
      </Button>
      <FormMessage {...message} />
      {codes ? <RecoveryCodesNotice codes={codes} onDone={() => setCodes(null)} /> : null}
    </div>
  );
}
