type NameParts = { firstName: string | null; lastName: string | null };

export const UNNAMED_CUSTOMER = "Unnamed customer";

/** "Anna de Vries", or null when the customer gave no name (e.g. known only by an email address). */
export function customerName({ firstName, lastName }: NameParts): string | null {
  const name = [firstName, lastName]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(" ");
  return name.length > 0 ? name : null;
}

export function customerDisplayName(parts: NameParts): string {
  return customerName(parts) ?? UNNAMED_CUSTOMER;
}
