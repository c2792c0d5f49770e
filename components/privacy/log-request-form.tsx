"use client";

import type { FormEvent } from "react";
import { logPrivacyRequestAction } from "@/components/privacy/privacy-actions";
import { FormMessage } from "@/components/admin/form-message";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { REQUEST_TYPE_LABELS } from "./privacy-copy";
import { usePrivacyAction } from "./use-privacy-action";

export function LogRequestForm({ today }: { today: string }) {
  const { errors, message, isPending, run } = usePrivacyAction(logPrivacyRequestAction);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    run(
      Object.fromEntries(new FormData(form)),
      () => "Logged. Its deadline is on the list above.",
      () => form.reset(),
    );
  }
  const error = (name: string) =>
    errors[name] ? <p className="text-xs font-medium text-red-700">{errors[name]}</p> : null;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Log a request" className="grid gap-3 sm:grid-cols-4">
      <div className="space-y-1 sm:col-span-2">
        <Label htmlFor="request-customer">Customer id</Label>
        <Input
          id="request-customer"
          name="customerId"
          placeholder="From the profile's address"
          aria-invalid={errors.customerId ? true : undefined}
        />
        {error("customerId")}
      </div>
      <div className="space-y-1">
        <Label htmlFor="request-type">Type</Label>
        <select
          id="request-type"
          name="type"
          className="h-10 w-full rounded-md border border-stone-300 bg-white px-2 text-sm"
        >
          {Object.entries(REQUEST_TYPE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <Label htmlFor="request-received">Received on</Label>
        <Input
          id="request-received"
          name="receivedOn"
          type="date"
          defaultValue={today}
          aria-invalid={errors.receivedOn ? true : undefined}
        />
        {error("receivedOn")}
      </div>
      <div className="space-y-1 sm:col-span-3">
        <Label htmlFor="request-note">Note (optional, no names)</Label>
        <Input id="request-note" name="note" maxLength={500} />
      </div>
      <div className="flex items-end">
        <Button type="submit" variant="secondary" disabled={isPending}>
          Log request
        </Button>
      </div>
      <div className="sm:col-span-4">
        <FormMessage error={message.error} success={message.success} />
      </div>
    </form>
  );
}
