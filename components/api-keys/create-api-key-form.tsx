"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { createApiKeyAction } from "@/components/api-keys/api-key-actions";
import { FormMessage } from "@/components/admin/form-message";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { API_SCOPES } from "@/lib/validation/api-keys";
import { NewKeyNotice } from "./new-key-notice";

export function CreateApiKeyForm() {
  const t = useTranslations("apiKeys.create");
  const [error, setError] = useState<string | null>(null);
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [created, setCreated] = useState<{ key: string; name: string } | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const input = {
      name: data.get("name"),
      source: data.get("source"),
      scopes: data.getAll("scopes"),
      requestsPerSecond: data.get("requestsPerSecond"),
    };
    startTransition(async () => {
      const result = await createApiKeyAction(input);
      if (!result.ok) {
        setError(result.error);
        setErrorCode(result.code);
        return;
      }
      form.reset();
      setError(null);
      setCreated({ key: result.data.key, name: String(input.name) });
    });
  }

  return (
    <div className="space-y-4">
      {created ? (
        <NewKeyNotice name={created.name} apiKey={created.key} onDone={() => setCreated(null)} />
      ) : null}
      <form onSubmit={onSubmit} className="grid gap-4 md:grid-cols-2" aria-label={t("formLabel")}>
        <div className="space-y-1.5">
          <Label htmlFor="key-name">{t("name")}</Label>
          <Input
            className="h-11"
            id="key-name"
            name="name"
            required
            minLength={2}
            maxLength={80}
            placeholder={t("namePlaceholder")}
          />
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="key-source">{t("source")}</Label>
          <Input
            className="h-11"
            id="key-source"
            name="source"
            required
            pattern="[a-z0-9][a-z0-9._\-]{1,49}"
            placeholder="booking-engine"
            aria-describedby="key-source-hint"
          />
          <p id="key-source-hint" className="text-xs text-stone-600">
            {t("sourceHint")}
          </p>
        </div>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-stone-800">{t("scopes")}</legend>
          {API_SCOPES.map((scope) => (
            <label key={scope} className="flex min-h-11 items-center gap-2 text-sm text-stone-700">
              <input
                type="checkbox"
                name="scopes"
                value={scope}
                defaultChecked={scope === "ingest"}
                className="size-4 shrink-0 accent-brand-600"
              />
              <span>
                <code className="text-xs">{scope}</code> · {t(`scope.${scope}`)}
              </span>
            </label>
          ))}
        </fieldset>
        <div className="space-y-1.5">
          <Label htmlFor="key-rate">{t("rate")}</Label>
          <Input
            className="h-11"
            id="key-rate"
            name="requestsPerSecond"
            type="number"
            min={1}
            max={10000}
            defaultValue={20}
            required
            aria-describedby="key-rate-hint"
          />
          <p id="key-rate-hint" className="text-xs text-stone-600">
            {t("rateHint")}
          </p>
        </div>
        <div className="flex flex-col gap-3 md:col-span-2">
          <FormMessage error={error} code={errorCode} />
          <div>
            <Button type="submit" disabled={isPending} className="min-h-11">
              {isPending ? t("creating") : t("submit")}
            </Button>
          </div>
        </div>
      </form>
    </div>
  );
}
