"use client";

import { LoaderCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import { useLinkStatus } from "next/link";

/**
 * Placed inside a link: a spinner while the next page loads. These routes have no loading.tsx (see
 * app/(staff)/customers/page.tsx), so this is the feedback after a click or tap.
 */
export function LinkPending() {
  const t = useTranslations("common.states");
  const { pending } = useLinkStatus();
  if (!pending) return null;
  return (
    <span role="status" className="ml-1.5 inline-flex align-middle">
      <LoaderCircle aria-hidden="true" className="size-4 animate-spin text-brand-600" />
      <span className="sr-only">{t("loading")}</span>
    </span>
  );
}
