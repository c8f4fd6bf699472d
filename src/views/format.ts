/** Slack shows this in each reader's own time zone; the fallback is for clients that cannot. */
export function slackDate(at: Date, format = '{date_short_pretty} {time}'): string {
  const fallback = at.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  return `<!date^${Math.floor(at.getTime() / 1000)}^${format}|${fallback}>`;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Customer text shown inside our messages must not ping anyone or look like our own formatting. */
export function neutralize(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(channel|here|everyone)/gi, '@\u200b$1');
}

export function quote(text: string, max = 1200): string {
  return truncate(neutralize(text), max)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}
