// Session lifetimes from the security baseline.
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
// lastSeenAt is written at most this often, so reads don't each become a write.
export const TOUCH_INTERVAL_MS = 60 * 1000;
