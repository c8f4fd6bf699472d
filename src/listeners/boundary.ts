import { UserFacingError, correlationId, unexpectedErrorMessage } from '../errors.js';
import type { Log } from '../logger.js';

/**
 * How a listener answers the person who acted: a message, or for a form the error under one of its
 * inputs. `field` is the `field` of a UserFacingError (the service parameter it is about), if any.
 */
export type Tell = (text: string, field?: string) => Promise<unknown>;

/**
 * The one error boundary: a known error becomes its own plain message (with the field it belongs to);
 * anything else is logged with a correlation id that the person also sees.
 */
export async function withBoundary(log: Log, where: string, run: () => Promise<void>, tell: Tell): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (error instanceof UserFacingError) {
      await tell(error.message, error.field).catch((e) =>
        log.warn('could not tell the user about an error', { where, error: e }),
      );
      return;
    }
    const ref = correlationId();
    log.error('listener failed', { where, ref, error });
    await tell(unexpectedErrorMessage(ref)).catch(() => {});
  }
}
