"use client";

import { SectionError } from "@/components/shell/section-error";

export default function AdminError({ error, retry }: { error: unknown; retry: () => void }) {
  return <SectionError error={error} retry={retry} title="This admin page could not be loaded" />;
}
