import Link from "next/link";
import type { ComponentProps } from "react";

type CustomerLinkProps = Omit<ComponentProps<typeof Link>, "href" | "prefetch"> & { customerId: string };

/**
 * The one way to link to a customer's profile. It never prefetches: opening a profile is audited as
 * a view, and a board or result list full of links must not read (or look like it read) every
 * profile on it. The profile answers fast enough on the click.
 */
export function CustomerLink({ customerId, ...props }: CustomerLinkProps) {
  return <Link href={`/customers/${customerId}`} prefetch={false} {...props} />;
}
