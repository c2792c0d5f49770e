"use client";

import { useTranslations } from "next-intl";
import { SectionError } from "@/components/shell/section-error";

export default function PickupsError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("pickups");
  return <SectionError error={error} retry={retry} title={t("loadError")} />;
}
