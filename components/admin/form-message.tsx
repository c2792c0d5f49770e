"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";

const STEP_UP_CODES = new Set(["step_up_required", "second_factor_required"]);

export function FormMessage({
  error,
  success,
  code,
}: {
  error?: string | null;
  success?: string | null;
  /** The failure's code: a step-up refusal also offers the way to confirm it's you. */
  code?: string | null;
}) {
  const t = useTranslations("admin.formMessage");
  if (error)
    return (
      <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
        {error}
        {code && STEP_UP_CODES.has(code) ? (
          <>
            {" "}
            <StepUpLink label={t("confirmItsYou")} />
          </>
        ) : code === "second_factor_enrolment_required" ? (
          <>
            {" "}
            <Link href="/account/security" className="font-medium underline">
              {t("setUpSecondFactor")}
            </Link>
          </>
        ) : null}
      </p>
    );
  if (success)
    return (
      <p role="status" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700">
        {success}
      </p>
    );
  return null;
}

function StepUpLink({ label }: { label: string }) {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const next = `${pathname}${query ? `?${query}` : ""}`;
  return (
    <Link
      href={`/account/security/verify?next=${encodeURIComponent(next)}`}
      className="font-medium underline"
    >
      {label}
    </Link>
  );
}
