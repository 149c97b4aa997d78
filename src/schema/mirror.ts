import { z } from 'astro/zod';
import { say } from './messages.ts';

// A v3 onion service name: 56 base32 letters.
const ONION = /^https?:\/\/[a-z2-7]{56}\.onion(\/|$)/;
// IPFS and IPNS addresses as browsers with IPFS support open them; gateways are ordinary https.
const IPFS = /^ipfs:\/\/[a-zA-Z0-9]{46,}(\/|$)|^ipns:\/\/[\w.-]+(\/|$)/;

/** Where a copy is served: https, a Tor .onion address (http is fine there: Tor encrypts), or IPFS/IPNS. */
const mirrorUrl = z.string().refine(
  (url) => {
    if (ONION.test(url) || IPFS.test(url)) return true;
    try {
      const u = new URL(url);
      return u.protocol === 'https:' && !u.username && !u.password && u.hostname.includes('.');
    } catch {
      return false;
    }
  },
  { error: say('notMirrorAddress', (input) => ({ value: String(input) })) },
);

/** One item of content/mirrors.yaml: a copy of the site that someone keeps online. */
export const mirrorSchema = z
  .object({
    /** The address the copy is read at, ending in "/" for a folder: https://…, http://<56 letters>.onion/, ipfs://… or ipns://…. */
    url: mirrorUrl,
    /** Who runs it, as they wish to be named publicly: an organisation, never a private person's contact details. */
    operator: z
      .string()
      .trim()
      .min(1, { error: say('mirrorOperator') }),
  })
  .strict();

/** content/mirrors.yaml: a list, possibly empty. Only mirrors whose operator asked to be listed. */
export const mirrorsSchema = z.array(mirrorSchema);

export type Mirror = z.output<typeof mirrorSchema>;
