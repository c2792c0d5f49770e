import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { requirePageActor } from "@/lib/auth/guards";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.password");
  return { title: t("metaTitle") };
}

export default async function ChangePasswordPage() {
  const actor = await requirePageActor(undefined, { allowPasswordChange: true });
  const t = await getTranslations("auth.password");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <PageHeader title={t("title")} description={actor.mustChangePassword ? t("temporary") : t("intro")} />
      <Card>
        <CardContent className="pt-5">
          <ChangePasswordForm />
        </CardContent>
      </Card>
    </div>
  );
}
