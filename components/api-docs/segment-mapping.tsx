import { useTranslations } from "next-intl";
import { TRACK_EVENT_TYPES } from "@/lib/segment/segment-event-types";
import { DocsTable } from "./docs-table";

// Segment's field names stay as they are; what Gastvrij makes of them is said in the page's language.
const FIELDS = [
  ["userId", "userId"],
  ["anonymousId", "anonymousId"],
  ["traits", "traits.email, traits.phone (identify), context.traits.* (track, page)"],
  ["campaign", "context.campaign (UTM), context.page.referrer"],
  ["previousId", "previousId (alias)"],
  ["messageId", "messageId"],
  ["timestamp", "timestamp, originalTimestamp"],
  ["properties", "properties"],
] as const;

export function SegmentMapping() {
  const t = useTranslations("apiDocs.segment");
  return (
    <div className="space-y-4">
      <DocsTable
        label={t("fieldsLabel")}
        columns={[{ header: t("segmentField"), isCode: true }, { header: "Gastvrij" }]}
        rows={FIELDS.map(([key, field]) => ({ key, cells: [field, t(`field.${key}`)] }))}
      />
      <DocsTable
        label={t("trackLabel")}
        columns={[
          { header: t("trackName"), isCode: true },
          { header: t("eventType"), isCode: true },
          { header: t("records") },
        ]}
        rows={[
          ...Object.entries(TRACK_EVENT_TYPES).map(([name, mapping]) => ({
            key: name,
            cells: [
              name,
              mapping.type,
              t.has(`track.${mapping.type}` as "track.order_placed")
                ? t(`track.${mapping.type}` as "track.order_placed")
                : mapping.note,
            ],
          })),
          { key: "(other)", cells: [t("otherName"), "generic", t("otherRecords")] },
        ]}
      />
    </div>
  );
}
