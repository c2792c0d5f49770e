"use client";

import { useTranslations } from "next-intl";
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
  /** Already formatted in the interface language. */
  createdAt: string;
  lastUsedAt: string | null;
}

export function PasskeySection({ passkeys }: { passkeys: PasskeyRow[] }) {
  const t = useTranslations("secondFactor.passkeys");
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
      if (!result.ok) {
        const error =
          "browserProblem" in result && result.browserProblem ? t(result.browserProblem) : result.error;
        return setMessage({ error, code: result.code });
      }
      form.reset();
      setMessage({ success: t("addedMessage", { name }) });
      setCodes(result.data.recoveryCodes);
      router.refresh();
    });
  }

  function onRemove(row: PasskeyRow) {
    startTransition(async () => {
      const result = await removePasskeyAction(row.id);
      setMessage(
        result.ok
          ? { success: t("removedMessage", { name: row.name }) }
          : { error: result.error, code: result.code },
      );
      router.refresh();
    });
  }

  return (
    <div className="space-y-4">
      {passkeys.length ? (
        <ul
          aria-label={t("listLabel")}
          className="divide-y divide-stone-200 rounded-md border border-stone-200"
        >
          {passkeys.map((row) => (
            <li key={row.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
              <div className="min-w-0">
                <div className="font-medium break-words text-stone-900">{row.name}</div>
                <div className="text-xs text-stone-600">
                  {t("added", { date: row.createdAt })} ·{" "}
                  {row.lastUsedAt ? t("lastUsed", { date: row.lastUsedAt }) : t("notUsed")}
                </div>
              </div>
              <Button
                size="lg"
                variant="secondary"
                disabled={isPending || !isHydrated}
                onClick={() => onRemove(row)}
              >
                {t("remove", { name: row.name })}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-stone-600">{t("none")}</p>
      )}
      <form onSubmit={onAdd} className="flex flex-wrap items-end gap-2" aria-label={t("formLabel")}>
        <div className="min-w-0 flex-[1_1_12rem] space-y-1.5">
          <Label htmlFor="passkey-name">{t("nameLabel")}</Label>
          <Input
            id="passkey-name"
            name="name"
            placeholder={t("namePlaceholder")}
            required
            maxLength={60}
            className="h-11"
          />
        </div>
        <Button type="submit" size="lg" disabled={isPending || !isHydrated}>
          {t("add")}
        </Button>
      </form>
      <FormMessage {...message} />
      {codes ? <RecoveryCodesNotice codes={codes} onDone={() => setCodes(null)} /> : null}
    </div>
  );
}
