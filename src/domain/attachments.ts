export const ATTACHMENT_KINDS = [
  'screenshot',
  'image',
  'screen_recording',
  'video',
  'audio',
  'log',
  'document',
  'file',
] as const;

/** What a customer attached, in the words agents, the drafter and the receipt use. */
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export interface Attachment {
  kind: AttachmentKind;
  /** The file's name as the customer gave it; absent when Slack does not share it. */
  name?: string;
}

/**
 * The fields of Slack's file object we read (https://docs.slack.dev/reference/objects/file-object).
 * In a channel shared with another organization a file may come as only its id with
 * `file_access: "check_file_info"`, its details withheld
 * (https://docs.slack.dev/reference/events/message/file_share).
 */
export interface SlackFile {
  name?: string;
  title?: string;
  mimetype?: string;
  filetype?: string;
}

/** Names people's devices give screenshots: macOS, Windows, Android, Chinese systems, Slack's own paste. */
const SCREENSHOT_NAME = /screen\s?shot|screen\s?capture|截图|截屏|屏幕快照|^image\.png$/i;
/** iOS names screenshots IMG_1234.PNG (upper case); its photos are .JPG or .HEIC. */
const IOS_SCREENSHOT_NAME = /^IMG_\d+\.PNG$/;
const SCREEN_RECORDING_NAME = /screen\s?record|录屏|屏幕录制/i;
const LOG_NAME = /\.(log|txt)$|\blogs?\b|日志/i;
const DOCUMENT_TYPES = /^(pdf|docx?|xlsx?|pptx?|csv|odt|rtf|pages|numbers|key)$/i;

/** Longest name kept; a file name is the customer's text like any other. */
const NAME_LIMIT = 80;

function cleanName(name: string | undefined): string | undefined {
  // Quotes and brackets would end the note early; line breaks and control characters have no place in a name.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const cleaned = name?.replace(/[\u0000-\u001f\u007f"[\]]/g, ' ').trim();
  if (!cleaned) return undefined;
  const points = Array.from(cleaned);
  return points.length > NAME_LIMIT ? `${points.slice(0, NAME_LIMIT - 1).join('')}…` : cleaned;
}

export function attachmentFrom(file: SlackFile): Attachment {
  const name = cleanName(file.name ?? file.title);
  const mime = file.mimetype?.toLowerCase() ?? '';
  const n = name ?? '';
  if (mime.startsWith('image/'))
    return { kind: SCREENSHOT_NAME.test(n) || IOS_SCREENSHOT_NAME.test(n) ? 'screenshot' : 'image', name };
  if (mime.startsWith('video/')) return { kind: SCREEN_RECORDING_NAME.test(n) ? 'screen_recording' : 'video', name };
  if (mime.startsWith('audio/')) return { kind: 'audio', name };
  if (mime.startsWith('text/') && LOG_NAME.test(n)) return { kind: 'log', name };
  if (DOCUMENT_TYPES.test(file.filetype ?? '') || mime === 'application/pdf') return { kind: 'document', name };
  return { kind: 'file', name };
}

const PHRASE: Record<AttachmentKind, string> = {
  screenshot: 'a screenshot',
  image: 'an image',
  screen_recording: 'a screen recording',
  video: 'a video',
  audio: 'an audio recording',
  log: 'a log file',
  document: 'a document',
  file: 'a file',
};

/** Files named one by one in a note; the rest are counted. */
const LISTED = 5;

function describe(a: Attachment): string {
  return a.name ? `${PHRASE[a.kind]} "${a.name}"` : PHRASE[a.kind];
}

const NOTE_START = '[The customer sent ';

/**
 * One line saying what was attached, for the card and the drafter: `[The customer sent a screenshot
 * "frozen-call.png"]`. Empty when nothing was.
 */
export function attachmentNote(attachments: readonly Attachment[]): string {
  if (attachments.length === 0) return '';
  if (attachments.length === 1) {
    const [only] = attachments as [Attachment];
    return `${NOTE_START}${describe(only)}${only.name ? '' : ' (Slack did not share its name with us)'}]`;
  }
  const listed = attachments.slice(0, LISTED).map(describe);
  const more = attachments.length - listed.length;
  return `${NOTE_START}${attachments.length} files: ${listed.join(', ')}${more > 0 ? `, and ${more} more` : ''}]`;
}

/** The customer's words followed by the note of what they attached; the note alone when they wrote nothing. */
export function withAttachmentNote(text: string, attachments: readonly Attachment[]): string {
  const note = attachmentNote(attachments);
  if (!note) return text;
  return text.trim() ? `${text}\n\n${note}` : note;
}

/** The kinds of attachment a stored message's note names, in order (none when it has no note). */
export function attachmentKindsIn(text: string): AttachmentKind[] {
  const lastLine = text.slice(text.lastIndexOf('\n') + 1);
  if (!lastLine.startsWith(NOTE_START) || !lastLine.endsWith(']')) return [];
  const kinds: AttachmentKind[] = [];
  const phrases = Object.entries(PHRASE) as Array<[AttachmentKind, string]>;
  const many = lastLine.match(/^\[The customer sent (\d+) files: /);
  const listing = lastLine.slice(many ? many[0].length : NOTE_START.length);
  for (const part of listing.split(/, (?=a |an |and \d+ more)/)) {
    const found = phrases.find(([, phrase]) => part.startsWith(phrase));
    if (found) kinds.push(found[0]);
  }
  for (let i = kinds.length; many && i < Number(many[1]); i++) kinds.push('file');
  return kinds;
}
