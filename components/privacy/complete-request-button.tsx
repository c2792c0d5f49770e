"use client";

import { completePrivacyRequestAction } from "@/components/privacy/privacy-actions";
import { FormMessage } from "@/components/admin/form-message";
import { Button } from "@/components/ui/button";
import { usePrivacyAction } from "./use-privacy-action";

export function CompleteRequestButton({ requestId }: { requestId: string }) {
  const { message, isPending, run } = usePrivacyAction(completePrivacyRequestAction);
  return (
    <div className="space-y-1">
      <Button
        size="sm"
        variant="secondary"
        disabled={isPending}
        onClick={() => run({ requestId }, () => "Marked answered.")}
      >
        Mark answered
      </Button>
      <FormMessage error={message.error} />
    </div>
  );
}
