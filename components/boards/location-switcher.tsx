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
    <div className="flex w-full min-w-0 items-center gap-2 sm:w-auto">
      <Label htmlFor="board-location" className="shrink-0">
        {label}
      </Label>
      <select
        id="board-location"
        value={currentId}
        onChange={(event) => {
          const choice = choices.find((candidate) => candidate.id === event.target.value);
          if (choice) onSelect(choice);
        }}
        className="h-11 min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-3 text-base text-stone-900 shadow-sm sm:flex-none sm:text-sm"
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
