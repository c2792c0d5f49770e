"use client";

import { SectionError } from "@/components/shell/section-error";

export default function DuplicatesError({ error, retry }: { error: unknown; retry: () => void }) {
  return <SectionError error={error} retry={retry} title="Possible duplicates could not be loaded" />;
}
