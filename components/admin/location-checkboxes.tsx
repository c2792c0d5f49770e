import { useTranslations } from "next-intl";

export interface LocationChoice {
  id: string;
  code: string;
  name: string;
  type: string;
}

export function LocationCheckboxes({
  locations,
  selected,
  name = "locationIds",
}: {
  locations: LocationChoice[];
  selected: string[];
  name?: string;
}) {
  const t = useTranslations("users");
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium text-stone-800">{t("field.locations")}</legend>
      <div className="grid grid-cols-1 gap-x-4 sm:grid-cols-2">
        {locations.map((location) => (
          <label key={location.id} className="flex min-h-11 items-center gap-2 text-sm text-stone-800">
            <input
              type="checkbox"
              name={name}
              value={location.id}
              defaultChecked={selected.includes(location.id)}
              className="size-4 shrink-0 accent-brand-600"
            />
            <span>
              {location.name}{" "}
              <span className="font-mono text-xs whitespace-nowrap text-stone-600">({location.code})</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
