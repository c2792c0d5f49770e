"use client";

import { useTranslations } from "next-intl";
import { SectionError } from "@/components/shell/section-error";

export default function CustomerError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("card.errors");
  return <SectionError error={error} retry={retry} title={t("profile")} />;
}
