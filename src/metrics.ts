/** Counters and histograms in the Prometheus text format; database gauges are read at scrape time. */
type Labels = Record<string, string>;

function key(labels: Labels): string {
  return Object.entries(labels)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}="${v.replace(/["\\\n]/g, '_')}"`)
    .join(',');
}

class Counter {
  readonly values = new Map<string, number>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  inc(labels: Labels = {}, by = 1): void {
    const k = key(labels);
    this.values.set(k, (this.values.get(k) ?? 0) + by);
  }
  render(): string[] {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    for (const [k, v] of this.values) lines.push(`${this.name}${k ? `{${k}}` : ''} ${v}`);
    return lines;
  }
}

const DEFAULT_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30];

class Histogram {
  private readonly series = new Map<string, { buckets: number[]; sum: number; count: number }>();
  constructor(
    readonly name: string,
    readonly help: string,
    readonly bounds = DEFAULT_BUCKETS,
  ) {}
  observe(labels: Labels, value: number): void {
    const k = key(labels);
    const s = this.series.get(k) ?? { buckets: this.bounds.map(() => 0), sum: 0, count: 0 };
    this.bounds.forEach((b, i) => {
      if (value <= b) s.buckets[i]! += 1;
    });
    s.sum += value;
    s.count += 1;
    this.series.set(k, s);
  }
  render(): string[] {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const [k, s] of this.series) {
      const sep = k ? `${k},` : '';
      for (const [i, b] of this.bounds.entries()) lines.push(`${this.name}_bucket{${sep}le="${b}"} ${s.buckets[i]}`);
      lines.push(`${this.name}_bucket{${sep}le="+Inf"} ${s.count}`);
      lines.push(`${this.name}_sum${k ? `{${k}}` : ''} ${s.sum}`);
      lines.push(`${this.name}_count${k ? `{${k}}` : ''} ${s.count}`);
    }
    return lines;
  }
}

export class Metrics {
  readonly jobsDone = new Counter('complaint_desk_outbox_jobs_done_total', 'Outbox jobs completed, by kind.');
  readonly jobRetries = new Counter('complaint_desk_outbox_retries_total', 'Outbox job retries, by kind and reason.');
  readonly slackErrors = new Counter(
    'complaint_desk_slack_api_errors_total',
    'Slack Web API failures seen by the outbox, by kind.',
  );
  readonly slaSteps = new Counter(
    'complaint_desk_sla_escalations_total',
    'SLA escalation steps fired (warning, engineer, lead).',
  );
  readonly draftFallbacks = new Counter(
    'complaint_desk_draft_fallbacks_total',
    'Drafts where the built-in drafter replaced the model.',
  );
  readonly draftSeconds = new Histogram('complaint_desk_draft_seconds', 'Time to produce a draft, by source.');
  readonly modelProbes = new Counter('complaint_desk_model_probes_total', 'Checks of the model endpoint, by outcome.');
  readonly modelCircuitOpened = new Counter(
    'complaint_desk_model_circuit_opened_total',
    'Times drafts stopped calling the model because it kept failing.',
  );

  jobDone(kind: string): void {
    this.jobsDone.inc({ kind });
  }
  jobRetried(kind: string, reason: string): void {
    this.jobRetries.inc({ kind, reason });
  }
  slackError(kind: string, failure: string): void {
    this.slackErrors.inc({ job: kind, failure });
  }

  render(gauges: Array<{ name: string; help: string; samples: Array<{ labels?: Labels; value: number }> }>): string {
    const lines: string[] = [];
    for (const g of gauges) {
      lines.push(`# HELP ${g.name} ${g.help}`, `# TYPE ${g.name} gauge`);
      for (const s of g.samples)
        lines.push(`${g.name}${s.labels && Object.keys(s.labels).length ? `{${key(s.labels)}}` : ''} ${s.value}`);
    }
    for (const m of [
      this.jobsDone,
      this.jobRetries,
      this.slackErrors,
      this.slaSteps,
      this.draftFallbacks,
      this.draftSeconds,
      this.modelProbes,
      this.modelCircuitOpened,
    ])
      lines.push(...m.render());
    return `${lines.join('\n')}\n`;
  }
}
