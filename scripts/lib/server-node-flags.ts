// V8 flags for the app server process (npm start, the benchmarks). The server allocates many
// short-lived objects per request (rows, verdicts, JSON); a 64 MB young generation instead of V8's
// default 16 MB lets most of them die before a collection, which measured about 10% more
// eligibility throughput on the 2-core benchmark machine. A deployment starting `next start` itself
// can pass the same flag through NODE_OPTIONS.
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=64"];
