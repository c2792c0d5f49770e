"use client";

import { ChevronDown } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { DropdownMenu } from "radix-ui";
import { useLayoutEffect, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import { can, type Action, type Role } from "@/lib/auth/permissions";

const LINKS = [
  { href: "/admin/users", key: "users", action: "users.manage" },
  { href: "/admin/locations", key: "locations", action: "locations.manage" },
  { href: "/admin/roles", key: "roles", action: "users.manage" },
  { href: "/admin/api-keys", key: "apiKeys", action: "apiKeys.manage" },
  { href: "/admin/contact-policy", key: "contactPolicy", action: "policy.manage" },
  { href: "/admin/privacy", key: "privacy", action: "privacy.manage" },
  { href: "/audit", key: "audit", action: "audit.view" },
  { href: "/admin/duplicates", key: "duplicates", action: "customers.merge" },
  { href: "/admin/merges", key: "merges", action: "customers.merge" },
  { href: "/admin/import", key: "import", action: "imports.run" },
] as const satisfies readonly { href: string; key: string; action: Action }[];

type AdminLink = (typeof LINKS)[number];

const TAB =
  "inline-flex min-h-11 shrink-0 items-center whitespace-nowrap border-b-2 border-transparent px-3 text-sm font-medium text-stone-600 hover:text-stone-900";
const CURRENT_TAB = "border-brand-600 text-brand-700";
const GAP = 4;

/**
 * Which tabs fit on one row: the current page always, then the others in order while they fit,
 * leaving room for "More" when some do not.
 */
export function fitTabs(
  widths: number[],
  moreWidth: number,
  available: number,
  current: number,
): Set<number> {
  const gaps = (count: number) => Math.max(0, count - 1) * GAP;
  const total = widths.reduce((sum, width) => sum + width, 0) + gaps(widths.length);
  if (total <= available) return new Set(widths.keys());
  const shown = new Set<number>(current >= 0 ? [current] : []);
  let used = (current >= 0 ? widths[current]! : 0) + moreWidth + GAP;
  for (const [index, width] of widths.entries()) {
    if (shown.has(index)) continue;
    if (used + width + GAP > available) break;
    shown.add(index);
    used += width + GAP;
  }
  return shown;
}

/**
 * The admin tabs on one row at every width: what does not fit goes under "More", a menu that
 * keeps focus and returns it to its button. The current page is never hidden in the menu.
 */
export function AdminNav({ role, current }: { role: Role; current: string }) {
  const t = useTranslations("admin.nav");
  const links: AdminLink[] = LINKS.filter((link) => can(role, link.action));
  const currentIndex = links.findIndex((link) => link.href === current);
  const rowRef = useRef<HTMLDivElement>(null);
  const measureRef = useRef<HTMLDivElement>(null);
  // Until measured (and without JavaScript) every tab is on the row; the row clips, never scrolls.
  const [shown, setShown] = useState<Set<number> | null>(null);

  useLayoutEffect(() => {
    const row = rowRef.current;
    const measure = measureRef.current;
    if (!row || !measure) return;
    const update = () => {
      const items = [...measure.children] as HTMLElement[];
      const widths = items.slice(0, -1).map((item) => item.offsetWidth);
      const moreWidth = items.at(-1)?.offsetWidth ?? 0;
      const next = fitTabs(widths, moreWidth, row.clientWidth, currentIndex);
      setShown((previous) =>
        previous && previous.size === next.size && [...next].every((index) => previous.has(index))
          ? previous
          : next,
      );
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(row);
    return () => observer.disconnect();
  }, [currentIndex, links.length]);

  const inMenu = shown ? links.filter((_, index) => !shown.has(index)) : [];

  return (
    <nav aria-label={t("label")} className="relative border-b border-stone-200">
      <div ref={rowRef} className="flex flex-nowrap items-end gap-1 overflow-hidden">
        {links.map((link, index) =>
          shown && !shown.has(index) ? null : (
            <Link
              key={link.href}
              href={link.href}
              aria-current={index === currentIndex ? "page" : undefined}
              className={cn(TAB, index === currentIndex && CURRENT_TAB)}
            >
              {t(link.key)}
            </Link>
          ),
        )}
        {inMenu.length > 0 ? (
          <DropdownMenu.Root modal={false}>
            <DropdownMenu.Trigger className={cn(TAB, "gap-1 data-[state=open]:text-stone-900")}>
              {t("more")}
              <ChevronDown aria-hidden="true" className="size-4" />
            </DropdownMenu.Trigger>
            <DropdownMenu.Portal>
              <DropdownMenu.Content
                align="end"
                sideOffset={4}
                collisionPadding={8}
                className="z-40 min-w-52 rounded-lg border border-stone-200 bg-white p-1 shadow-lg"
              >
                {inMenu.map((link) => (
                  <DropdownMenu.Item key={link.href} asChild>
                    <Link
                      href={link.href}
                      className="flex min-h-11 items-center rounded-md px-3 text-sm font-medium text-stone-700 outline-none data-[highlighted]:bg-stone-100 data-[highlighted]:text-stone-900"
                    >
                      {t(link.key)}
                    </Link>
                  </DropdownMenu.Item>
                ))}
              </DropdownMenu.Content>
            </DropdownMenu.Portal>
          </DropdownMenu.Root>
        ) : null}
      </div>
      {/* Every tab at its natural width, out of sight, so the row knows what fits. */}
      <div
        ref={measureRef}
        aria-hidden="true"
        className="pointer-events-none invisible absolute inset-x-0 top-0 flex h-0 flex-nowrap gap-1 overflow-hidden"
      >
        {links.map((link) => (
          <span key={link.href} className={TAB}>
            {t(link.key)}
          </span>
        ))}
        <span className={cn(TAB, "gap-1")}>
          {t("more")}
          <ChevronDown className="size-4" />
        </span>
      </div>
    </nav>
  );
}
