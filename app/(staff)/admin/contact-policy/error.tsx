"use client";

import { SectionError } from "@/components/shell/section-error";

export default function ContactPolicyError({ error, retry }: { error: unknown; retry: () => void }) {
  return <SectionError error={error} retry={retry} title="The contact policy could not be loaded" />;
}
