"use client";

import { useTranslations } from "next-intl";
import { SectionError } from "@/components/shell/section-error";

export default function AccountError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("account");
  return <SectionError error={error} retry={retry} title={t("error")} />;
}
