"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { FormMessage } from "@/components/admin/form-message";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { RecoveryCodesNotice } from "./recovery-codes-notice";
import { removePasskeyAction } from "./second-factor-actions";
import { enrolPasskey } from "./use-passkey";
import { useIsHydrated } from "./use-is-hydrated";

interface PasskeyRow {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export function PasskeySection({ passkeys }: { passkeys: PasskeyRow[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ error?: string; success?: string; code?: string }>({});
  const [codes, setCodes] = useState<string[] | null>(null);
  const [isPending, startTransition] = useTransition();
  const isHydrated = useIsHydrated();

  function onAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get("name") ?? "");
    startTransition(async () => {
      const result = await enrolPasskey(name);
      if (!result.ok) return setMessage({ error: result.error, code: result.code });
      form.reset();
      setMessage({ success: `Passkey “${name}” added.` });
      setCodes(result.data.recoveryCodes);
      router.refresh();
    });
  }

  function onRemove(row: PasskeyRow) {
    startTransition(async () => {
      const result = await removePasskeyAction(row.id);
      setMessage(
        result.ok
          ? { success: `Passkey “${row.name}” removed.` }
          : { error: result.error, code: result.code },
      );
      router.refresh();
    });
  }

  return (
    <div className="space-y-4">
      {passkeys.length ? (
        <ul
          aria-label="Your passkeys"
          className="divide-y divide-stone-200 rounded-md border border-stone-200"
        >
          {passkeys.map((row) => (
            <li key={row.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
              <div>
                <div className="font-medium text-stone-900">{row.name}</div>
                <div className="text-xs text-stone-600">
                  Added {row.createdAt} · {row.lastUsedAt ? `last used ${row.lastUsedAt}` : "not used yet"}
                </div>
              </div>
              <Button
                size="sm"
                variant="secondary"
                disabled={isPending || !isHydrated}
                onClick={() => onRemove(row)}
              >
                Remove {row.name}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-stone-600">No passkeys yet.</p>
      )}
      <form onSubmit={onAdd} className="flex flex-wrap items-end gap-2" aria-label="Add a passkey">
        <div className="min-w-48 flex-1 space-y-1.5">
          <Label htmlFor="passkey-name">Name for the new passkey</Label>
          <Input id="passkey-name" name="name" placeholder="e.g. Work laptop" required maxLength={60} />
        </div>
        <Button type="submit" disabled={isPending || !isHydrated}>
          Add a passkey
        </Button>
      </form>
      <FormMessage {...message} />
      {codes ? <RecoveryCodesNotice codes={codes} onDone={() => setCodes(null)} /> : null}
    </div>
  );
}
