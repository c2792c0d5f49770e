import { CustomerNotFound } from "@/components/customers/customer-not-found";

export default function CustomersNotFound() {
  return (
    <CustomerNotFound
      title="Page not found"
      description="This customers page does not exist. Search for the customer instead."
    />
  );
}
