"use client";

import { ChevronDown } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { DropdownMenu } from "radix-ui";
import { cn } from "@/components/ui/cn";
import { NAV_ICONS } from "./nav-icons";
import { isNavItemActive, type NavItem } from "./nav-items";

const LINK =
  "flex h-11 items-center gap-2 rounded-md px-3 text-sm font-medium whitespace-nowrap transition-colors";
const IDLE = "text-stone-600 hover:bg-stone-100 hover:text-stone-900";
const ACTIVE = "bg-brand-50 text-brand-700";

/**
 * The links in the bar from 1024 px. Between 1024 and 1280 px the secondary ones fold into "More",
 * so the search and the account menu never get pushed off; from 1280 px all of them are in the bar.
 */
export function MainNav({ items, className }: { items: NavItem[]; className?: string }) {
  const t = useTranslations("shell.nav");
  const pathname = usePathname();
  const secondary = items.filter((item) => item.isSecondary);
  const isSecondaryActive = secondary.some((item) => isNavItemActive(item, pathname));
  return (
    <nav aria-label={t("label")} className={className}>
      <ul className="flex items-center gap-1">
        {items.map((item) => {
          const Icon = NAV_ICONS[item.key];
          const isActive = isNavItemActive(item, pathname);
          return (
            <li key={item.key} className={item.isSecondary ? "hidden xl:block" : undefined}>
              <Link
                href={item.href}
                aria-current={isActive ? "page" : undefined}
                className={cn(LINK, isActive ? ACTIVE : IDLE)}
              >
                <Icon aria-hidden="true" className="size-4 shrink-0" />
                {t(item.key)}
              </Link>
            </li>
          );
        })}
        {secondary.length > 0 ? (
          <li className="xl:hidden">
            <DropdownMenu.Root>
              <DropdownMenu.Trigger
                aria-label={t("moreLabel")}
                className={cn(LINK, "data-[state=open]:bg-stone-100", isSecondaryActive ? ACTIVE : IDLE)}
              >
                {t("more")}
                <ChevronDown aria-hidden="true" className="size-4" />
              </DropdownMenu.Trigger>
              <DropdownMenu.Portal>
                <DropdownMenu.Content
                  align="start"
                  sideOffset={6}
                  className="z-50 min-w-48 rounded-lg border border-stone-200 bg-white p-1 shadow-lg"
                >
                  {secondary.map((item) => {
                    const Icon = NAV_ICONS[item.key];
                    const isActive = isNavItemActive(item, pathname);
                    return (
                      <DropdownMenu.Item key={item.key} asChild>
                        <Link
                          href={item.href}
                          aria-current={isActive ? "page" : undefined}
                          className={cn(
                            LINK,
                            "w-full outline-none data-[highlighted]:bg-stone-100",
                            isActive ? ACTIVE : "text-stone-700",
                          )}
                        >
                          <Icon aria-hidden="true" className="size-4 shrink-0" />
                          {t(item.key)}
                        </Link>
                      </DropdownMenu.Item>
                    );
                  })}
                </DropdownMenu.Content>
              </DropdownMenu.Portal>
            </DropdownMenu.Root>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
