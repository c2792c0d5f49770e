"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { MergeReview } from "./merge-review";

const UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

/** Two customers a reviewer knows to be one person (ids from their profile URLs). */
export function ManualMergeForm() {
  const [pair, setPair] = useState<{ first: string; second: string } | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPair({ first: String(data.get("first")).trim(), second: String(data.get("second")).trim() });
  }

  return (
    <div className="space-y-4">
      <form
        onSubmit={onSubmit}
        className="grid gap-3 md:grid-cols-[1fr_1fr_auto] md:items-end"
        aria-label="Choose two customers to merge"
      >
        <div className="space-y-1.5">
          <Label htmlFor="merge-first">Customer to keep (id)</Label>
          <Input id="merge-first" name="first" required pattern={UUID} placeholder="0193…" />
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="merge-second">Customer to merge into it (id)</Label>
          <Input id="merge-second" name="second" required pattern={UUID} placeholder="0193…" />
        </div>
        <Button type="submit" variant="secondary">
          Choose
        </Button>
      </form>
      {pair ? (
        <MergeReview
          key={`${pair.first}|${pair.second}`}
          firstId={pair.first}
          secondId={pair.second}
          label="these customers"
        />
      ) : null}
    </div>
  );
}
