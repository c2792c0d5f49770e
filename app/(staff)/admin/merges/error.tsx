"use client";

import { SectionError } from "@/components/shell/section-error";

export default function MergesError({ error, retry }: { error: unknown; retry: () => void }) {
  return <SectionError error={error} retry={retry} title="Merge history could not be loaded" />;
}
