"use client";

import { SectionError } from "@/components/shell/section-error";

export default function PickupsError({ error, retry }: { error: unknown; retry: () => void }) {
  return <SectionError error={error} retry={retry} title="The pickups could not be loaded" />;
}
