import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { requirePageActor } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Change password" };

export default async function ChangePasswordPage() {
  const actor = await requirePageActor(undefined, { allowPasswordChange: true });
  return (
    <div className="mx-auto max-w-md space-y-6">
      <PageHeader
        title="Change password"
        description={
          actor.mustChangePassword
            ? "Your password was set by an admin. Choose your own before you continue."
            : "Choose a new password for your account."
        }
      />
      <Card>
        <CardContent className="pt-5">
          <ChangePasswordForm />
        </CardContent>
      </Card>
    </div>
  );
}
