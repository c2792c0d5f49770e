"use client";

import { useState, useTransition, type FormEvent } from "react";
import { createUserAction } from "@/components/admin/user-actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { FormMessage } from "./form-message";
import { LocationCheckboxes, type LocationChoice } from "./location-checkboxes";
import { RoleSelect } from "./role-select";

export function CreateUserForm({ locations }: { locations: LocationChoice[] }) {
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const input = {
      email: data.get("email"),
      name: data.get("name"),
      role: data.get("role"),
      password: data.get("password"),
      locationIds: data.getAll("locationIds"),
    };
    startTransition(async () => {
      const result = await createUserAction(input);
      if (result.ok) {
        form.reset();
        setMessage({
          success: `Account created for ${String(input.email)}. They choose their own password at first sign-in.`,
        });
      } else {
        setMessage({ error: result.error });
      }
    });
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-4 md:grid-cols-2" aria-label="New staff account">
      <div className="space-y-1.5">
        <Label htmlFor="new-name">Name</Label>
        <Input id="new-name" name="name" required autoComplete="off" />
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="new-email">Email</Label>
        <Input id="new-email" name="email" type="email" required autoComplete="off" />
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="new-role">Role</Label>
        <RoleSelect id="new-role" />
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="new-password">Temporary password</Label>
        <Input
          id="new-password"
          name="password"
          type="password"
          required
          minLength={12}
          autoComplete="new-password"
          aria-describedby="new-password-hint"
        />
        <p id="new-password-hint" className="text-xs text-stone-500">
          At least 12 characters and not a common password.
        </p>
      </div>
      <div className="md:col-span-2">
        <LocationCheckboxes locations={locations} selected={[]} />
      </div>
      <div className="flex flex-col gap-3 md:col-span-2">
        <FormMessage {...message} />
        <div>
          <Button type="submit" disabled={isPending}>
            {isPending ? "Creating…" : "Create account"}
          </Button>
        </div>
      </div>
    </form>
  );
}
