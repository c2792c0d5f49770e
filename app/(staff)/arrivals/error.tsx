"use client";

import { useTranslations } from "next-intl";
import { SectionError } from "@/components/shell/section-error";

export default function ArrivalsError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("arrivals");
  return <SectionError error={error} retry={retry} title={t("loadError")} />;
}
