import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const t = await getTranslations("common.forbidden");
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center gap-3 p-6 text-center">
      <p className="text-sm font-medium text-stone-600">403</p>
      <h1 className="text-xl font-semibold text-stone-900">{t("title")}</h1>
      <p className="text-sm text-stone-600">{t("body")}</p>
      <Link href="/" className="text-sm font-medium text-brand-700 underline underline-offset-4">
        {t("home")}
      </Link>
    </main>
  );
}
