"use client";

import { useState, useTransition, type FormEvent } from "react";
import { saveSecondFactorPolicyAction } from "@/components/admin/second-factor-admin-actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/permissions";
import { FormMessage } from "./form-message";

export function SecondFactorPolicyForm({ requiredRoles }: { requiredRoles: Role[] }) {
  const [message, setMessage] = useState<{ error?: string; success?: string; code?: string }>({});
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = { requiredRoles: data.getAll("requiredRoles"), note: data.get("note") };
    startTransition(async () => {
      const result = await saveSecondFactorPolicyAction(input);
      setMessage(
        result.ok
          ? { success: `Saved as version ${result.data.version}; in force at everyone's next request.` }
          : { error: result.error, code: result.code },
      );
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-label="Second factor by role">
      <fieldset className="flex flex-wrap gap-4">
        <legend className="mb-2 text-sm font-medium text-stone-800">
          Roles that must use a second factor
        </legend>
        {ROLES.map((role) => (
          <label key={role} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="requiredRoles"
              value={role}
              defaultChecked={requiredRoles.includes(role)}
            />
            {ROLE_LABELS[role]}
          </label>
        ))}
      </fieldset>
      <div className="space-y-1.5">
        <Label htmlFor="second-factor-note">Why (kept with this version)</Label>
        <Input id="second-factor-note" name="note" maxLength={500} />
      </div>
      <Button type="submit" disabled={isPending}>
        Save second-factor roles
      </Button>
      <FormMessage {...message} />
    </form>
  );
}
