"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { undoMergeAction } from "@/components/merges/merge-actions";
import { FormMessage } from "@/components/admin/form-message";
import { Button } from "@/components/ui/button";

export function UndoMergeButton({ mergeId, label }: { mergeId: string; label: string }) {
  const t = useTranslations("admin.merges.undo");
  const [isConfirming, setIsConfirming] = useState(false);
  const [message, setMessage] = useState<{ error?: string; success?: string; code?: string }>({});
  const [isPending, startTransition] = useTransition();

  function undo() {
    startTransition(async () => {
      const result = await undoMergeAction(mergeId);
      setIsConfirming(false);
      setMessage(result.ok ? { success: t("done") } : { error: result.error, code: result.code });
    });
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2 md:justify-end">
        {isConfirming ? (
          <>
            <Button size="sm" disabled={isPending} onClick={undo} className="min-h-11">
              {t("confirm")}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setIsConfirming(false)} className="min-h-11">
              {t("cancel")}
            </Button>
          </>
        ) : (
          <Button
            size="sm"
            variant="secondary"
            onClick={() => setIsConfirming(true)}
            className="min-h-11 whitespace-normal"
          >
            {t("open", { name: label })}
          </Button>
        )}
      </div>
      <FormMessage {...message} />
    </div>
  );
}
