import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATABASE = process.env.E2E_DATABASE ?? "gastvrij_e2e";
export const E2E_STATE_FILE = path.resolve(import.meta.dirname, "../../.data/e2e-state.json");
