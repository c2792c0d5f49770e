"use client";

import { CircleAlert, RotateCcw } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";

/** A section's own error: what failed and a retry that reloads the page's data. */
export function SectionFailed({ message, onRetry }: { message?: string; onRetry?: () => void }) {
  const t = useTranslations();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  return (
    <div role="alert" className="flex flex-wrap items-center gap-2 text-sm text-red-800">
      <CircleAlert aria-hidden="true" className="size-4 shrink-0" />
      <span>{message ?? t("card.sectionFailed")}</span>
      <Button
        variant="secondary"
        size="sm"
        className="h-11 px-3"
        disabled={isPending}
        onClick={() =>
          startTransition(() => {
            onRetry?.();
            router.refresh();
          })
        }
      >
        <RotateCcw aria-hidden="true" />
        {t("common.actions.retry")}
      </Button>
    </div>
  );
}
