"use client";

import { Label } from "@/components/ui/label";
import type { BoardLocationChoice } from "@/lib/boards/board-types";

/** For staff at several hotels or stores: which one the board shows. Hidden when there is one. */
export function LocationSwitcher({
  label,
  choices,
  currentId,
  onSelect,
}: {
  label: string;
  choices: BoardLocationChoice[];
  currentId: string;
  onSelect: (choice: BoardLocationChoice) => void;
}) {
  if (choices.length < 2) return null;
  return (
    <div className="flex items-center gap-2">
      <Label htmlFor="board-location">{label}</Label>
      <select
        id="board-location"
        value={currentId}
        onChange={(event) => {
          const choice = choices.find((candidate) => candidate.id === event.target.value);
          if (choice) onSelect(choice);
        }}
        className="h-10 rounded-md border border-stone-300 bg-white px-3 text-sm text-stone-900 shadow-sm"
      >
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.name} ({choice.code})
          </option>
        ))}
      </select>
    </div>
  );
}
