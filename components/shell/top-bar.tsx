import { ConciergeBell } from "lucide-react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { CustomerSearchPalette } from "@/components/search/customer-search-palette";
import { can, ROLE_HOME, type Role } from "@/lib/auth/permissions";
import { describePlace } from "./describe-user";
import { MainNav } from "./main-nav";
import { MobileMenu } from "./mobile-menu";
import { navItemsFor } from "./nav-items";
import { UserMenu } from "./user-menu";

export interface TopBarUser {
  name: string;
  role: Role;
  /** Names of the locations the user works at; empty for admins, who see all. */
  locations: string[];
}

/**
 * From 1024 px: logo, links, search and the account menu in one row. Narrower: logo, a search
 * button (still one tap away) and a menu button that opens the links and the account.
 */
export async function TopBar({ user }: { user: TopBarUser }) {
  const t = await getTranslations("shell");
  const navItems = navItemsFor(user.role);
  const place = await describePlace(user.role, user.locations);
  const shellUser = {
    name: user.name,
    detail: t("user.roleAndPlace", { role: t(`roles.${user.role}`), place }),
  };
  return (
    <header className="sticky top-0 z-30 border-b border-stone-200 bg-white/95 backdrop-blur supports-[backdrop-filter]:bg-white/80">
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-3 px-4 sm:px-6 lg:gap-5">
        <Link
          href={ROLE_HOME[user.role]}
          aria-label={t("homeLink")}
          className="flex h-11 shrink-0 items-center gap-2 rounded-md"
        >
          <span className="flex size-8 items-center justify-center rounded-lg bg-brand-600 text-white">
            <ConciergeBell aria-hidden="true" className="size-4.5" />
          </span>
          <span className="text-lg font-semibold tracking-tight text-stone-900">Gastvrij</span>
        </Link>
        <MainNav items={navItems} className="max-lg:hidden" />
        <div className="ml-auto flex min-w-0 items-center gap-2">
          {can(user.role, "customer.search") ? <CustomerSearchPalette /> : null}
          <UserMenu user={shellUser} className="max-lg:hidden" />
          <MobileMenu items={navItems} user={shellUser} className="lg:hidden" />
        </div>
      </div>
    </header>
  );
}
