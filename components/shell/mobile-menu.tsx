"use client";

import { Menu, X } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState, type FocusEvent } from "react";
import { cn } from "@/components/ui/cn";
import { ACCOUNT_LINKS, type ShellUser } from "./account-links";
import { NAV_ICONS } from "./nav-icons";
import { isNavItemActive, type NavItem } from "./nav-items";
import { SignOutButton } from "./sign-out-button";

const LINK = "flex min-h-11 items-center gap-3 rounded-md px-3 text-base font-medium transition-colors";

/**
 * Below 1024 px the bar keeps the logo, the search and this button; the links and the account sit
 * in the panel it opens. A disclosure, not a modal: Esc closes it and gives focus back to the button,
 * and it closes on navigation, on a tap outside and when focus leaves it.
 */
export function MobileMenu({
  items,
  user,
  className,
}: {
  items: NavItem[];
  user: ShellUser;
  className?: string;
}) {
  const t = useTranslations("shell");
  const pathname = usePathname();
  const [isOpen, setIsOpen] = useState(false);
  const [shownPath, setShownPath] = useState(pathname);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  // A new page closes the menu (React's way to reset state when a value from outside changes).
  if (shownPath !== pathname) {
    setShownPath(pathname);
    setIsOpen(false);
  }

  useEffect(() => {
    if (!isOpen) return;
    const root = rootRef.current;
    root?.querySelector<HTMLElement>("[data-menu-panel] a, [data-menu-panel] button")?.focus();
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      setIsOpen(false);
      buttonRef.current?.focus();
    }
    function onPointerDown(event: PointerEvent) {
      if (root && !root.contains(event.target as Node)) setIsOpen(false);
    }
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, [isOpen]);

  function onBlur(event: FocusEvent<HTMLDivElement>) {
    const next = event.relatedTarget;
    if (next instanceof Node && !event.currentTarget.contains(next)) setIsOpen(false);
  }

  return (
    <div ref={rootRef} onBlur={onBlur} className={className}>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setIsOpen((open) => !open)}
        className="flex h-11 items-center gap-2 rounded-md border border-stone-300 bg-white px-3 text-sm font-medium text-stone-800 shadow-sm hover:bg-stone-50"
      >
        {isOpen ? (
          <X aria-hidden="true" className="size-5" />
        ) : (
          <Menu aria-hidden="true" className="size-5" />
        )}
        {t("menu.button")}
      </button>
      <div
        id={panelId}
        data-menu-panel
        hidden={!isOpen}
        className="absolute inset-x-0 top-full max-h-[calc(100dvh-4rem)] overflow-y-auto border-b border-stone-200 bg-white shadow-lg"
      >
        <div className="mx-auto max-w-6xl space-y-4 px-4 py-4 sm:px-6">
          <nav aria-label={t("nav.label")}>
            <ul className="grid gap-1 sm:grid-cols-2">
              {items.map((item) => {
                const Icon = NAV_ICONS[item.key];
                const isActive = isNavItemActive(item, pathname);
                return (
                  <li key={item.key}>
                    <Link
                      href={item.href}
                      aria-current={isActive ? "page" : undefined}
                      onClick={() => setIsOpen(false)}
                      className={cn(
                        LINK,
                        isActive ? "bg-brand-50 text-brand-700" : "text-stone-700 hover:bg-stone-100",
                      )}
                    >
                      <Icon aria-hidden="true" className="size-5 shrink-0" />
                      {t(`nav.${item.key}`)}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
          <div className="space-y-2 border-t border-stone-200 pt-4">
            <p className="px-3">
              <span className="block font-medium break-words text-stone-900">{user.name}</span>
              <span className="block text-sm break-words text-stone-600">{user.detail}</span>
            </p>
            <ul className="grid gap-1 sm:grid-cols-3">
              {ACCOUNT_LINKS.map(({ key, href, icon: Icon }) => (
                <li key={key}>
                  <Link
                    href={href}
                    aria-current={pathname === href ? "page" : undefined}
                    onClick={() => setIsOpen(false)}
                    className={cn(
                      LINK,
                      "text-sm",
                      pathname === href ? "bg-brand-50 text-brand-700" : "text-stone-700 hover:bg-stone-100",
                    )}
                  >
                    <Icon aria-hidden="true" className="size-4 shrink-0" />
                    {t(`user.${key}`)}
                  </Link>
                </li>
              ))}
            </ul>
            <SignOutButton />
          </div>
        </div>
      </div>
    </div>
  );
}
