import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { getCurrentActor, type CurrentActor } from "@/lib/auth/current-actor";
import {
  ForbiddenError,
  NotFoundError,
  PASSWORD_CHANGE_FIRST,
  UnauthorizedError,
  ValidationError,
} from "@/lib/auth/errors";
import { can, type Action } from "@/lib/auth/permissions";
import { parseInput } from "@/lib/validation/parse";

type Params = Record<string, string | string[]>;
interface Context<TQuery> {
  actor: CurrentActor;
  query: TQuery;
  params: Params;
  request: NextRequest;
}

export function errorResponse(error: unknown): NextResponse {
  if (error instanceof ValidationError) {
    return NextResponse.json({ error: error.message, issues: error.issues }, { status: 400 });
  }
  if (
    error instanceof UnauthorizedError ||
    error instanceof ForbiddenError ||
    error instanceof NotFoundError
  ) {
    return NextResponse.json({ error: error.message }, { status: error.status });
  }
  console.error(error);
  return NextResponse.json({ error: "Something went wrong on our side." }, { status: 500 });
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
      if (actor.mustChangePassword) throw new ForbiddenError(PASSWORD_CHANGE_FIRST);
      if (!can(actor.role, options.action)) {
        await recordAudit({ action: "permission.denied", actor, reason: options.action });
        throw new ForbiddenError();
      }
      const query = parseInput(options.query, Object.fromEntries(request.nextUrl.searchParams));
      return await handler({ actor, query, params: await context.params, request });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
