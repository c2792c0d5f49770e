import { PackageCheck } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth/guards";
import { customerDisplayName } from "@/lib/format/names";
import { listPickups } from "@/lib/pickups/list-pickups";

export const metadata: Metadata = { title: "Pickups" };

export default async function PickupsPage() {
  const actor = await requirePageActor("pickups.view");
  const pickups = await listPickups(actor);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Ready for pickup"
        description={`${pickups.length} click-and-collect order${pickups.length === 1 ? "" : "s"} waiting at your store${actor.locationIds.length === 1 ? "" : "s"}.`}
      />
      <Card>
        {pickups.length === 0 ? (
          <EmptyState
            icon={PackageCheck}
            title="Nothing waiting"
            description="Orders ready for pickup at your stores appear here."
          />
        ) : (
          <Table aria-label="Pickups">
            <TableHeader>
              <TableRow>
                <TableHead>Customer</TableHead>
                <TableHead>Order</TableHead>
                <TableHead>Items</TableHead>
                <TableHead>Store</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {pickups.map((order) => (
                <TableRow key={order.id}>
                  <TableCell>
                    <Link
                      href={`/customers/${order.customer.id}`}
                      className="font-medium text-stone-900 hover:underline"
                    >
                      {customerDisplayName(order.customer)}
                    </Link>
                  </TableCell>
                  <TableCell className="font-mono text-xs">{order.orderNumber}</TableCell>
                  <TableCell className="text-xs">
                    {order.lines.map((line) => `${line.quantity}× ${line.productName}`).join(", ")}
                  </TableCell>
                  <TableCell className="text-xs">{order.pickupLocation?.name}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Card>
    </div>
  );
}
