import { useTranslations } from "next-intl";
import type { ComponentProps, ReactNode } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { SettingPath } from "@/lib/contact-policy/policy-labels";

/** Form field names are setting paths ("marketing.maxContacts"); ids and error ids derive from them. */
export const fieldId = (name: string) => `policy-${name.replace(/\./g, "-")}`;
export const errorId = (name: string) => `${fieldId(name)}-error`;

/** Looks up the message for a field, or for any item of a list field ("surveys.trivialInteractions.2"). */
export function errorFor(errors: Record<string, string>, name: string): string | undefined {
  const key = `settings.${name}`;
  if (errors[key]) return errors[key];
  const itemKey = Object.keys(errors).find((candidate) => candidate.startsWith(`${key}.`));
  return itemKey ? errors[itemKey] : undefined;
}

export function FieldError({ name, message }: { name: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={errorId(name)} className="text-xs font-medium text-red-700">
      {message}
    </p>
  );
}

type PolicyInputProps = ComponentProps<"input"> & {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
};

/** A labelled input with its hint and its error, wired up for screen readers. */
export function PolicyInput({ name, label, hint, error, ...props }: PolicyInputProps) {
  const id = fieldId(name);
  const describedBy = [hint ? `${id}-hint` : null, error ? errorId(name) : null].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <Label htmlFor={id}>{label}</Label>
      <Input
        className="h-11"
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...props}
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-stone-600">
          {hint}
        </p>
      ) : null}
      <FieldError name={name} message={error} />
    </div>
  );
}

/** A whole-number setting: its label from the message files, its bounds, its error. */
export function PolicyNumberField({
  name,
  min,
  max,
  defaultValue,
  errors,
}: {
  name: SettingPath;
  min: number;
  max: number;
  defaultValue: number;
  errors: Record<string, string>;
}) {
  const t = useTranslations("contactPolicy.setting");
  return (
    <PolicyInput
      name={name}
      label={t(name)}
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      defaultValue={defaultValue}
      error={errorFor(errors, name)}
    />
  );
}

/** A group of checkboxes or radios with a legend and one error for the group. */
export function PolicyFieldset({
  name,
  legend,
  hint,
  error,
  children,
}: {
  name: string;
  legend: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  const id = fieldId(name);
  return (
    <fieldset
      className="space-y-1"
      aria-invalid={error ? true : undefined}
      aria-describedby={
        [hint ? `${id}-hint` : null, error ? errorId(name) : null].filter(Boolean).join(" ") || undefined
      }
    >
      <legend className="text-sm font-medium text-stone-800">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-stone-600">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldError name={name} message={error} />
    </fieldset>
  );
}

export function CheckboxOption({
  name,
  value,
  label,
  defaultChecked,
  type = "checkbox",
}: {
  name: string;
  value: string;
  label: string;
  defaultChecked: boolean;
  type?: "checkbox" | "radio";
}) {
  return (
    <label className="flex min-h-11 items-center gap-2 text-sm text-stone-700">
      <input
        type={type}
        name={name}
        value={value}
        defaultChecked={defaultChecked}
        className="size-4 shrink-0 accent-brand-600"
      />
      {label}
    </label>
  );
}
