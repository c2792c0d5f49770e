// Matrix entries for one's own account and the login page's language switch (issue 15). The
// language of an account is the signed-in person's own; the login page's switch only sets a cookie.
import type { MatrixEntry } from "./authorization-matrix.entries";
import { everyone, type ActionResultLike } from "./authorization-matrix.expect";

async function call(load: () => Promise<Record<string, unknown>>, name: string, ...args: unknown[]) {
  const action = (await load())[name] as (...a: unknown[]) => Promise<ActionResultLike>;
  const result = await action(...args);
  return result.ok ? 200 : result.status;
}

export const ACCOUNT_MATRIX: Record<string, MatrixEntry> = {
  "action components/account/account-actions.ts#setOwnLocaleAction": {
    expect: { ...everyone(200), anonymous: 401 },
    call: () =>
      call(() => import("@/components/account/account-actions"), "setOwnLocaleAction", { locale: "nl" }),
  },
  "action components/auth/locale-actions.ts#setLoginLocaleAction": {
    expect: everyone(200),
    call: () => call(() => import("@/components/auth/locale-actions"), "setLoginLocaleAction", "en"),
  },
};
