import type { ReactNode } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { Role } from "@/lib/auth/permissions";
import { AdminNav } from "./admin-nav";

/** The shell of every admin page: its heading, the admin tabs, then the page's cards. */
export function AdminPage({
  title,
  description,
  role,
  current,
  children,
}: {
  title: string;
  description?: ReactNode;
  role: Role;
  /** The tab to mark as this page, e.g. "/admin/users". */
  current: string;
  children: ReactNode;
}) {
  return (
    <div className="space-y-6">
      <PageHeader title={title} description={description} />
      <AdminNav role={role} current={current} />
      {children}
    </div>
  );
}

/** A titled card on an admin page: a form ("New API key") or a section of settings. */
export function AdminCard({
  title,
  description,
  children,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        {description ? <CardDescription>{description}</CardDescription> : null}
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}
