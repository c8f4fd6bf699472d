import { UserFacingError, correlationId, unexpectedErrorMessage } from '../errors.js';
import type { Log } from '../logger.js';

/**
 * The one error boundary: a known error becomes its own plain message; anything else is logged with a
 * correlation id that the person also sees.
 */
export async function withBoundary(
  log: Log,
  where: string,
  run: () => Promise<void>,
  tell: (text: string) => Promise<unknown>,
): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (error instanceof UserFacingError) {
      await tell(error.message).catch((e) => log.warn('could not tell the user about an error', { where, error: e }));
      return;
    }
    const ref = correlationId();
    log.error('listener failed', { where, ref, error });
    await tell(unexpectedErrorMessage(ref)).catch(() => {});
  }
}
