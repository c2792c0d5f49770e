import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CodeBlock, DocsSection } from "@/components/api-docs/docs-section";
import { SchemaFields, type SchemaObject } from "@/components/api-docs/schema-fields";
import { SegmentMapping } from "@/components/api-docs/segment-mapping";
import { buildOpenApiDocument } from "@/lib/openapi/build-openapi-document";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apiDocs");
  return { title: t("metaTitle") };
}

const EXAMPLE = `curl https://gastvrij.example.nl/api/v1/events \\
  -H "Authorization: Bearer $GASTVRIJ_KEY" \\
  -H "Content-Type: application/json" \\
  -H "Idempotency-Key: 2026-11-23-batch-0042" \\
  -d '{"events": [{
        "type": "booking_created", "channel": "booking_com", "direction": "inbound",
        "occurredAt": "2026-11-23T14:05:00+01:00", "sourceEventId": "bk-88412-created",
        "identifiers": {"email": "anne@example.nl", "phone": "06 2841 7730"},
        "traits": {"firstName": "Anne", "lastName": "de Vries", "language": "nl"},
        "booking": {"reference": "BK-88412", "locationCode": "HTL-AMS", "arrivalDate": "2026-12-01",
                    "departureDate": "2026-12-03", "roomType": "Double"}
      }]}'`;

const STATUSES = ["400", "401", "403", "409", "413", "415", "422", "429", "503"] as const;
const ENDPOINTS = ["events", "customers", "segment", "eligibility", "privacy", "openapi"] as const;
const IDENTITY_RULES = ["normalized", "placeholders", "order", "strong", "anonymous", "undo"] as const;
const DETAIL_SCHEMAS = [
  "Identifiers",
  "Traits",
  "Booking",
  "Order",
  "OrderLine",
  "ServiceCase",
  "Consent",
  "Fact",
  "Campaign",
  "ItemResult",
];

const code = (chunks: ReactNode) => <code>{chunks}</code>;

// Public: it speaks the visitor's language (the cookie, else the browser's). Code, field names and
// JSON stay as the API has them.
export default async function ApiDocsPage() {
  const t = await getTranslations("apiDocs");
  const document = buildOpenApiDocument("");
  const schemas = (document.components?.schemas ?? {}) as Record<string, SchemaObject>;
  return (
    <main className="mx-auto max-w-5xl space-y-6 px-4 py-8 sm:px-6 sm:py-10">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight text-stone-900">Gastvrij API</h1>
        <p className="text-stone-700">
          {t.rich("intro", {
            link: (chunks) => (
              <a className="text-brand-700 underline" href="/api/v1/openapi.json">
                {chunks}
              </a>
            ),
          })}
        </p>
      </header>
      <DocsSection id="auth" title={t("auth.title")}>
        <p>{t.rich("auth.body", { code, key: "<key>" })}</p>
      </DocsSection>
      <DocsSection id="endpoints" title={t("endpoints.title")}>
        <ul className="list-disc space-y-1 pl-5">
          {ENDPOINTS.map((endpoint) => (
            <li key={endpoint}>
              {t.rich(`endpoints.${endpoint}`, {
                code,
                identifierPath: "/api/v1/customers/{identifier}/eligibility?purpose=survey",
                requestPath: "/api/v1/privacy/requests/{id}",
              })}
            </li>
          ))}
        </ul>
        <CodeBlock label={t("endpoints.example")}>{EXAMPLE}</CodeBlock>
        <p>{t.rich("endpoints.answer", { code })}</p>
      </DocsSection>
      <DocsSection id="event" title={t("event.title")}>
        <p>{t("event.descriptionsInEnglish")}</p>
        <SchemaFields name="Event" schema={schemas.Event ?? {}} />
        {DETAIL_SCHEMAS.map((name) => (
          <details key={name} className="rounded-lg border border-stone-200">
            <summary className="flex min-h-11 cursor-pointer items-center px-4 font-medium text-stone-900">
              {name}
            </summary>
            {schemas[name]?.description ? (
              <p className="px-4" lang="en">
                {schemas[name]?.description}
              </p>
            ) : null}
            <div className="px-4 pb-2 sm:px-0">
              <SchemaFields name={name} schema={schemas[name] ?? {}} />
            </div>
          </details>
        ))}
      </DocsSection>
      <DocsSection id="errors" title={t("errors.title")}>
        <ul className="space-y-1">
          {STATUSES.map((status) => (
            <li key={status}>
              <code>{status}</code> {t(`errors.status.${status}`)}
            </li>
          ))}
        </ul>
        <p>
          {t.rich("errors.shape", {
            code,
            shape: `{"error": {"code", "message", "issues": [{"path", "message"}]}}`,
          })}
        </p>
      </DocsSection>
      <DocsSection id="idempotency" title={t("idempotency.title")}>
        <p>{t.rich("idempotency.body", { code })}</p>
      </DocsSection>
      <DocsSection id="identity" title={t("identity.title")}>
        <ul className="list-disc space-y-1 pl-5">
          {IDENTITY_RULES.map((rule) => (
            <li key={rule}>{t(`identity.${rule}`)}</li>
          ))}
        </ul>
      </DocsSection>
      <DocsSection id="segment" title={t("segment.title")}>
        <p>
          {t.rich("segment.body", {
            code,
            segmentSdk: `new Analytics({ writeKey, host: "https://gastvrij.example.nl" })`,
            rudderSdk: `new Analytics(writeKey, { dataPlaneUrl: "https://gastvrij.example.nl" })`,
          })}
        </p>
        <ul className="list-disc space-y-1 pl-5">
          <li>{t.rich("segment.screen", { code })}</li>
          <li>{t.rich("segment.alias", { code })}</li>
        </ul>
        <SegmentMapping />
      </DocsSection>
    </main>
  );
}
