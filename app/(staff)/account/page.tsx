import { ChevronRight, KeyRound, ShieldCheck } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { LanguageForm } from "@/components/account/language-form";
import { AdminCard } from "@/components/admin/admin-page";
import { describePlace } from "@/components/shell/describe-user";
import { PageHeader } from "@/components/shell/page-header";
import { getShellUser } from "@/lib/auth/get-shell-user";
import { requirePageActor } from "@/lib/auth/guards";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("metaTitle") };
}

export default async function AccountPage() {
  const actor = await requirePageActor();
  const [t, tShell, user] = await Promise.all([
    getTranslations("account"),
    getTranslations("shell"),
    getShellUser(actor),
  ]);
  const places = await describePlace(actor.role, user.locations);
  const details = [
    [t("details.name"), user.name],
    [t("details.email"), actor.email],
    [t("details.role"), tShell(`roles.${actor.role}`)],
    [t("details.locations"), places],
  ] as const;
  const links = [
    {
      href: "/account/password",
      icon: KeyRound,
      title: t("signIn.password"),
      hint: t("signIn.passwordHint"),
    },
    {
      href: "/account/security",
      icon: ShieldCheck,
      title: t("signIn.secondFactor"),
      hint: t("signIn.secondFactorHint"),
    },
  ];
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader title={t("title")} description={t("intro")} />
      <AdminCard title={t("language.title")} description={t("language.description")}>
        <LanguageForm />
      </AdminCard>
      <AdminCard title={t("details.title")} description={t("details.description")}>
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[10rem_1fr]">
          {details.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="font-medium text-stone-600">{term}</dt>
              <dd className="break-words text-stone-900 max-sm:mb-1">{value}</dd>
            </div>
          ))}
        </dl>
      </AdminCard>
      <AdminCard title={t("signIn.title")} description={t("signIn.description")}>
        <ul className="-mx-2 divide-y divide-stone-100">
          {links.map(({ href, icon: Icon, title, hint }) => (
            <li key={href}>
              <Link
                href={href}
                className="flex min-h-11 items-center gap-3 rounded-md px-2 py-2.5 hover:bg-stone-50"
              >
                <Icon aria-hidden="true" className="size-5 shrink-0 text-brand-700" />
                <span className="min-w-0 flex-1">
                  <span className="block font-medium text-stone-900">{title}</span>
                  <span className="block text-sm text-stone-600">{hint}</span>
                </span>
                <ChevronRight aria-hidden="true" className="size-4 shrink-0 text-stone-500" />
              </Link>
            </li>
          ))}
        </ul>
      </AdminCard>
    </div>
  );
}
