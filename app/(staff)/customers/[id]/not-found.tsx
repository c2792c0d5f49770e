import { useTranslations } from "next-intl";
import { CustomerNotFound } from "@/components/customers/customer-not-found";

export default function CustomerProfileNotFound() {
  const t = useTranslations("card.notFound");
  return <CustomerNotFound title={t("title")} description={t("description")} />;
}
