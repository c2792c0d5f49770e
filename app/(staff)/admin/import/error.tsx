"use client";

import { SectionError } from "@/components/shell/section-error";

export default function ImportError({ error, retry }: { error: unknown; retry: () => void }) {
  return <SectionError error={error} retry={retry} title="The import page could not be loaded" />;
}
