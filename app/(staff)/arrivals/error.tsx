"use client";

import { SectionError } from "@/components/shell/section-error";

export default function ArrivalsError({ error, retry }: { error: unknown; retry: () => void }) {
  return <SectionError error={error} retry={retry} title="The arrivals could not be loaded" />;
}
