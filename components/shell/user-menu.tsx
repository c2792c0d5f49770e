"use client";

import { ChevronDown, LogOut, UserRound } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { DropdownMenu } from "radix-ui";
import { cn } from "@/components/ui/cn";
import { ACCOUNT_LINKS, type ShellUser } from "./account-links";
import { signOutKeepingLanguage } from "./sign-out";

const ITEM =
  "flex min-h-11 w-full cursor-pointer items-center gap-2 rounded-md px-3 text-sm text-stone-700 outline-none data-[highlighted]:bg-stone-100 data-[highlighted]:text-stone-900 [&_svg]:size-4 [&_svg]:shrink-0";

/** The account menu from 1024 px: who is signed in, their own pages, and signing out. */
export function UserMenu({ user, className }: { user: ShellUser; className?: string }) {
  const t = useTranslations("shell.user");
  const locale = useLocale();
  const pathname = usePathname();
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        className={cn(
          "flex h-11 min-w-0 items-center gap-2 rounded-md px-2 text-sm font-medium text-stone-800 hover:bg-stone-100 data-[state=open]:bg-stone-100",
          className,
        )}
      >
        <span className="flex size-7 shrink-0 items-center justify-center rounded-full bg-brand-50 text-brand-700">
          <UserRound aria-hidden="true" className="size-4" />
        </span>
        <span className="sr-only">{t("menu")}: </span>
        <span className="max-w-48 truncate">{user.name}</span>
        <ChevronDown aria-hidden="true" className="size-4 shrink-0 text-stone-500" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={6}
          className="z-50 w-72 rounded-lg border border-stone-200 bg-white p-1 shadow-lg"
        >
          <DropdownMenu.Label className="px-3 py-2">
            <span className="block font-medium break-words text-stone-900">{user.name}</span>
            <span className="block text-xs break-words text-stone-600">{user.detail}</span>
          </DropdownMenu.Label>
          <DropdownMenu.Separator className="my-1 h-px bg-stone-200" />
          {ACCOUNT_LINKS.map(({ key, href, icon: Icon }) => (
            <DropdownMenu.Item key={key} asChild>
              <Link href={href} aria-current={pathname === href ? "page" : undefined} className={ITEM}>
                <Icon aria-hidden="true" />
                {t(key)}
              </Link>
            </DropdownMenu.Item>
          ))}
          <DropdownMenu.Separator className="my-1 h-px bg-stone-200" />
          <DropdownMenu.Item className={ITEM} onSelect={() => signOutKeepingLanguage(locale)}>
            <LogOut aria-hidden="true" />
            {t("signOut")}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
