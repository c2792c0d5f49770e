import { AdminCard, AdminPage } from "@/components/admin/admin-page";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocationForm } from "@/components/admin/location-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePageActor } from "@/lib/auth/guards";
import { listLocations } from "@/lib/locations/manage-locations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("locations");
  return { title: t("title") };
}

export default async function LocationsPage() {
  const actor = await requirePageActor("locations.manage");
  const [locations, t] = await Promise.all([listLocations(actor), getTranslations("locations")]);
  return (
    <AdminPage role={actor.role} current="/admin/locations" title={t("title")} description={t("description")}>
      <ul className="space-y-3" aria-label={t("title")}>
        {locations.map((location) => (
          <li key={location.id}>
            <Card>
              <CardHeader className="flex-row flex-wrap items-center justify-between gap-2">
                <CardTitle>{location.name}</CardTitle>
                <div className="flex flex-wrap gap-2">
                  <Badge tone="brand">{t(location.type === "hotel" ? "type.hotel" : "type.store")}</Badge>
                  <Badge>{t("staffCount", { count: location._count.staff })}</Badge>
                </div>
              </CardHeader>
              <CardContent>
                <LocationForm
                  location={{
                    id: location.id,
                    code: location.code,
                    name: location.name,
                    type: location.type,
                    city: location.city,
                    timeZone: location.timeZone,
                  }}
                />
              </CardContent>
            </Card>
          </li>
        ))}
      </ul>
      <AdminCard title={t("new")}>
        <LocationForm />
      </AdminCard>
    </AdminPage>
  );
}
