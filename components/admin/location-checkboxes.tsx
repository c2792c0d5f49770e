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
  return (
    <fieldset className="space-y-1.5">
      <legend className="text-sm font-medium text-stone-800">Locations</legend>
      <div className="grid grid-cols-1 gap-1 sm:grid-cols-2">
        {locations.map((location) => (
          <label key={location.id} className="flex items-center gap-2 text-sm text-stone-700">
            <input
              type="checkbox"
              name={name}
              value={location.id}
              defaultChecked={selected.includes(location.id)}
              className="size-4 accent-brand-600"
            />
            {location.name} <span className="text-stone-400">({location.code})</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
