"use client";

import { SectionError } from "@/components/shell/section-error";

export default function CustomerError({ error, retry }: { error: unknown; retry: () => void }) {
  return <SectionError error={error} retry={retry} title="This customer could not be loaded" />;
}
