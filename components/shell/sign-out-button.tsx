"use client";

import { LogOut } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { signOutKeepingLanguage } from "./sign-out";

/** The sign-out button of the narrow-screen menu; on wide screens it sits in the account menu. */
export function SignOutButton({ className }: { className?: string }) {
  const t = useTranslations("shell.user");
  const locale = useLocale();
  return (
    <Button
      variant="secondary"
      size="lg"
      className={cn("w-full", className)}
      onClick={() => signOutKeepingLanguage(locale)}
    >
      <LogOut aria-hidden="true" />
      {t("signOut")}
    </Button>
  );
}
