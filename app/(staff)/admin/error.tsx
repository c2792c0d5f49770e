"use client";

import { useTranslations } from "next-intl";
import { SectionError } from "@/components/shell/section-error";

export default function AdminError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("admin");
  return <SectionError error={error} retry={retry} title={t("errorTitle")} />;
}
