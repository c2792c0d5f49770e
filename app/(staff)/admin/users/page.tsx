import { AdminCard, AdminPage } from "@/components/admin/admin-page";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { StaffUserItem } from "@/components/admin/staff-user-item";
import { Card } from "@/components/ui/card";
import { requirePageActor } from "@/lib/auth/guards";
import type { Role } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format/dates";
import { listLocationChoices, listStaffUsers } from "@/lib/users/list-staff-users";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users");
  return { title: t("title") };
}

export default async function UsersPage() {
  const actor = await requirePageActor("users.manage");
  const [users, locations, t, locale] = await Promise.all([
    listStaffUsers(actor),
    listLocationChoices(actor),
    getTranslations("users"),
    getLocale(),
  ]);
  return (
    <AdminPage role={actor.role} current="/admin/users" title={t("title")} description={t("description")}>
      <Card>
        <ul aria-label={t("listLabel")} className="divide-y divide-stone-100">
          {users.map((user) => (
            <StaffUserItem
              key={user.id}
              user={{
                id: user.id,
                name: user.name,
                email: user.email,
                role: user.role as Role,
                isDisabled: user.isDisabled,
                mustChangePassword: user.mustChangePassword,
                hasSecondFactor: user._count.passkeys > 0 || Boolean(user.totp?.confirmedAt),
                lastSignIn: user.lastSignInAt ? formatDateTime(user.lastSignInAt, locale) : null,
                locations: user.locations.map((l) => l.location),
              }}
              locations={locations}
              isSelf={user.id === actor.id}
            />
          ))}
        </ul>
      </Card>
      <AdminCard title={t("newAccount")}>
        <CreateUserForm locations={locations} />
      </AdminCard>
    </AdminPage>
  );
}
