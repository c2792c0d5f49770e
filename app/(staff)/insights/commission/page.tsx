import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CommissionRatesPage } from "@/components/manager-insights/commission-rates-page";
import { requirePageActor } from "@/lib/auth/guards";
import { listCommissionRateVersions } from "@/lib/insights/list-commission-rate-versions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("managerInsights.commission");
  return { title: t("title") };
}

export default async function CommissionPage() {
  const actor = await requirePageActor("policy.manage");
  return <CommissionRatesPage overview={await listCommissionRateVersions(actor)} />;
}
