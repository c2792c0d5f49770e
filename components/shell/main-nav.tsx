"use client";

import { BedDouble, ChartColumn, PackageCheck, Settings, Users, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import type { NavItem, NavKey } from "./nav-items";

const ICONS: Record<NavKey, LucideIcon> = {
  arrivals: BedDouble,
  pickups: PackageCheck,
  customers: Users,
  insights: ChartColumn,
  admin: Settings,
};

const ADMIN_SECTIONS = ["/admin", "/audit"];

export function MainNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main">
      <ul className="flex items-center gap-1">
        {items.map(({ key, href, label }) => {
          const Icon = ICONS[key];
          const sections = key === "admin" ? ADMIN_SECTIONS : [href];
          const isActive = sections.some(
            (section) => pathname === section || pathname.startsWith(`${section}/`),
          );
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={isActive ? "page" : undefined}
                className={cn(
                  "flex h-9 items-center gap-2 rounded-md px-3 text-sm font-medium transition-colors",
                  isActive
                    ? "bg-brand-50 text-brand-700"
                    : "text-stone-600 hover:bg-stone-100 hover:text-stone-900",
                )}
              >
                <Icon aria-hidden="true" className="size-4" />
                <span className="max-md:sr-only">{label}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
