import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { VerifySecondFactor } from "@/components/second-factor/verify-second-factor";
import { Card, CardContent } from "@/components/ui/card";
import { requirePageActor } from "@/lib/auth/guards";
import { getEnrolledFactors } from "@/lib/second-factor/get-enrolled-factors";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("secondFactor.verify");
  return { title: t("metaTitle") };
}

/** Only same-site paths: `next` comes from the URL and must not send anyone elsewhere. */
function safeNext(value: string | string[] | undefined): string {
  return typeof value === "string" && /^\/(?![/\\])/.test(value) ? value : "/";
}

export default async function VerifySecondFactorPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor(undefined, { allowPendingSecondFactor: true });
  if (!actor.secondFactor.isEnrolled) redirect("/account/security");
  const [t, factors] = await Promise.all([getTranslations("secondFactor.verify"), getEnrolledFactors(actor)]);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <PageHeader
        title={t("title")}
        description={actor.secondFactor.passedAt ? t("introStepUp") : t("intro")}
      />
      <Card>
        <CardContent className="pt-5">
          <VerifySecondFactor
            next={safeNext((await searchParams).next)}
            hasPasskey={factors.passkeys.length > 0}
            hasTotp={factors.hasTotp}
          />
        </CardContent>
      </Card>
    </div>
  );
}
