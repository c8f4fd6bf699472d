/** Personal data and secrets never leave for a model: they are replaced by labelled placeholders. */
const PATTERNS: Array<[RegExp, string]> = [
  [
    /\b(xox[abposr]-[A-Za-z0-9-]+|xapp-[A-Za-z0-9-]+|sk-[A-Za-z0-9_-]{16,}|AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{20,}|eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]+)\b/g,
    '[secret]',
  ],
  [/\b(?:api[_-]?key|token|secret|password|passwd|pwd|密码)\s*[:=：]\s*\S+/gi, '[secret]'],
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '[email]'],
  [/\b(?:\d{1,3}\.){3}\d{1,3}\b/g, '[ip]'],
  [/\b(?:[0-9a-f]{1,4}:){4,7}[0-9a-f]{1,4}\b/gi, '[ip]'],
  [/(?<!\w)(?:\+?\d{1,3}[\s-]?)?(?:1[3-9]\d{9}|\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4})(?!\w)/g, '[phone]'],
];

export function redact(text: string): string {
  return PATTERNS.reduce((out, [re, label]) => out.replace(re, label), text);
}
