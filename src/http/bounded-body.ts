import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

/**
 * The largest request body accepted, in bytes: 1.5 MiB.
 *
 * Slack cuts a message's text at 40,000 characters
 * (https://api.slack.com/changelog/2018-04-truncating-really-long-messages). A person's message also
 * carries a rich_text block that repeats the text element by element
 * (https://docs.slack.dev/reference/block-kit/blocks/rich-text-block), and the biggest events carry the
 * message twice: `message_changed` has `message` and `previous_message`
 * (https://docs.slack.dev/reference/events/message/message_changed), `thread_broadcast` has the reply and its
 * `root` (https://docs.slack.dev/reference/events/message/thread_broadcast). With every non-ASCII character
 * written as a \uXXXX escape, the largest such event we can build is about 1.28 MB: an edit of a
 * 40,000-character message made only of `:x:` emoji, each a rich_text element of its own (see
 * test/e2e/events-size.test.ts, which builds it). Our own modals' submissions are far smaller. 1.5 MiB
 * leaves room above that, and refuses anything larger before its signature is checked.
 */
export const SLACK_BODY_LIMIT_BYTES = 1.5 * 1024 * 1024;

type BufferedRequest = IncomingMessage & { rawBody?: Buffer };

/**
 * Reads each request's body with a byte budget before handing it on. A body whose declared
 * Content-Length is over the limit is refused before a byte of it is read; a body that grows past the
 * limit while streaming (chunked, or lying about its length) is refused the moment it does. Either way
 * the client gets 413, reading stops and the connection is closed, so the rest is never received.
 * The bytes that were read are handed on as `rawBody`, which Bolt's receiver uses instead of reading
 * the stream again (it checks the signature over exactly these bytes).
 */
export function boundedBody(
  limit: number,
  next: RequestListener,
  onRefused: (req: IncomingMessage, reason: 'declared' | 'streamed') => void = () => {},
): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      onRefused(req, 'declared');
      refuse(req, res);
      return;
    }
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) {
        stopReading();
        chunks.length = 0;
        onRefused(req, 'streamed');
        refuse(req, res);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stopReading();
      (req as BufferedRequest).rawBody = Buffer.concat(chunks, received);
      next(req, res);
    };
    const onError = () => {
      stopReading();
      req.socket.destroy();
    };
    const stopReading = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.pause();
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  };
}

/**
 * How long a refused connection stays half-open after the answer: long enough for a busy client to read
 * the 413. Closing at once, with unread bytes of the body still arriving, makes the kernel reset the
 * connection, and a client that had not yet read the answer loses it.
 */
const LINGER_MS = 2_000;

/**
 * Answers 413 on the connection itself and closes our side of it. Nothing more of the body is read: the
 * request stays paused, so TCP flow control holds the sender back until the connection is dropped. The
 * answer is written directly because Node would otherwise destroy the socket the moment it is sent.
 */
function refuse(req: IncomingMessage, res: ServerResponse): void {
  req.pause();
  const body = JSON.stringify({ ok: false, error: 'request_too_large' });
  const socket = req.socket;
  res.on('error', () => {});
  socket.end(
    'HTTP/1.1 413 Payload Too Large\r\n' +
      'Content-Type: application/json\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
  const timer = setTimeout(() => socket.destroy(), LINGER_MS);
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
}
