import { HTTPModuleFunctions, HTTPReceiver, type CustomRoute, type Logger } from '@slack/bolt';
import type { Log } from '../logger.js';
import { boundedBody, SLACK_BODY_LIMIT_BYTES } from './bounded-body.js';

export interface SlackReceiverOptions {
  signingSecret: string;
  port: number;
  customRoutes: CustomRoute[];
  logger: Logger;
  log: Log;
}

/**
 * Bolt's HTTP receiver, acknowledging only after the listener has committed what a request means
 * (`processBeforeResponse`), behind a body size limit that is enforced while the body is read, before
 * its signature is checked.
 */
export function slackHttpReceiver(options: SlackReceiverOptions): HTTPReceiver {
  const { logger, log } = options;
  const dispatchErrorHandler = HTTPModuleFunctions.defaultDispatchErrorHandler;
  const receiver = new HTTPReceiver({
    signingSecret: options.signingSecret,
    port: options.port,
    customRoutes: options.customRoutes,
    logger,
    processBeforeResponse: true,
    bodyLimit: SLACK_BODY_LIMIT_BYTES,
    dispatchErrorHandler,
  });
  const handle = receiver.requestListener;
  receiver.requestListener = boundedBody(
    SLACK_BODY_LIMIT_BYTES,
    (request, response) => {
      // The receiver's server catches what its listener throws (e.g. an unknown path); we call it later.
      try {
        handle(request, response);
      } catch (error) {
        dispatchErrorHandler({ error: error as Error, logger, request, response });
      }
    },
    (request, reason) =>
      log.warn('request refused: body over the size limit', {
        limit_bytes: SLACK_BODY_LIMIT_BYTES,
        declared_bytes: request.headers['content-length'],
        how: reason === 'declared' ? 'content-length' : 'while reading',
        path: request.url,
      }),
  );
  return receiver;
}
