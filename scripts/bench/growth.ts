/**
 * How each step of the build grows with the number of events: a Markdown table and a log-log SVG
 * plot (drawn here, no dependency), from the figures of every size measured so far. A step that
 * grows linearly has a slope of 1 on the plot; the table gives the exponent between sizes.
 */

export interface StepFigures {
  events: number;
  /** Seconds of each step, by name. */
  steps: Record<string, number>;
  /** Load average at the start and end of the size's run. */
  load: [number, number];
}

/** The growth exponent between two sizes: 1 is linear, 2 quadratic. */
export function exponent(n0: number, t0: number, n1: number, t1: number): number {
  return Math.log(t1 / t0) / Math.log(n1 / n0);
}

export function growthTable(sizes: StepFigures[]): string {
  const sorted = [...sizes].sort((a, b) => a.events - b.events);
  const names = Object.keys(sorted[0]?.steps ?? {});
  const pairs = sorted.slice(1).map((s, i) => [sorted[i]!, s] as const);
  const head = `| step | ${sorted.map((s) => `${s.events.toLocaleString('en')} events`).join(' | ')} | ${pairs
    .map(([a, b]) => `growth ${a.events / 1000}k→${b.events / 1000}k`)
    .join(' | ')} |`;
  const line = `|---|${sorted.map(() => '---|').join('')}${pairs.map(() => '---|').join('')}`;
  const rows = names.map((name) => {
    const times = sorted.map((s) => `${s.steps[name]!.toFixed(1)} s`);
    const growth = pairs.map(([a, b]) => {
      const ratio = b.steps[name]! / a.steps[name]!;
      return `×${ratio.toFixed(1)} (n^${exponent(a.events, a.steps[name]!, b.events, b.steps[name]!).toFixed(2)})`;
    });
    return `| ${name} | ${[...times, ...growth].join(' | ')} |`;
  });
  const load = `| load average (start → end) | ${sorted.map((s) => `${s.load[0].toFixed(1)} → ${s.load[1].toFixed(1)}`).join(' | ')} | ${pairs.map(() => '').join(' | ')} |`;
  return [head, line, ...rows, load].join('\n');
}

const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b'];

/** A log-log plot of each step's seconds against the number of events, with a dashed linear guide. */
export function growthSvg(sizes: StepFigures[], title: string): string {
  const sorted = [...sizes].sort((a, b) => a.events - b.events);
  const names = Object.keys(sorted[0]?.steps ?? {});
  const W = 640;
  const H = 420;
  const m = { left: 70, right: 190, top: 40, bottom: 60 };
  const xs = sorted.map((s) => s.events);
  const ys = sorted.flatMap((s) => Object.values(s.steps)).filter((v) => v > 0);
  const x0 = Math.floor(Math.log10(Math.min(...xs)));
  const x1 = Math.ceil(Math.log10(Math.max(...xs)));
  const y0 = Math.floor(Math.log10(Math.min(...ys)));
  const y1 = Math.ceil(Math.log10(Math.max(...ys)));
  const px = (v: number) => m.left + ((Math.log10(v) - x0) / Math.max(1, x1 - x0)) * (W - m.left - m.right);
  const py = (v: number) => H - m.bottom - ((Math.log10(v) - y0) / Math.max(1, y1 - y0)) * (H - m.top - m.bottom);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${W / 2 - m.right / 2 + m.left / 2}" y="22" text-anchor="middle" font-size="14">${title}</text>`,
  ];
  for (let e = x0; e <= x1; e++) {
    const x = px(10 ** e);
    out.push(`<line x1="${x}" y1="${m.top}" x2="${x}" y2="${H - m.bottom}" stroke="#ddd"/>`);
    out.push(`<text x="${x}" y="${H - m.bottom + 18}" text-anchor="middle">${(10 ** e).toLocaleString('en')}</text>`);
  }
  for (let e = y0; e <= y1; e++) {
    const y = py(10 ** e);
    out.push(`<line x1="${m.left}" y1="${y}" x2="${W - m.right}" y2="${y}" stroke="#ddd"/>`);
    out.push(
      `<text x="${m.left - 8}" y="${y + 4}" text-anchor="end">${10 ** e >= 1 ? 10 ** e : (10 ** e).toFixed(-e)}</text>`,
    );
  }
  out.push(
    `<line x1="${m.left}" y1="${H - m.bottom}" x2="${W - m.right}" y2="${H - m.bottom}" stroke="#000"/>`,
    `<line x1="${m.left}" y1="${m.top}" x2="${m.left}" y2="${H - m.bottom}" stroke="#000"/>`,
    `<text x="${(m.left + W - m.right) / 2}" y="${H - 18}" text-anchor="middle">events (log scale)</text>`,
    `<text transform="translate(18 ${(m.top + H - m.bottom) / 2}) rotate(-90)" text-anchor="middle">seconds (log scale)</text>`,
  );
  names.forEach((name, i) => {
    const colour = COLOURS[i % COLOURS.length]!;
    const points = sorted.filter((s) => s.steps[name]! > 0).map((s) => `${px(s.events)},${py(s.steps[name]!)}`);
    out.push(`<polyline fill="none" stroke="${colour}" stroke-width="2" points="${points.join(' ')}"/>`);
    for (const p of points) {
      const [x, y] = p.split(',');
      out.push(`<circle cx="${x}" cy="${y}" r="3.5" fill="${colour}"/>`);
    }
    const ly = m.top + 10 + i * 20;
    out.push(
      `<line x1="${W - m.right + 12}" y1="${ly}" x2="${W - m.right + 32}" y2="${ly}" stroke="${colour}" stroke-width="2"/>`,
      `<text x="${W - m.right + 38}" y="${ly + 4}">${name}</text>`,
    );
  });
  // a line of slope 1 through the first point of the first step: what linear growth looks like
  const first = sorted[0];
  if (first && names[0] && sorted.length > 1) {
    const last = sorted.at(-1)!;
    const t0 = first.steps[names[0]]!;
    const t1 = t0 * (last.events / first.events);
    out.push(
      `<line x1="${px(first.events)}" y1="${py(t0)}" x2="${px(last.events)}" y2="${py(t1)}" stroke="#888" stroke-dasharray="5 4"/>`,
    );
    const ly = m.top + 10 + names.length * 20;
    out.push(
      `<line x1="${W - m.right + 12}" y1="${ly}" x2="${W - m.right + 32}" y2="${ly}" stroke="#888" stroke-dasharray="5 4"/>`,
      `<text x="${W - m.right + 38}" y="${ly + 4}">linear (slope 1)</text>`,
    );
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
