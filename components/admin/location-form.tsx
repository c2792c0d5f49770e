"use client";

import { useTranslations } from "next-intl";
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
  const t = useTranslations("locations");
  const [message, setMessage] = useState<{ error?: string; success?: string; code?: string }>({});
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
      if (!result.ok) return setMessage({ error: result.error, code: result.code });
      if (!location.id) form.reset();
      setMessage({ success: location.id ? t("saved") : t("added") });
    });
  }

  const field = (name: "code" | "name" | "city" | "timeZone") => (
    <div className="space-y-1.5">
      <Label htmlFor={`${prefix}-${name}`}>{t(`field.${name}`)}</Label>
      <Input className="h-11" id={`${prefix}-${name}`} name={name} defaultValue={location[name]} required />
    </div>
  );

  return (
    <form
      onSubmit={onSubmit}
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5"
      aria-label={location.id ? t("editLabel", { name: location.name }) : t("new")}
    >
      {field("code")}
      {field("name")}
      <div className="space-y-1.5">
        <Label htmlFor={`${prefix}-type`}>{t("field.type")}</Label>
        <select
          id={`${prefix}-type`}
          name="type"
          defaultValue={location.type}
          className="h-11 w-full rounded-md border border-stone-300 bg-white px-3 text-base sm:text-sm"
        >
          <option value="hotel">{t("type.hotel")}</option>
          <option value="store">{t("type.store")}</option>
        </select>
      </div>
      {field("city")}
      {field("timeZone")}
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-5">
        <Button type="submit" size="sm" disabled={isPending} className="min-h-11">
          {location.id ? (
            <>
              {t("save")}
              <span className="sr-only"> {location.name}</span>
            </>
          ) : (
            t("add")
          )}
        </Button>
        <FormMessage {...message} />
      </div>
    </form>
  );
}
