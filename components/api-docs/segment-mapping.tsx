import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { TRACK_EVENT_TYPES } from "@/lib/segment/segment-event-types";

const FIELDS: [string, string][] = [
  ["userId", "external user id (strongest identifier)"],
  ["anonymousId", "web id"],
  [
    "traits.email, traits.phone (identify), context.traits.* (track, page)",
    "email and phone identities; names, address, birthday as traits",
  ],
  [
    "context.campaign (UTM) and context.page.referrer, the message's or the batch's",
    "channel of arrival (first touch) and the event's UTM fields",
  ],
  ["previousId (alias)", "an external user id when a customer holds it, else a web id"],
  ["messageId", "source event id: a retried message is a duplicate"],
  ["timestamp, else originalTimestamp", "occurredAt"],
  ["properties", "the event's payload"],
];

export function SegmentMapping() {
  return (
    <div className="space-y-4">
      <Table aria-label="Segment field mapping">
        <TableHeader>
          <TableRow>
            <TableHead>Segment field</TableHead>
            <TableHead>Gastvrij</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {FIELDS.map(([from, to]) => (
            <TableRow key={from}>
              <TableCell className="font-mono text-xs">{from}</TableCell>
              <TableCell>{to}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Table aria-label="Segment track event names">
        <TableHeader>
          <TableRow>
            <TableHead>track event name</TableHead>
            <TableHead>Gastvrij event type</TableHead>
            <TableHead>What it records</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {Object.entries(TRACK_EVENT_TYPES).map(([name, mapping]) => (
            <TableRow key={name}>
              <TableCell className="font-mono text-xs">{name}</TableCell>
              <TableCell className="font-mono text-xs">{mapping.type}</TableCell>
              <TableCell>{mapping.note}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell className="text-xs italic">any other name</TableCell>
            <TableCell className="font-mono text-xs">generic</TableCell>
            <TableCell>stored with its name and properties</TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </div>
  );
}
