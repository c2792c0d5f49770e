"use client";

import { SectionError } from "@/components/shell/section-error";

export default function InsightsError({ error, retry }: { error: unknown; retry: () => void }) {
  return <SectionError error={error} retry={retry} title="Insights could not be loaded" />;
}
