"use client";

import { useTranslations } from "next-intl";
import { SectionError } from "@/components/shell/section-error";

export default function InsightsError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("insights");
  return <SectionError error={error} retry={retry} title={t("errorTitle")} />;
}
