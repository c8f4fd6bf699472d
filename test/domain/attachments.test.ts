import { describe, expect, it } from 'vitest';
import { attachmentFrom, attachmentKindsIn, attachmentNote, withAttachmentNote } from '../../src/domain/attachments.js';

describe('what a customer attached', () => {
  it('tells screenshots from other images by the names devices give them', () => {
    const png = (name: string) => attachmentFrom({ name, mimetype: 'image/png' }).kind;
    expect(png('Screenshot 2026-05-04 at 10.12.03.png')).toBe('screenshot');
    expect(png('Screen Shot 2020-01-01 at 9.00.00 AM.png')).toBe('screenshot');
    expect(png('截屏2026-05-04 10.12.03.png')).toBe('screenshot');
    expect(png('image.png')).toBe('screenshot');
    expect(png('IMG_4821.PNG')).toBe('screenshot');
    expect(attachmentFrom({ name: 'IMG_4821.JPG', mimetype: 'image/jpeg' }).kind).toBe('image');
    expect(png('team-photo.png')).toBe('image');
  });

  it('names videos, screen recordings, audio, logs, documents, and anything else as a file', () => {
    expect(attachmentFrom({ name: 'Screen Recording 2026-05-04.mov', mimetype: 'video/quicktime' }).kind).toBe(
      'screen_recording',
    );
    expect(attachmentFrom({ name: 'call.mp4', mimetype: 'video/mp4' }).kind).toBe('video');
    expect(attachmentFrom({ name: 'voice.m4a', mimetype: 'audio/mp4' }).kind).toBe('audio');
    expect(attachmentFrom({ name: 'sdk.log', mimetype: 'text/plain' }).kind).toBe('log');
    expect(attachmentFrom({ name: 'report.pdf', mimetype: 'application/pdf', filetype: 'pdf' }).kind).toBe('document');
    expect(attachmentFrom({ name: 'dump.bin', mimetype: 'application/octet-stream' }).kind).toBe('file');
    expect(attachmentFrom({})).toEqual({ kind: 'file', name: undefined });
  });

  it('keeps a name short and unable to end the note early', () => {
    const a = attachmentFrom({ name: `evil"] <!channel>\n${'x'.repeat(200)}.png`, mimetype: 'image/png' });
    expect(a.name!.length).toBeLessThanOrEqual(80);
    expect(a.name).not.toMatch(/["\]\n]/);
    expect(attachmentKindsIn(attachmentNote([a]))).toEqual(['image']);
  });

  it('writes one note, and reads the kinds back from a stored message', () => {
    const shot = { kind: 'screenshot' as const, name: 'frozen.png' };
    expect(withAttachmentNote('', [shot])).toBe('[The customer sent a screenshot "frozen.png"]');
    expect(withAttachmentNote('calls freeze', [shot])).toBe(
      'calls freeze\n\n[The customer sent a screenshot "frozen.png"]',
    );
    expect(withAttachmentNote('calls freeze', [])).toBe('calls freeze');
    const many = Array.from({ length: 7 }, (_, i) => ({
      kind: i % 2 ? ('video' as const) : ('file' as const),
      name: `f${i}`,
    }));
    const note = attachmentNote(many);
    expect(note).toBe(
      '[The customer sent 7 files: a file "f0", a video "f1", a file "f2", a video "f3", a file "f4", and 2 more]',
    );
    expect(attachmentKindsIn(`words\n\n${note}`)).toEqual(['file', 'video', 'file', 'video', 'file', 'file', 'file']);
    expect(attachmentKindsIn(withAttachmentNote('', [{ kind: 'file' }]))).toEqual(['file']);
    expect(attachmentKindsIn('no note here')).toEqual([]);
  });
});
