"use client";

import { useState, useTransition } from "react";
import { undoMergeAction } from "@/components/merges/merge-actions";
import { FormMessage } from "@/components/admin/form-message";
import { Button } from "@/components/ui/button";

export function UndoMergeButton({ mergeId, label }: { mergeId: string; label: string }) {
  const [isConfirming, setIsConfirming] = useState(false);
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const [isPending, startTransition] = useTransition();

  function undo() {
    startTransition(async () => {
      const result = await undoMergeAction(mergeId);
      setIsConfirming(false);
      setMessage(
        result.ok ? { success: "Undone: both customers are back as they were." } : { error: result.error },
      );
    });
  }

  return (
    <div className="space-y-2">
      <div className="flex justify-end gap-2">
        {isConfirming ? (
          <>
            <Button size="sm" disabled={isPending} onClick={undo}>
              Confirm undo
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setIsConfirming(false)}>
              Cancel
            </Button>
          </>
        ) : (
          <Button size="sm" variant="secondary" onClick={() => setIsConfirming(true)}>
            Undo merge of {label}
          </Button>
        )}
      </div>
      <FormMessage {...message} />
    </div>
  );
}
