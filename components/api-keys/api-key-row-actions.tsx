"use client";

import { useState, useTransition, type FormEvent } from "react";
import { renameApiKeyAction, revokeApiKeyAction } from "@/components/api-keys/api-key-actions";
import { FormMessage } from "@/components/admin/form-message";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

export function ApiKeyRowActions({ apiKey }: { apiKey: { id: string; name: string; isRevoked: boolean } }) {
  const [mode, setMode] = useState<"idle" | "rename" | "confirmRevoke">("idle");
  const [message, setMessage] = useState<{ error?: string; success?: string; code?: string }>({});
  const [isPending, startTransition] = useTransition();

  const run = (work: () => Promise<{ ok: boolean; error?: string; code?: string }>, success: string) =>
    startTransition(async () => {
      const result = await work();
      setMessage(result.ok ? { success } : { error: result.error ?? "That didn't work.", code: result.code });
      if (result.ok) setMode("idle");
    });

  function onRename(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = new FormData(event.currentTarget).get("name");
    run(() => renameApiKeyAction({ id: apiKey.id, name }), "Renamed.");
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap justify-end gap-2">
        <Button
          size="sm"
          variant="secondary"
          aria-expanded={mode === "rename"}
          onClick={() => setMode(mode === "rename" ? "idle" : "rename")}
        >
          Rename {apiKey.name}
        </Button>
        {apiKey.isRevoked ? null : mode === "confirmRevoke" ? (
          <>
            <Button
              size="sm"
              disabled={isPending}
              className="bg-red-700 hover:bg-red-800"
              onClick={() =>
                run(() => revokeApiKeyAction(apiKey.id), "Revoked. Requests with this key now get 401.")
              }
            >
              Confirm revoke
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setMode("idle")}>
              Cancel
            </Button>
          </>
        ) : (
          <Button size="sm" variant="secondary" onClick={() => setMode("confirmRevoke")}>
            Revoke {apiKey.name}
          </Button>
        )}
      </div>
      {mode === "rename" ? (
        <form
          onSubmit={onRename}
          className="flex flex-wrap items-end justify-end gap-2"
          aria-label={`Rename ${apiKey.name}`}
        >
          <div className="min-w-48 space-y-1.5 text-left">
            <Label htmlFor={`rename-${apiKey.id}`}>New name</Label>
            <Input
              id={`rename-${apiKey.id}`}
              name="name"
              defaultValue={apiKey.name}
              required
              minLength={2}
              maxLength={80}
            />
          </div>
          <Button type="submit" size="sm" disabled={isPending}>
            Save name
          </Button>
        </form>
      ) : null}
      <FormMessage {...message} />
    </div>
  );
}
