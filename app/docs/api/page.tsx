import type { Metadata } from "next";
import { CodeBlock, DocsSection } from "@/components/api-docs/docs-section";
import { SchemaFields, type SchemaObject } from "@/components/api-docs/schema-fields";
import { SegmentMapping } from "@/components/api-docs/segment-mapping";
import { buildOpenApiDocument } from "@/lib/openapi/build-openapi-document";

export const metadata: Metadata = { title: "API documentation" };

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

const ERRORS: [number, string][] = [
  [
    400,
    "Unparseable JSON, a schema violation (each issue names its JSON path), or every item of the batch rejected.",
  ],
  [401, "No API key, or an unknown or revoked one. Staff sign-ins never work here."],
  [403, "The key lacks the scope (ingest, eligibility:read, privacy:write)."],
  [409, "The same Idempotency-Key is still being processed; retry after Retry-After."],
  [413, "The body is over 1 MB (declared or streamed, also after gzip)."],
  [415, "Not Content-Type: application/json, or a Content-Encoding other than gzip."],
  [422, "The Idempotency-Key was used before with a different body."],
  [429, "Over the key's rate limit; retry after Retry-After seconds."],
  [503, "Busy (contention or database pressure); retry after Retry-After. Nothing of the batch was stored."],
];

export default function ApiDocsPage() {
  const document = buildOpenApiDocument("");
  const schemas = (document.components?.schemas ?? {}) as Record<string, SchemaObject>;
  const detail = [
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
  return (
    <main className="mx-auto max-w-5xl space-y-6 px-6 py-10">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight text-stone-900">Gastvrij API</h1>
        <p className="text-stone-700">
          How booking engines, web shops, email tools and service desks send events and customers to Gastvrij.
          The machine-readable description is the{" "}
          <a className="text-brand-700 underline" href="/api/v1/openapi.json">
            OpenAPI 3.1 document
          </a>
          , generated from the same schemas the API validates with.
        </p>
      </header>
      <DocsSection id="auth" title="Authentication">
        <p>
          An admin creates one API key per source system (Admin → API keys); it is shown once. Send it as{" "}
          <code>Authorization: Bearer &lt;key&gt;</code>, or as HTTP Basic with the key as user name and an
          empty password, as Segment&apos;s SDKs do. Scopes: <code>ingest</code> for sending,{" "}
          <code>eligibility:read</code> for asking whether a customer may be contacted,{" "}
          <code>privacy:write</code> for data-subject requests. Each key has its own rate limit (a token
          bucket shared by all app servers).
        </p>
      </DocsSection>
      <DocsSection id="endpoints" title="Endpoints">
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <code>POST /api/v1/events</code>: up to 1,000 events (1 MB) in Gastvrij&apos;s schema.
          </li>
          <li>
            <code>POST /api/v1/customers</code>: up to 1,000 customer records (identifiers and traits).
          </li>
          <li>
            <code>POST /api/v1/batch</code>, <code>/identify</code>, <code>/track</code>, <code>/page</code>,{" "}
            <code>/screen</code>, <code>/alias</code>: the Segment HTTP API spec (also at <code>/v1/…</code>,
            the SDKs&apos; default path).
          </li>
          <li>
            <code>GET /api/v1/customers/{"{identifier}"}/eligibility?purpose=survey</code> and{" "}
            <code>POST /api/v1/eligibility</code> (up to 1,000): may a customer be contacted now, why not, and
            from when. The identifier is <code>type:value</code>, e.g. <code>email:anne@example.nl</code>.
          </li>
          <li>
            <code>POST /api/v1/privacy/requests</code> (<code>access</code> or <code>erasure</code> for one
            identifier), <code>GET /api/v1/privacy/requests/{"{id}"}</code>: data-subject requests; an access
            request answers with a signed download link valid for 15 minutes. The export&apos;s format is the
            JSON Schema at <code>GET /api/v1/privacy/export-schema</code>.
          </li>
          <li>
            <code>GET /api/v1/openapi.json</code>: this API as OpenAPI 3.1.
          </li>
        </ul>
        <CodeBlock label="Example request">{EXAMPLE}</CodeBlock>
        <p>
          The answer lists every event as <code>accepted</code>, <code>duplicate</code> (its source and{" "}
          <code>sourceEventId</code> were stored before), <code>rejected</code> with the JSON path and reason,
          or <code>suppressed</code> (an identifier of a customer who was erased: the event is dropped, so the
          person cannot be brought back). Valid events are stored together in one transaction; nothing of a
          rejected or suppressed event is stored. The status is 200 when anything was accepted or was a
          duplicate, 400 when all were rejected.
        </p>
      </DocsSection>
      <DocsSection id="event" title="Event fields">
        <SchemaFields name="Event" schema={schemas.Event ?? {}} />
        {detail.map((name) => (
          <details key={name} className="rounded-lg border border-stone-200">
            <summary className="cursor-pointer px-4 py-2 font-medium text-stone-900">{name}</summary>
            {schemas[name]?.description ? <p className="px-4">{schemas[name]?.description}</p> : null}
            <SchemaFields name={name} schema={schemas[name] ?? {}} />
          </details>
        ))}
      </DocsSection>
      <DocsSection id="errors" title="Errors">
        <ul className="space-y-1">
          {ERRORS.map(([status, text]) => (
            <li key={status}>
              <code>{status}</code> {text}
            </li>
          ))}
        </ul>
        <p>
          Errors have the shape{" "}
          <code>{`{"error": {"code", "message", "issues": [{"path", "message"}]}}`}</code>. Bad input never
          causes a 500.
        </p>
      </DocsSection>
      <DocsSection id="idempotency" title="Retries and Idempotency-Key">
        <p>
          Every event is unique per source and <code>sourceEventId</code>, so a retried event is reported as a
          duplicate and never stored twice. A whole request may also carry an <code>Idempotency-Key</code>{" "}
          header (per API key, kept 24 hours): the same key with the same body returns the first response
          (with <code>Idempotent-Replayed: true</code>); with a different body it gets 422; while the first
          request is still running, 409.
        </p>
      </DocsSection>
      <DocsSection id="identity" title="How events find their customer">
        <ul className="list-disc space-y-1 pl-5">
          <li>
            Identifiers are normalized: emails trimmed and lower-cased, phones to E.164 (Dutch numbers may
            omit +31), loyalty ids and booking references without spaces in capitals.
          </li>
          <li>
            Placeholders are ignored with a warning: empty, &quot;null&quot;, &quot;undefined&quot;,
            &quot;anonymous&quot;, &quot;-1&quot;, all zeros, test@test.com, addresses at test.com and the
            like.
          </li>
          <li>Matching order: external user id, loyalty id, email, phone, booking reference, web id.</li>
          <li>
            Two customers sharing a strong identifier (external id, loyalty id, email) are merged
            automatically. A weak one (phone, booking reference, web id) only creates a possible-duplicate
            suggestion for an admin or manager.
          </li>
          <li>
            An anonymous visitor (web id only) who identifies later joins the known person. A web id seen on
            more than 5 customers is a shared device: it no longer matches, merges or suggests.
          </li>
          <li>
            Every merge is recorded with a snapshot; an admin can undo it, restoring both customers exactly.
          </li>
        </ul>
      </DocsSection>
      <DocsSection id="segment" title="Segment compatibility">
        <p>
          Point a Segment-compatible server SDK at Gastvrij with the API key as write key, for example{" "}
          <code>{`new Analytics({ writeKey, host: "https://gastvrij.example.nl" })`}</code> (Segment) or{" "}
          <code>{`new Analytics(writeKey, { dataPlaneUrl: "https://gastvrij.example.nl" })`}</code>{" "}
          (RudderStack), with their default options: <code>/v1/batch</code> leads to{" "}
          <code>/api/v1/batch</code>, and a body that parses as JSON is taken whatever its Content-Type says
          (RudderStack labels its gzipped JSON as form data); a body that does not parse is a 415. identify,
          track, page, screen and alias are read; group is refused per message with a reason. A batch&apos;s
          top-level <code>context</code> and <code>integrations</code> apply to every message in it, the
          message&apos;s own keys winning.
        </p>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <code>screen</code> is stored as a page view on the <code>app</code> channel, like{" "}
            <code>page</code>.
          </li>
          <li>
            <code>alias</code> links <code>previousId</code> to <code>userId</code> under the identify rules:
            a <code>previousId</code> that a customer holds as external user id merges the two customers; any
            other is a web id, so an anonymous visitor joins the user, a known person only gets a
            possible-duplicate suggestion, and a shared device never merges.
          </li>
        </ul>
        <SegmentMapping />
      </DocsSection>
    </main>
  );
}
