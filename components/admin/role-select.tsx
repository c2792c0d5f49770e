import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/permissions";

export function RoleSelect({ id, defaultValue }: { id: string; defaultValue?: Role }) {
  return (
    <select
      id={id}
      name="role"
      defaultValue={defaultValue ?? "receptionist"}
      className="h-10 w-full rounded-md border border-stone-300 bg-white px-3 text-sm"
    >
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {ROLE_LABELS[role]}
        </option>
      ))}
    </select>
  );
}
