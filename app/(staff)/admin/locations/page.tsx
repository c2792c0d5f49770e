import { AdminCard, AdminPage } from "@/components/admin/admin-page";
import type { Metadata } from "next";
import { LocationForm } from "@/components/admin/location-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePageActor } from "@/lib/auth/guards";
import { listLocations } from "@/lib/locations/manage-locations";

export const metadata: Metadata = { title: "Locations" };

export default async function LocationsPage() {
  const actor = await requirePageActor("locations.manage");
  const locations = await listLocations(actor);
  return (
    <AdminPage
      role={actor.role}
      current="/admin/locations"
      title="Locations"
      description="Hotels and stores. Staff see the customers of the locations they are assigned to."
    >
      <ul className="space-y-3" aria-label="Locations">
        {locations.map((location) => (
          <li key={location.id}>
            <Card>
              <CardHeader className="flex-row items-center justify-between">
                <CardTitle>{location.name}</CardTitle>
                <div className="flex gap-2">
                  <Badge tone="brand">{location.type === "hotel" ? "Hotel" : "Store"}</Badge>
                  <Badge>{location._count.staff} staff</Badge>
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
      <AdminCard title="New location">
        <LocationForm />
      </AdminCard>
    </AdminPage>
  );
}
