"use client";

import { SectionError } from "@/components/shell/section-error";

export default function PrivacyError({ error, retry }: { error: unknown; retry: () => void }) {
  return <SectionError error={error} retry={retry} title="The privacy overview could not be loaded" />;
}
