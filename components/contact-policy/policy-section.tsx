import type { ReactNode } from "react";
import type { ContactPolicySettings } from "@/lib/validation/contact-policy";

export interface PolicySectionProps {
  settings: ContactPolicySettings;
  errors: Record<string, string>;
}

/** One titled group of settings in the policy form. */
export function PolicySection({
  id,
  title,
  description,
  children,
}: {
  /** A stable id for the heading, the same in every language. */
  id: string;
  title: string;
  description: string;
  children: ReactNode;
}) {
  const headingId = `policy-section-${id}`;
  return (
    <section
      aria-labelledby={headingId}
      className="space-y-3 border-t border-stone-100 pt-5 first:border-t-0 first:pt-0"
    >
      <div>
        <h3 id={headingId} className="text-sm font-semibold text-stone-900">
          {title}
        </h3>
        <p className="text-sm text-stone-600">{description}</p>
      </div>
      {children}
    </section>
  );
}
