import { BedDouble } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listArrivals } from "@/lib/arrivals/list-arrivals";
import { requirePageActor } from "@/lib/auth/guards";
import { channelLabels } from "@/lib/format/labels";
import { customerDisplayName } from "@/lib/format/names";

export const metadata: Metadata = { title: "Arrivals" };

function nights(arrival: Date, departure: Date): number {
  return Math.round((departure.getTime() - arrival.getTime()) / 86_400_000);
}

export default async function ArrivalsPage() {
  const actor = await requirePageActor("arrivals.view");
  const arrivals = await listArrivals(actor);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Today's arrivals"
        description={`${arrivals.length} booking${arrivals.length === 1 ? "" : "s"} arriving today at your hotel${actor.locationIds.length === 1 ? "" : "s"}.`}
      />
      <Card>
        {arrivals.length === 0 ? (
          <EmptyState
            icon={BedDouble}
            title="No arrivals today"
            description="Bookings arriving today at your hotels appear here."
          />
        ) : (
          <Table aria-label="Arrivals">
            <TableHeader>
              <TableRow>
                <TableHead>Guest</TableHead>
                <TableHead>Room</TableHead>
                <TableHead>Nights</TableHead>
                <TableHead>Booked via</TableHead>
                <TableHead>Hotel</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {arrivals.map((booking) => (
                <TableRow key={booking.id}>
                  <TableCell>
                    <Link
                      href={`/customers/${booking.customer.id}`}
                      className="font-medium text-stone-900 hover:underline"
                    >
                      {customerDisplayName(booking.customer)}
                    </Link>
                  </TableCell>
                  <TableCell>
                    {booking.roomType}
                    {booking.roomNumber ? ` · ${booking.roomNumber}` : ""}
                  </TableCell>
                  <TableCell>{nights(booking.arrivalDate, booking.departureDate)}</TableCell>
                  <TableCell>
                    <Badge>{channelLabels[booking.channel]}</Badge>
                  </TableCell>
                  <TableCell className="text-xs">{booking.location.name}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Card>
    </div>
  );
}
