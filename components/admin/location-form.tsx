"use client";

import { useState, useTransition, type FormEvent } from "react";
import { createLocationAction, updateLocationAction } from "@/components/admin/location-actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { FormMessage } from "./form-message";

interface LocationValues {
  id?: string;
  code: string;
  name: string;
  type: string;
  city: string;
  timeZone: string;
}

const EMPTY: LocationValues = { code: "", name: "", type: "hotel", city: "", timeZone: "Europe/Amsterdam" };

export function LocationForm({ location = EMPTY }: { location?: LocationValues }) {
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const [isPending, startTransition] = useTransition();
  const prefix = location.id ?? "new";

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = Object.fromEntries(new FormData(form));
    startTransition(async () => {
      const result = location.id
        ? await updateLocationAction({ ...values, id: location.id })
        : await createLocationAction(values);
      if (!result.ok) return setMessage({ error: result.error });
      if (!location.id) form.reset();
      setMessage({ success: location.id ? "Saved." : "Location added." });
    });
  }

  const field = (name: keyof LocationValues, label: string) => (
    <div className="space-y-1.5">
      <Label htmlFor={`${prefix}-${name}`}>{label}</Label>
      <Input id={`${prefix}-${name}`} name={name} defaultValue={location[name]} required />
    </div>
  );

  return (
    <form
      onSubmit={onSubmit}
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5"
      aria-label={location.id ? `Edit ${location.name}` : "New location"}
    >
      {field("code", "Code")}
      {field("name", "Name")}
      <div className="space-y-1.5">
        <Label htmlFor={`${prefix}-type`}>Type</Label>
        <select
          id={`${prefix}-type`}
          name="type"
          defaultValue={location.type}
          className="h-10 w-full rounded-md border border-stone-300 bg-white px-3 text-sm"
        >
          <option value="hotel">Hotel</option>
          <option value="store">Store</option>
        </select>
      </div>
      {field("city", "City")}
      {field("timeZone", "Time zone")}
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-5">
        <Button type="submit" size="sm" disabled={isPending}>
          {location.id ? "Save" : "Add location"}
        </Button>
        <FormMessage {...message} />
      </div>
    </form>
  );
}
