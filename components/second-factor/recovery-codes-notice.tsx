"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** The only time recovery codes are visible: right after they are made, until the user closes this. */
export function RecoveryCodesNotice({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const t = useTranslations("secondFactor.recovery");
  return (
    <section
      role="status"
      aria-labelledby="recovery-codes-title"
      className="space-y-3 rounded-lg border border-brand-100 bg-brand-50 p-4"
    >
      <h3 id="recovery-codes-title" className="text-sm font-semibold text-brand-700">
        {t("noticeTitle")}
      </h3>
      <p className="text-sm text-stone-700">{t("noticeBody")}</p>
      <ol aria-label={t("listLabel")} className="grid grid-cols-2 gap-1 font-mono text-sm text-stone-900">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <Button type="button" variant="secondary" size="lg" onClick={onDone}>
        {t("saved")}
      </Button>
    </section>
  );
}
