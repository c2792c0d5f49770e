"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { renameApiKeyAction, revokeApiKeyAction } from "@/components/api-keys/api-key-actions";
import { FormMessage } from "@/components/admin/form-message";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** Rename and revoke; rendered as parts of the key's row grid (buttons, then forms across the row). */
export function ApiKeyRowActions({ apiKey }: { apiKey: { id: string; name: string; isRevoked: boolean } }) {
  const t = useTranslations("apiKeys.actions");
  const [mode, setMode] = useState<"idle" | "rename" | "confirmRevoke">("idle");
  const [message, setMessage] = useState<{ error?: string; success?: string; code?: string }>({});
  const [isPending, startTransition] = useTransition();

  const run = (work: () => Promise<{ ok: boolean; error?: string; code?: string }>, success: string) =>
    startTransition(async () => {
      const result = await work();
      setMessage(result.ok ? { success } : { error: result.error ?? t("failed"), code: result.code });
      if (result.ok) setMode("idle");
    });

  function onRename(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = new FormData(event.currentTarget).get("name");
    run(() => renameApiKeyAction({ id: apiKey.id, name }), t("renamed"));
  }

  return (
    <>
      <div className="flex flex-wrap gap-2 lg:justify-end">
        <Button
          size="sm"
          variant="secondary"
          aria-expanded={mode === "rename"}
          onClick={() => setMode(mode === "rename" ? "idle" : "rename")}
          className="min-h-11"
        >
          {t("rename", { name: apiKey.name })}
        </Button>
        {apiKey.isRevoked ? null : mode === "confirmRevoke" ? (
          <>
            <Button
              size="sm"
              disabled={isPending}
              className="min-h-11 bg-red-700 hover:bg-red-800"
              onClick={() => run(() => revokeApiKeyAction(apiKey.id), t("revoked"))}
            >
              {t("confirmRevoke")}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setMode("idle")} className="min-h-11">
              {t("cancel")}
            </Button>
          </>
        ) : (
          <Button size="sm" variant="secondary" onClick={() => setMode("confirmRevoke")} className="min-h-11">
            {t("revoke", { name: apiKey.name })}
          </Button>
        )}
      </div>
      {mode === "rename" ? (
        <form
          onSubmit={onRename}
          className="flex flex-wrap items-end gap-2 lg:col-span-4"
          aria-label={t("rename", { name: apiKey.name })}
        >
          <div className="min-w-0 flex-1 basis-56 space-y-1.5">
            <Label htmlFor={`rename-${apiKey.id}`}>{t("newName")}</Label>
            <Input
              className="h-11"
              id={`rename-${apiKey.id}`}
              name="name"
              defaultValue={apiKey.name}
              required
              minLength={2}
              maxLength={80}
            />
          </div>
          <Button type="submit" size="sm" disabled={isPending} className="min-h-11">
            {t("saveName")}
          </Button>
        </form>
      ) : null}
      {message.error || message.success ? (
        <div className="lg:col-span-4">
          <FormMessage {...message} />
        </div>
      ) : null}
    </>
  );
}
