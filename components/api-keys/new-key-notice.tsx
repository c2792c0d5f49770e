"use client";

import { Check, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** The only time a key is visible: after creation, until the admin closes this. */
export function NewKeyNotice({ name, apiKey, onDone }: { name: string; apiKey: string; onDone: () => void }) {
  const t = useTranslations("apiKeys.notice");
  const [isCopied, setIsCopied] = useState(false);
  return (
    <section
      role="status"
      aria-labelledby="new-key-title"
      className="space-y-3 rounded-lg border border-brand-100 bg-brand-50 p-4"
    >
      <h3 id="new-key-title" className="text-sm font-semibold text-brand-700">
        {t("title", { name })}
      </h3>
      <p className="text-sm text-stone-700">{t("body")}</p>
      <div className="flex flex-wrap items-center gap-2">
        <input
          readOnly
          aria-label={t("keyLabel")}
          value={apiKey}
          onFocus={(event) => event.currentTarget.select()}
          className="h-11 min-w-0 flex-1 basis-64 rounded-md border border-stone-300 bg-white px-3 font-mono text-sm"
        />
        <Button
          type="button"
          variant="secondary"
          className="min-h-11"
          onClick={() => void navigator.clipboard?.writeText(apiKey).then(() => setIsCopied(true))}
        >
          {isCopied ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
          {isCopied ? t("copied") : t("copy")}
        </Button>
        <Button type="button" variant="ghost" onClick={onDone} className="min-h-11">
          {t("done")}
        </Button>
      </div>
    </section>
  );
}
