import Link from "next/link";
import type { Role } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";

const LINKS = [
  { href: "/admin/users", label: "Staff accounts", action: "users.manage" },
  { href: "/admin/locations", label: "Locations", action: "locations.manage" },
  { href: "/admin/roles", label: "Roles", action: "users.manage" },
  { href: "/admin/api-keys", label: "API keys", action: "apiKeys.manage" },
  { href: "/admin/duplicates", label: "Possible duplicates", action: "customers.merge" },
  { href: "/admin/merges", label: "Merge history", action: "customers.merge" },
  { href: "/admin/import", label: "CSV import", action: "imports.run" },
  { href: "/admin/contact-policy", label: "Contact policy", action: "policy.manage" },
  { href: "/admin/privacy", label: "Privacy", action: "privacy.manage" },
  { href: "/audit", label: "Audit log", action: "audit.view" },
] as const;

export function AdminNav({ role, current }: { role: Role; current: string }) {
  return (
    <nav aria-label="Administration" className="flex flex-wrap gap-1 border-b border-stone-200">
      {LINKS.filter((link) => can(role, link.action)).map((link) => (
        <Link
          key={link.href}
          href={link.href}
          aria-current={current === link.href ? "page" : undefined}
          className="-mb-px border-b-2 border-transparent px-3 py-2 text-sm font-medium text-stone-600 hover:text-stone-900 aria-[current=page]:border-brand-600 aria-[current=page]:text-brand-700"
        >
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
