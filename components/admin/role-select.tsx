import { useTranslations } from "next-intl";
import { ROLES, type Role } from "@/lib/auth/permissions";

export function RoleSelect({ id, defaultValue }: { id: string; defaultValue?: Role }) {
  const t = useTranslations("admin.role");
  return (
    <select
      id={id}
      name="role"
      defaultValue={defaultValue ?? "receptionist"}
      className="h-11 w-full rounded-md border border-stone-300 bg-white px-3 text-base sm:text-sm"
    >
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {t(role)}
        </option>
      ))}
    </select>
  );
}
