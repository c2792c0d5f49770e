"use client";

import { useState, useTransition, type FormEvent } from "react";
import {
  resetPasswordAction,
  setUserDisabledAction,
  updateUserAction,
} from "@/components/admin/user-actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { Role } from "@/lib/auth/permissions";
import { FormMessage } from "./form-message";
import { LocationCheckboxes, type LocationChoice } from "./location-checkboxes";
import { RoleSelect } from "./role-select";

interface Props {
  user: { id: string; name: string; role: Role; isDisabled: boolean; locationIds: string[] };
  locations: LocationChoice[];
  isSelf: boolean;
}

export function UserRowActions({ user, locations, isSelf }: Props) {
  const [isOpen, setIsOpen] = useState(false);
  const [message, setMessage] = useState<{ error?: string; success?: string; code?: string }>({});
  const [isPending, startTransition] = useTransition();

  const run = (work: () => Promise<{ ok: boolean; error?: string; code?: string }>, success: string) =>
    startTransition(async () => {
      const result = await work();
      setMessage(result.ok ? { success } : { error: result.error ?? "That didn't work.", code: result.code });
    });

  function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    run(
      () =>
        updateUserAction({
          id: user.id,
          name: data.get("name"),
          role: data.get("role"),
          locationIds: data.getAll("locationIds"),
        }),
      "Saved.",
    );
  }

  function onReset(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const password = new FormData(form).get("password");
    run(async () => {
      const result = await resetPasswordAction({ id: user.id, password });
      if (result.ok) form.reset();
      return result;
    }, "Password reset. Their sessions have ended; they choose a new password at next sign-in.");
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap justify-end gap-2">
        <Button size="sm" variant="secondary" aria-expanded={isOpen} onClick={() => setIsOpen(!isOpen)}>
          {isOpen ? "Close" : `Edit ${user.name}`}
        </Button>
        {isSelf ? null : (
          <Button
            size="sm"
            variant="secondary"
            disabled={isPending}
            onClick={() =>
              run(
                () => setUserDisabledAction(user.id, !user.isDisabled),
                user.isDisabled ? "Enabled." : "Disabled. Their sessions have ended.",
              )
            }
          >
            {user.isDisabled ? `Enable ${user.name}` : `Disable ${user.name}`}
          </Button>
        )}
      </div>
      {isOpen ? (
        <div className="space-y-4 rounded-lg border border-stone-200 bg-stone-50 p-4 text-left">
          <form onSubmit={onSave} className="space-y-3" aria-label={`Edit ${user.name}`}>
            <div className="space-y-1.5">
              <Label htmlFor={`name-${user.id}`}>Name</Label>
              <Input id={`name-${user.id}`} name="name" defaultValue={user.name} required />
            </div>
            <div className="space-y-1.5">
              <Label htmlFor={`role-${user.id}`}>Role</Label>
              <RoleSelect id={`role-${user.id}`} defaultValue={user.role} />
            </div>
            <LocationCheckboxes locations={locations} selected={user.locationIds} />
            <Button type="submit" size="sm" disabled={isPending}>
              Save changes
            </Button>
          </form>
          <form
            onSubmit={onReset}
            className="flex flex-wrap items-end gap-2 border-t border-stone-200 pt-3"
            aria-label={`Reset password of ${user.name}`}
          >
            <div className="min-w-56 flex-1 space-y-1.5">
              <Label htmlFor={`reset-${user.id}`}>New temporary password</Label>
              <Input
                id={`reset-${user.id}`}
                name="password"
                type="password"
                minLength={12}
                required
                autoComplete="new-password"
              />
            </div>
            <Button type="submit" size="sm" variant="secondary" disabled={isPending}>
              Reset password
            </Button>
          </form>
        </div>
      ) : null}
      <FormMessage {...message} />
    </div>
  );
}
