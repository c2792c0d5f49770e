// Next.js calls register() once when a server process starts: stamp each request with its real peer
// address, and start the in-app background jobs.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { stampSocketAddresses } = await import("./lib/net/socket-address");
  stampSocketAddresses();
  const { scheduleDailyRetention } = await import("@/lib/retention/run-retention-daily");
  scheduleDailyRetention();
  // One listening connection per app server for live boards (lib/live/live-hub.ts).
  const { liveHub } = await import("@/lib/live/live-hub");
  liveHub().start();
  const { scheduleInsightRefresh } = await import("@/lib/insights/refresh-insights-job");
  scheduleInsightRefresh();
}
