// A separate process serving POST /api/v1/events on PORT, so a test can SIGKILL it mid-batch.
import { POST } from "@/app/api/v1/events/route";
import { startRouteServer } from "../route-server";

const server = await startRouteServer({ "POST /api/v1/events": POST });
process.stdout.write(`${server.url}\n`);
