import { CustomerNotFound } from "@/components/customers/customer-not-found";

export default function CustomerProfileNotFound() {
  return <CustomerNotFound />;
}
