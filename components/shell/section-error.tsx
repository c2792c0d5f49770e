"use client";

import { CircleAlert, RotateCcw } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

type SectionErrorProps = { error: unknown; retry: () => void; title: string };

/** The body of every error.tsx: what failed, a retry, and a reference staff can pass on to support. */
export function SectionError({ error, retry, title }: SectionErrorProps) {
  const t = useTranslations("common");
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;

  return (
    <Card role="alert" className="mx-auto flex max-w-lg flex-col items-center gap-3 px-6 py-10 text-center">
      <span className="flex size-12 items-center justify-center rounded-full bg-red-50 text-red-700">
        <CircleAlert aria-hidden="true" className="size-6" />
      </span>
      <h1 className="text-lg font-semibold text-stone-900">{title}</h1>
      <p className="text-sm text-stone-600">{t("errorPage.body")}</p>
      <Button size="lg" onClick={() => retry()} className="mt-1">
        <RotateCcw aria-hidden="true" />
        {t("actions.retry")}
      </Button>
      {digest ? (
        <p className="text-xs break-all text-stone-600">{t("errorPage.reference", { digest })}</p>
      ) : null}
    </Card>
  );
}
