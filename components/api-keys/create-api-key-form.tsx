"use client";

import { useState, useTransition, type FormEvent } from "react";
import { createApiKeyAction } from "@/components/api-keys/api-key-actions";
import { FormMessage } from "@/components/admin/form-message";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { API_SCOPE_LABELS, API_SCOPES } from "@/lib/validation/api-keys";
import { NewKeyNotice } from "./new-key-notice";

export function CreateApiKeyForm() {
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
      <form onSubmit={onSubmit} className="grid gap-4 md:grid-cols-2" aria-label="New API key">
        <div className="space-y-1.5">
          <Label htmlFor="key-name">Name</Label>
          <Input
            id="key-name"
            name="name"
            required
            minLength={2}
            maxLength={80}
            placeholder="Booking engine (production)"
          />
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="key-source">Source</Label>
          <Input
            id="key-source"
            name="source"
            required
            pattern="[a-z0-9][a-z0-9._\-]{1,49}"
            placeholder="booking-engine"
            aria-describedby="key-source-hint"
          />
          <p id="key-source-hint" className="text-xs text-stone-500">
            Stored on every event this key sends; with the source&apos;s event id it makes retries harmless.
          </p>
        </div>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-stone-800">Scopes</legend>
          {API_SCOPES.map((scope) => (
            <label key={scope} className="flex items-center gap-2 text-sm text-stone-700">
              <input
                type="checkbox"
                name="scopes"
                value={scope}
                defaultChecked={scope === "ingest"}
                className="size-4"
              />
              <span>
                <code className="text-xs">{scope}</code> · {API_SCOPE_LABELS[scope]}
              </span>
            </label>
          ))}
        </fieldset>
        <div className="space-y-1.5">
          <Label htmlFor="key-rate">Requests per second</Label>
          <Input
            id="key-rate"
            name="requestsPerSecond"
            type="number"
            min={1}
            max={10000}
            defaultValue={20}
            required
            aria-describedby="key-rate-hint"
          />
          <p id="key-rate-hint" className="text-xs text-stone-500">
            Bursts of twice this are allowed; beyond it the API answers 429.
          </p>
        </div>
        <div className="flex flex-col gap-3 md:col-span-2">
          <FormMessage error={error} code={errorCode} />
          <div>
            <Button type="submit" disabled={isPending}>
              {isPending ? "Creating…" : "Create API key"}
            </Button>
          </div>
        </div>
      </form>
    </div>
  );
}
