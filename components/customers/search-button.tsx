"use client";

import { LoaderCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";

/** The search form's submit button; it spins while next/form navigates to the results. */
export function SearchButton() {
  const t = useTranslations("customers.form");
  const { pending } = useFormStatus();
  return (
    <Button type="submit" size="lg" aria-disabled={pending}>
      {pending ? <LoaderCircle aria-hidden="true" className="animate-spin" /> : null}
      {t("submit")}
    </Button>
  );
}
