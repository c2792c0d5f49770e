import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { ProfileIdentity } from "@/lib/customers/get-customer-profile";
import type { IdentityType } from "@/lib/generated/prisma/enums";
import { formatIdentityValue } from "@/lib/format/identities";
import { identityTypeLabels, identityTypeOrder } from "@/lib/format/labels";

const isCode = (type: IdentityType) => type !== "email" && type !== "phone";

export function CustomerIdentities({ identities }: { identities: ProfileIdentity[] }) {
  const byType = identityTypeOrder
    .map((type) => ({ type, values: identities.filter((identity) => identity.type === type) }))
    .filter((group) => group.values.length > 0);

  return (
    <Card>
      <CardHeader>
        <CardTitle id="identities-heading">Contact details and ids</CardTitle>
      </CardHeader>
      <CardContent>
        {byType.length === 0 ? (
          <p className="text-sm text-stone-600">No email address, phone number or other id is recorded.</p>
        ) : (
          <dl aria-labelledby="identities-heading" className="space-y-3">
            {byType.map(({ type, values }) => (
              <div key={type} className="space-y-0.5">
                <dt className="text-xs font-medium tracking-wide text-stone-500 uppercase">
                  {identityTypeLabels[type]}
                </dt>
                {values.map((identity) => (
                  <dd
                    key={identity.id}
                    className={
                      isCode(type)
                        ? "font-mono text-sm break-all text-stone-900"
                        : "text-sm break-all text-stone-900"
                    }
                  >
                    {formatIdentityValue(identity)}
                  </dd>
                ))}
              </div>
            ))}
          </dl>
        )}
      </CardContent>
    </Card>
  );
}
