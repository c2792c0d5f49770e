"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { MergeReview } from "./merge-review";

const UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

/** Two customers a reviewer knows to be one person (ids from their profile URLs). */
export function ManualMergeForm() {
  const t = useTranslations("admin.manualMerge");
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
        aria-label={t("label")}
      >
        <div className="space-y-1.5">
          <Label htmlFor="merge-first">{t("keep")}</Label>
          <Input className="h-11" id="merge-first" name="first" required pattern={UUID} placeholder="0193…" />
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="merge-second">{t("merge")}</Label>
          <Input
            className="h-11"
            id="merge-second"
            name="second"
            required
            pattern={UUID}
            placeholder="0193…"
          />
        </div>
        <Button type="submit" variant="secondary" className="min-h-11">
          {t("choose")}
        </Button>
      </form>
      {pair ? (
        <MergeReview
          key={`${pair.first}|${pair.second}`}
          firstId={pair.first}
          secondId={pair.second}
          label={t("theseCustomers")}
        />
      ) : null}
    </div>
  );
}
