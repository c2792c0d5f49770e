"use client";

import { SectionError } from "@/components/shell/section-error";

export default function CustomersError({ error, retry }: { error: unknown; retry: () => void }) {
  return <SectionError error={error} retry={retry} title="The customer list could not be loaded" />;
}
