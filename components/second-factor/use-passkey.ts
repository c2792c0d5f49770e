"use client";

import { startAuthentication, startRegistration } from "@simplewebauthn/browser";
import {
  passkeyAuthenticationOptionsAction,
  passkeyRegistrationOptionsAction,
  registerPasskeyAction,
  verifyPasskeyAction,
} from "./second-factor-actions";

/** What went wrong in the browser itself, before the server saw anything (said by the component). */
export type BrowserProblem = "promptClosed" | "unsupported";

export type PasskeyOutcome<T> =
  { ok: true; data: T } | { ok: false; error: string; code?: string; browserProblem?: BrowserProblem };

function browserError(error: unknown): PasskeyOutcome<never> {
  // The user closed the prompt or the device refused: say so, nothing was stored.
  const name = error instanceof Error ? error.name : "";
  return {
    ok: false,
    error: "",
    browserProblem: name === "NotAllowedError" ? "promptClosed" : "unsupported",
  };
}

/** Asks the browser to create a passkey and stores it under the given name. */
export async function enrolPasskey(name: string) {
  const options = await passkeyRegistrationOptionsAction();
  if (!options.ok) return options;
  let response;
  try {
    response = await startRegistration({ optionsJSON: options.data });
  } catch (error) {
    return browserError(error);
  }
  return registerPasskeyAction({ name, response });
}

/** Asks the browser for one of the user's passkeys and passes the second factor with it. */
export async function confirmWithPasskey() {
  const options = await passkeyAuthenticationOptionsAction();
  if (!options.ok) return options;
  let response;
  try {
    response = await startAuthentication({ optionsJSON: options.data });
  } catch (error) {
    return browserError(error);
  }
  return verifyPasskeyAction(response);
}
