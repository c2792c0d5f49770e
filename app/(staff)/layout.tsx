import type { ReactNode } from "react";
import { SkipLink } from "@/components/shell/skip-link";
import { TopBar } from "@/components/shell/top-bar";
import { getShellUser } from "@/lib/auth/get-shell-user";
import { requirePageActor } from "@/lib/auth/guards";

const MAIN_ID = "main";

export default async function StaffLayout({ children }: { children: ReactNode }) {
  // Pages check their own permissions too; the layout only needs someone signed in.
  const actor = await requirePageActor(undefined, {
    allowPasswordChange: true,
    allowPendingSecondFactor: true,
  });
  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink targetId={MAIN_ID} />
      <TopBar user={await getShellUser(actor)} />
      <main
        id={MAIN_ID}
        tabIndex={-1}
        className="mx-auto w-full max-w-6xl min-w-0 flex-1 px-4 py-6 focus:outline-none sm:px-6 sm:py-8"
      >
        {children}
      </main>
    </div>
  );
}
