"use client";

import { useTranslations } from "next-intl";
import { completePrivacyRequestAction } from "@/components/privacy/privacy-actions";
import { FormMessage } from "@/components/admin/form-message";
import { Button } from "@/components/ui/button";
import { usePrivacyAction } from "./use-privacy-action";

export function CompleteRequestButton({ requestId }: { requestId: string }) {
  const t = useTranslations("privacy.requests");
  const { message, isPending, run } = usePrivacyAction(completePrivacyRequestAction);
  return (
    <div className="space-y-1">
      <Button
        size="sm"
        variant="secondary"
        disabled={isPending}
        onClick={() => run({ requestId }, () => t("answered"))}
        className="min-h-11"
      >
        {t("markAnswered")}
      </Button>
      <FormMessage error={message.error} code={message.code} />
    </div>
  );
}
