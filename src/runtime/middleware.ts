import { randomUUID } from 'node:crypto';
import { createUserExecutionContext, type UserExecutionContext } from './context.js';
import { InvalidUserContextError } from './errors.js';
import { runWithUserContext } from './request-scope.js';

/** The authenticated principal, as the application's auth layer knows it. */
export interface ResolvedUser {
  userId: string;
  threadId?: string;
  runId?: string;
  metadata?: Record<string, unknown>;
}

export interface UserContextMiddlewareOptions<Req = IncomingLike> {
  /** Returns the authenticated user for this request, or null/undefined when unauthenticated. */
  resolveUser?: (req: Req) => ResolvedUser | null | undefined | Promise<ResolvedUser | null | undefined>;
  /**
   * Trust this request header as the user id. Only for gateways that authenticate upstream and
   * strip the header from client traffic: a client can otherwise claim to be anyone.
   */
  trustHeader?: string;
}

interface IncomingLike {
  headers: Record<string, string | string[] | undefined>;
}
interface ResponseLike {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(body?: string): unknown;
  headersSent?: boolean;
}
type Next = (error?: unknown) => void;

function reject(res: ResponseLike, status: number, error: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ error }));
}

/**
 * Express/Connect middleware: builds the request's UserExecutionContext from the authenticated
 * principal and runs the rest of the request inside it, so requireUserContext() and the legacy
 * shim see this user — and only this user — for the whole request.
 */
export function userContextMiddleware<Req extends IncomingLike = IncomingLike>(options: UserContextMiddlewareOptions<Req>) {
  const { resolveUser, trustHeader } = options ?? {};
  if (typeof resolveUser !== 'function' && !trustHeader) {
    throw new TypeError('userContextMiddleware() needs resolveUser(req) (or, behind an authenticating gateway, trustHeader)');
  }
  const header = trustHeader?.toLowerCase();

  return (req: Req & { userContext?: UserExecutionContext }, res: ResponseLike, next: Next): void => {
    void (async () => {
      let user: ResolvedUser | null | undefined;
      try {
        if (typeof resolveUser === 'function') user = await resolveUser(req);
        if (!user && header) {
          const value = req.headers[header];
          if (typeof value === 'string' && value.length > 0) user = { userId: value };
        }
      } catch (error) {
        next(error);
        return;
      }
      if (!user) {
        reject(res, 401, 'unauthenticated: no user for this request');
        return;
      }
      let ctx: UserExecutionContext;
      try {
        ctx = createUserExecutionContext({
          userId: user.userId,
          threadId: user.threadId ?? `thread-${randomUUID()}`,
          runId: user.runId ?? `run-${randomUUID()}`,
          ...(user.metadata ? { metadata: user.metadata } : {}),
        });
      } catch (error) {
        if (error instanceof InvalidUserContextError) {
          reject(res, 401, `unauthenticated: ${error.message}`);
          return;
        }
        next(error);
        return;
      }
      req.userContext = ctx;
      runWithUserContext(ctx, () => next());
    })();
  };
}
