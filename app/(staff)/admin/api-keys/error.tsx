"use client";

import { SectionError } from "@/components/shell/section-error";

export default function ApiKeysError({ error, retry }: { error: unknown; retry: () => void }) {
  return <SectionError error={error} retry={retry} title="API keys could not be loaded" />;
}
