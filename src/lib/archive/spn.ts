/**
 * A client of the Internet Archive's Save Page Now API (SPN2), as its documentation describes it:
 * POST {api}/save with `url=…` and `Authorization: LOW key:secret`, answered with a job id; then
 * GET {api}/save/status/{job_id} until the job's status is `success` or `error`. The copy is then
 * https://web.archive.org/web/{timestamp}/{original_url}. Rate limits come back as HTTP 429 (with
 * or without Retry-After) or as a job error such as `error:user-session-limit`; the daily quota as
 * `error:too-many-daily-captures`. Waiting is injected so that tests need not wait.
 */

export interface SpnOptions {
  /** Base of the API: https://web.archive.org, or a local stand-in in tests. */
  api: string;
  accessKey: string;
  secretKey: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Between two status requests of one job. */
  pollMs?: number;
  /** A job still pending after this long is given up (the API keeps a status for an hour). */
  jobTimeoutMs?: number;
  /** Attempts of one request answered with 429 or a 5xx before the run stops. */
  attempts?: number;
  /** Waited after a 429 without Retry-After (doubled at each attempt). */
  backoffMs?: number;
}

export type CaptureOutcome =
  | { kind: 'captured'; timestamp: string; originalUrl: string }
  /** This address could not be captured now (blocked, not found, the site refused): try it another day. */
  | { kind: 'failed'; reason: string }
  /** The archive asks us to slow down or stop for today: the run ends, and the next one resumes. */
  | { kind: 'stop'; reason: string };

/** Job errors after which a later run may succeed, but this run should not go on. */
const STOP = new Set([
  'error:too-many-daily-captures',
  'error:user-session-limit',
  'error:no-access',
  'error:unauthorized',
]);
/** Job errors worth one more try of the same address after a wait. */
const AGAIN = new Set([
  'error:user-session-limit',
  'error:service-unavailable',
  'error:soft-time-limit-exceeded',
  'error:proxy-error',
]);

export class SpnAuthError extends Error {}

interface Job {
  status?: string;
  job_id?: string;
  status_ext?: string;
  message?: string;
  timestamp?: string;
  original_url?: string;
}

export async function capture(url: string, o: SpnOptions): Promise<CaptureOutcome> {
  const doFetch = o.fetch ?? fetch;
  const sleep = o.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const attempts = o.attempts ?? 4;
  const backoff = o.backoffMs ?? 60_000;
  const headers = { Accept: 'application/json', Authorization: `LOW ${o.accessKey}:${o.secretKey}` };
  const api = o.api.replace(/\/+$/, '');

  /** One request, repeated after 429 / 5xx answers as the archive asks; undefined when it kept refusing. */
  async function request(path: string, init: RequestInit): Promise<{ status: number; body: Job } | { stop: string }> {
    for (let attempt = 1; ; attempt++) {
      const res = await doFetch(`${api}${path}`, {
        ...init,
        headers: { ...headers, ...(init.headers as Record<string, string>) },
      });
      if (res.status === 401 || res.status === 403) {
        throw new SpnAuthError(
          `the archive refused the keys (HTTP ${res.status}): check IA_ACCESS_KEY and IA_SECRET_KEY (https://archive.org/account/s3.php)`,
        );
      }
      if (res.status === 429 || res.status >= 500) {
        await res.body?.cancel();
        if (attempt >= attempts)
          return {
            stop:
              res.status === 429
                ? `rate limited (HTTP 429, ${attempts} attempts)`
                : `the archive answered HTTP ${res.status} ${attempts} times`,
          };
        const retryAfter = Number(res.headers.get('retry-after'));
        await sleep(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : backoff * 2 ** (attempt - 1));
        continue;
      }
      const text = await res.text();
      try {
        return { status: res.status, body: JSON.parse(text) as Job };
      } catch {
        return {
          status: res.status,
          body: { status: 'error', status_ext: `http-${res.status}`, message: text.slice(0, 200) },
        };
      }
    }
  }

  for (let attempt = 1; ; attempt++) {
    const started = await request('/save', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ url, skip_first_archive: '1' }).toString(),
    });
    if ('stop' in started) return { kind: 'stop', reason: started.stop };
    let job = started.body;
    if (job.job_id && job.status !== 'error') {
      const deadline = (o.jobTimeoutMs ?? 3 * 60_000) / (o.pollMs ?? 5_000);
      for (let polls = 0; ; polls++) {
        await sleep(o.pollMs ?? 5_000);
        const status = await request(`/save/status/${encodeURIComponent(job.job_id!)}`, { method: 'GET' });
        if ('stop' in status) return { kind: 'stop', reason: status.stop };
        job = { ...status.body, job_id: job.job_id };
        if (job.status !== 'pending') break;
        if (polls + 1 >= deadline)
          return {
            kind: 'failed',
            reason: `still pending after ${Math.round((o.jobTimeoutMs ?? 180_000) / 1000)} s (job ${job.job_id})`,
          };
      }
    }
    if (job.status === 'success' && job.timestamp && /^\d{14}$/.test(job.timestamp)) {
      return { kind: 'captured', timestamp: job.timestamp, originalUrl: job.original_url ?? url };
    }
    const ext = job.status_ext ?? 'error:unknown';
    const reason = `${ext}${job.message ? `: ${job.message}` : ''}`;
    if (AGAIN.has(ext) && attempt < attempts) {
      await sleep(backoff * 2 ** (attempt - 1));
      continue;
    }
    return STOP.has(ext) ? { kind: 'stop', reason } : { kind: 'failed', reason };
  }
}

/** 20261130204107 → 2026-11-30T20:41:07Z */
export function captureTime(timestamp: string): string {
  const t = timestamp;
  return `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}T${t.slice(8, 10)}:${t.slice(10, 12)}:${t.slice(12, 14)}Z`;
}

/** The public address of a capture (recorded whatever API base was used). */
export function copyUrl(timestamp: string, originalUrl: string): string {
  return `https://web.archive.org/web/${timestamp}/${originalUrl}`;
}

/**
 * The sha256 of the captured text, read back from the archive as it was captured (the `id_` form
 * of a copy serves the original bytes, without the archive's banner). Undefined when the copy is
 * not yet readable: the record is then kept without a hash.
 */
export async function capturedSha256(
  api: string,
  timestamp: string,
  originalUrl: string,
  doFetch: typeof fetch = fetch,
): Promise<string | undefined> {
  try {
    const res = await doFetch(`${api.replace(/\/+$/, '')}/web/${timestamp}id_/${originalUrl}`);
    if (!res.ok) {
      await res.body?.cancel();
      return undefined;
    }
    const digest = await crypto.subtle.digest('SHA-256', await res.arrayBuffer());
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  } catch {
    return undefined;
  }
}
