import { ConciergeBell } from "lucide-react";
import Link from "next/link";
import { CustomerSearchPalette } from "@/components/search/customer-search-palette";
import { can, ROLE_HOME, ROLE_LABELS, type Role } from "@/lib/auth/permissions";
import { MainNav } from "./main-nav";
import { navItemsFor } from "./nav-items";
import { SignOutButton } from "./sign-out-button";

export interface TopBarUser {
  name: string;
  role: Role;
  /** Names of the locations the user works at; empty for admins, who see all. */
  locations: string[];
}

export function TopBar({ user }: { user: TopBarUser }) {
  const navItems = navItemsFor(user.role);
  // Managers and admins have a long menu: on a 1024 px tablet the search and sign-out shrink to icons.
  const isCrowded = navItems.length > 2;
  const place = user.role === "admin" ? "All locations" : user.locations.join(", ") || "No location assigned";
  return (
    <header className="sticky top-0 z-30 border-b border-stone-200 bg-white/95 backdrop-blur supports-[backdrop-filter]:bg-white/80">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-6 px-6">
        <Link href={ROLE_HOME[user.role]} className="flex items-center gap-2 rounded-md">
          <span className="flex size-8 items-center justify-center rounded-lg bg-brand-600 text-white">
            <ConciergeBell aria-hidden="true" className="size-4.5" />
          </span>
          <span className="text-lg font-semibold tracking-tight text-stone-900 max-sm:sr-only">Gastvrij</span>
        </Link>
        <MainNav items={navItems} />
        <div className="ml-auto flex min-w-0 items-center gap-3">
          {can(user.role, "customer.search") ? <CustomerSearchPalette isCompact={isCrowded} /> : null}
          <div className="min-w-24 text-right leading-tight">
            <Link
              href="/account/security"
              title="Your second factor: passkeys, authenticator app, recovery codes"
              className="block truncate text-sm font-medium text-stone-900 hover:underline"
            >
              {user.name}
            </Link>
            <p className="max-w-56 truncate text-xs text-stone-500" title={place}>
              {ROLE_LABELS[user.role]} · {place}
            </p>
          </div>
          <SignOutButton isCompact={isCrowded} />
        </div>
      </div>
    </header>
  );
}
