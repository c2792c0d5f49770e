import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { Role } from "@/lib/auth/permissions";
import type { LocationChoice } from "./location-checkboxes";
import { UserRowActions } from "./user-row-actions";

export interface StaffUserSummary {
  id: string;
  name: string;
  email: string;
  role: Role;
  isDisabled: boolean;
  mustChangePassword: boolean;
  hasSecondFactor: boolean;
  /** Already formatted in the interface language; null when they never signed in. */
  lastSignIn: string | null;
  locations: { id: string; code: string; name: string }[];
}

/** One staff account: who, role, locations and last sign-in, then its actions; stacks on a phone. */
export function StaffUserItem({
  user,
  locations,
  isSelf,
}: {
  user: StaffUserSummary;
  locations: LocationChoice[];
  isSelf: boolean;
}) {
  const t = useTranslations();
  return (
    <li className="grid gap-3 px-5 py-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)_auto] lg:items-start lg:gap-6">
      <div className="min-w-0">
        <p className="font-medium break-words text-stone-900">{user.name}</p>
        <p className="text-sm break-all text-stone-600">{user.email}</p>
        <div className="mt-1 flex flex-wrap gap-1">
          {user.isDisabled ? <Badge>{t("users.badge.disabled")}</Badge> : null}
          {user.hasSecondFactor ? <Badge>{t("users.badge.secondFactorOn")}</Badge> : null}
          {user.mustChangePassword && !user.isDisabled ? (
            <Badge tone="outbound" className="whitespace-normal">
              {t("users.badge.mustChangePassword")}
            </Badge>
          ) : null}
        </div>
      </div>
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm sm:grid-cols-3 sm:gap-y-0.5">
        <div className="contents sm:block">
          <dt className="text-stone-600">{t("users.field.role")}</dt>
          <dd className="text-stone-900">{t(`admin.role.${user.role}`)}</dd>
        </div>
        <div className="contents sm:block">
          <dt className="text-stone-600">{t("users.field.locations")}</dt>
          <dd className="text-stone-900">
            {user.role === "admin" ? (
              t("users.allLocations")
            ) : user.locations.length === 0 ? (
              t("users.noLocations")
            ) : (
              <ul className="flex flex-wrap gap-x-2">
                {user.locations.map((location) => (
                  <li
                    key={location.id}
                    title={location.name}
                    className="font-mono text-xs leading-5 text-stone-700"
                  >
                    {location.code}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div className="contents sm:block">
          <dt className="text-stone-600">{t("users.field.lastSignIn")}</dt>
          <dd className="text-stone-900">{user.lastSignIn ?? t("users.neverSignedIn")}</dd>
        </div>
      </dl>
      <UserRowActions
        user={{
          id: user.id,
          name: user.name,
          role: user.role,
          isDisabled: user.isDisabled,
          locationIds: user.locations.map((location) => location.id),
          hasSecondFactor: user.hasSecondFactor,
        }}
        locations={locations}
        isSelf={isSelf}
      />
    </li>
  );
}
