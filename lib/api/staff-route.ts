import "server-only";
import { resolveUiLocale } from "@/lib/auth/ui-locale";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { getCurrentActor, type CurrentActor } from "@/lib/auth/current-actor";
import { AppError, ForbiddenError, UnauthorizedError } from "@/lib/errors";
import { fieldError } from "@/lib/i18n/ref-errors";
import { staffErrorResponse } from "./error-response";
import { can, type Action } from "@/lib/auth/permissions";
import { isSecondFactorPending } from "@/lib/auth/second-factor-state";
import { stickToPrimary } from "@/lib/db/read-routing";
import { parseInput } from "@/lib/validation/parse";
import { findUnsafeInput } from "@/lib/validation/unsafe-input";

type Params = Record<string, string | string[]>;
interface Context<TQuery> {
  actor: CurrentActor;
  query: TQuery;
  params: Params;
  request: NextRequest;
}

/**
 * Wraps a staff-facing route handler: 401 without a valid session, 403 (audited) without the
 * action, 400 naming each bad query parameter, and known errors turned into their status codes.
 */
export function staffRoute<TSchema extends z.ZodType>(
  options: { action: Action; query: TSchema },
  handler: (context: Context<z.infer<TSchema>>) => Promise<Response>,
) {
  return async (request: NextRequest, context: { params: Promise<Params> }): Promise<Response> => {
    try {
      const actor = await getCurrentActor();
      if (!actor) throw new UnauthorizedError();
      if (actor.mustChangePassword) throw new AppError("password_change_required");
      if (isSecondFactorPending(actor.secondFactor)) throw new AppError("second_factor_required");
      if (!can(actor.role, options.action)) {
        await recordAudit({ action: "permission.denied", actor, reason: options.action });
        throw new ForbiddenError();
      }
      const query = parseInput(options.query, Object.fromEntries(request.nextUrl.searchParams));
      const params = await context.params;
      const unsafe = findUnsafeInput({ path: params, query });
      if (unsafe) throw fieldError(unsafe, "validation.text.unsafe");
      const response = await handler({ actor, query, params, request });
      // After a write, this browser's next reads must see it, on whichever app server (read replica).
      if (request.method !== "GET" && request.method !== "HEAD") await stickToPrimary();
      return response;
    } catch (error) {
      return staffErrorResponse(error, await resolveUiLocale());
    }
  };
}
