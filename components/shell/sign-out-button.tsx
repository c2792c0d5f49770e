"use client";

import { LogOut } from "lucide-react";
import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";

/** With a long main menu the label hides below 1280 px; the icon keeps the name for screen readers. */
export function SignOutButton({ isCompact = false }: { isCompact?: boolean }) {
  return (
    <Button
      variant="ghost"
      size="sm"
      title={isCompact ? "Sign out" : undefined}
      onClick={() => signOut({ callbackUrl: "/login" })}
    >
      <LogOut aria-hidden="true" />
      <span className={isCompact ? "max-xl:sr-only" : undefined}>Sign out</span>
    </Button>
  );
}
