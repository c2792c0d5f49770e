"use client";

import { CircleAlert, RotateCcw } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { cardCopy } from "./card-copy";

/** A section's own error: what failed and a retry that reloads the page's data. */
export function SectionFailed({
  message = cardCopy.sectionFailed,
  onRetry,
}: {
  message?: string;
  onRetry?: () => void;
}) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  return (
    <div role="alert" className="flex flex-wrap items-center gap-2 text-sm text-red-800">
      <CircleAlert aria-hidden="true" className="size-4 shrink-0" />
      <span>{message}</span>
      <Button
        variant="secondary"
        size="sm"
        className="h-7 px-2"
        disabled={isPending}
        onClick={() =>
          startTransition(() => {
            onRetry?.();
            router.refresh();
          })
        }
      >
        <RotateCcw aria-hidden="true" />
        {cardCopy.retry}
      </Button>
    </div>
  );
}
