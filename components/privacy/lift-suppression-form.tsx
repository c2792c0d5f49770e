"use client";

import type { FormEvent } from "react";
import { liftSuppressionAction } from "@/components/privacy/privacy-actions";
import { FormMessage } from "@/components/admin/form-message";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { usePrivacyAction } from "./use-privacy-action";

export function LiftSuppressionForm({ suppressionId, label }: { suppressionId: string; label: string }) {
  const { errors, message, isPending, run } = usePrivacyAction(liftSuppressionAction);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get("reason") ?? "");
    run({ suppressionId, reason }, () => "Lifted: this identifier is accepted again.");
  }
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={`Lift suppression ${label}`}
      className="flex flex-wrap items-start gap-2"
    >
      <Input
        name="reason"
        aria-label="Reason for lifting"
        placeholder="Reason"
        className="h-8 max-w-56 text-sm"
        aria-invalid={errors.reason ? true : undefined}
      />
      <Button type="submit" size="sm" variant="secondary" disabled={isPending}>
        Lift
      </Button>
      {errors.reason ? (
        <p className="w-full text-xs font-medium text-red-700">{errors.reason}</p>
      ) : (
        <FormMessage error={message.error} success={message.success} />
      )}
    </form>
  );
}
