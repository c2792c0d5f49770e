"use client";

import { useState, useTransition, type FormEvent } from "react";
import {
  dismissSuggestionAction,
  mergeCustomersAction,
  previewMergeAction,
} from "@/components/merges/duplicate-actions";
import { FormMessage } from "@/components/admin/form-message";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { MergePreview } from "@/lib/identity/preview-merge";
import { MergePreviewPanel } from "./merge-preview";

interface Props {
  firstId: string;
  secondId: string;
  suggestionId?: string;
  label: string;
}

/** Preview first, then merge (with a reason) or dismiss; nothing changes until the reviewer confirms. */
export function MergeReview({ firstId, secondId, suggestionId, label }: Props) {
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const [isDone, setIsDone] = useState(false);
  const [isPending, startTransition] = useTransition();

  const load = (survivorId: string, mergedId: string) =>
    startTransition(async () => {
      const result = await previewMergeAction({ survivorId, mergedId });
      if (result.ok) setPreview(result.data);
      else setMessage({ error: result.error });
    });

  function onMerge(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!preview) return;
    const reason = new FormData(event.currentTarget).get("reason");
    startTransition(async () => {
      const result = await mergeCustomersAction({
        survivorId: preview.survivor.id,
        mergedId: preview.merged.id,
        reason,
      });
      if (!result.ok) return setMessage({ error: result.error });
      setIsDone(true);
      setMessage({ success: `Merged ${preview.merged.name} into ${preview.survivor.name}.` });
    });
  }

  function onDismiss() {
    if (!suggestionId) return;
    startTransition(async () => {
      const result = await dismissSuggestionAction(suggestionId);
      if (!result.ok) return setMessage({ error: result.error });
      setIsDone(true);
      setMessage({ success: "Marked as different people; this pair is not suggested again." });
    });
  }

  if (isDone) return <FormMessage {...message} />;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <Button
          size="sm"
          variant="secondary"
          disabled={isPending}
          onClick={() => load(firstId, secondId)}
          aria-expanded={preview !== null}
        >
          {preview ? "Refresh preview" : `Preview merge of ${label}`}
        </Button>
        {preview ? (
          <Button
            size="sm"
            variant="secondary"
            disabled={isPending}
            onClick={() => load(preview.merged.id, preview.survivor.id)}
          >
            Keep {preview.merged.name} instead
          </Button>
        ) : null}
        {suggestionId ? (
          <Button size="sm" variant="ghost" disabled={isPending} onClick={onDismiss}>
            Not the same person
          </Button>
        ) : null}
      </div>
      {preview ? (
        <div className="space-y-3 rounded-lg border border-stone-200 bg-stone-50 p-4">
          <MergePreviewPanel preview={preview} />
          <form
            onSubmit={onMerge}
            className="flex flex-wrap items-end gap-2"
            aria-label={`Confirm merge of ${label}`}
          >
            <div className="min-w-64 flex-1 space-y-1.5">
              <Label htmlFor={`reason-${firstId}-${secondId}`}>Why are these the same person?</Label>
              <Input
                id={`reason-${firstId}-${secondId}`}
                name="reason"
                required
                minLength={3}
                maxLength={300}
                placeholder="Same phone and address; guest confirmed at the desk"
              />
            </div>
            <Button type="submit" disabled={isPending}>
              Merge into {preview.survivor.name}
            </Button>
          </form>
        </div>
      ) : null}
      <FormMessage {...message} />
    </div>
  );
}
