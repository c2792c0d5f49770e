"use client";

import { useTranslations } from "next-intl";
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
import { UNNAMED_CUSTOMER } from "@/lib/format/names";
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
  const t = useTranslations("admin");
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [message, setMessage] = useState<{ error?: string; success?: string; code?: string }>({});
  const name = (stored: string) => (stored === UNNAMED_CUSTOMER ? t("unnamedCustomer") : stored);
  const [isDone, setIsDone] = useState(false);
  const [isPending, startTransition] = useTransition();

  const load = (survivorId: string, mergedId: string) =>
    startTransition(async () => {
      const result = await previewMergeAction({ survivorId, mergedId });
      if (result.ok) setPreview(result.data);
      else setMessage({ error: result.error, code: result.code });
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
      if (!result.ok) return setMessage({ error: result.error, code: result.code });
      setIsDone(true);
      setMessage({
        success: t("mergeReview.merged", {
          merged: name(preview.merged.name),
          survivor: name(preview.survivor.name),
        }),
      });
    });
  }

  function onDismiss() {
    if (!suggestionId) return;
    startTransition(async () => {
      const result = await dismissSuggestionAction(suggestionId);
      if (!result.ok) return setMessage({ error: result.error, code: result.code });
      setIsDone(true);
      setMessage({ success: t("mergeReview.dismissed") });
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
          className="h-auto min-h-11 max-w-full text-left whitespace-normal"
        >
          {preview ? t("mergeReview.refresh") : t("mergeReview.preview", { label })}
        </Button>
        {preview ? (
          <Button
            size="sm"
            variant="secondary"
            disabled={isPending}
            onClick={() => load(preview.merged.id, preview.survivor.id)}
            className="h-auto min-h-11 max-w-full text-left whitespace-normal"
          >
            {t("mergeReview.keepOther", { name: name(preview.merged.name) })}
          </Button>
        ) : null}
        {suggestionId ? (
          <Button size="sm" variant="ghost" disabled={isPending} onClick={onDismiss} className="min-h-11">
            {t("mergeReview.notSame")}
          </Button>
        ) : null}
      </div>
      {preview ? (
        <div className="space-y-3 rounded-lg border border-stone-200 bg-stone-50 p-4">
          <MergePreviewPanel preview={preview} />
          <form
            onSubmit={onMerge}
            className="flex flex-wrap items-end gap-2"
            aria-label={t("mergeReview.confirmLabel", { label })}
          >
            <div className="min-w-0 flex-1 basis-64 space-y-1.5">
              <Label htmlFor={`reason-${firstId}-${secondId}`}>{t("mergeReview.why")}</Label>
              <Input
                className="h-11"
                id={`reason-${firstId}-${secondId}`}
                name="reason"
                required
                minLength={3}
                maxLength={300}
                placeholder={t("mergeReview.whyPlaceholder")}
              />
            </div>
            <Button
              type="submit"
              disabled={isPending}
              className="h-auto min-h-11 max-w-full text-left whitespace-normal"
            >
              {t("mergeReview.merge", { name: name(preview.survivor.name) })}
            </Button>
          </form>
        </div>
      ) : null}
      <FormMessage {...message} />
    </div>
  );
}
