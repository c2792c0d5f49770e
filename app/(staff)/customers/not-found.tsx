import { useTranslations } from "next-intl";
import { CustomerNotFound } from "@/components/customers/customer-not-found";

export default function CustomersNotFound() {
  const t = useTranslations("card.notFound");
  return <CustomerNotFound title={t("pageTitle")} description={t("pageDescription")} />;
}
