/**
 * Settings of this copy of the site that are not content. Read at build time only; pages pass
 * what the browser needs through data-* attributes.
 *
 * A mirror or a fork sets its own values here, or through the environment of the build (the deploy
 * workflow passes REPOSITORY_URL from GitHub, so the published site always points at the
 * repository it was built from).
 */

export interface SiteConfig {
  /**
   * The public address of the site, e.g. https://qantar.example (without the sub-path, which is
   * BASE_PATH). Citations, permanent links, canonical and hreflang links, feeds and open data
   * name it. Environment: SITE_URL (the deploy workflow sets it). Without it a build writes paths
   * ("/en/events/…/") where an address would go, never a made-up one such as localhost, and says
   * in its log what to set.
   */
  siteUrl: string | null;
  /**
   * The public Git repository of the chronology, where contributions are proposed. The propose
   * form opens `<repository>/new/<branch>?filename=…` in GitHub's web editor.
   * Environment: REPOSITORY_URL, REPOSITORY_BRANCH.
   */
  repository: { url: string; branch: string };
  /**
   * The alliance's confidential channel for what must never be public: testimonies, names of
   * victims or witnesses, unpublished evidence. Shown on the contribute pages before anything is
   * typed. `href` is a mailto:, https: or tel: link; `label` is what readers see.
   * Environment: CONFIDENTIAL_CONTACT_HREF, CONFIDENTIAL_CONTACT_LABEL.
   *
   * Leave it null until the alliance has confirmed a channel: the pages then tell people to use
   * the protected channels of a member organisation they already trust, and never to send such
   * material here. An address that nobody guards would be worse than none.
   */
  confidentialContact: { href: string; label: string } | null;
  /**
   * The editors' public address for readers without a GitHub account (corrections, questions):
   * shown on the about page and beside "Report an error in this entry". `href` is a mailto: or
   * https: link. Environment: CONTACT_HREF, CONTACT_LABEL. Empty by default, and then not shown:
   * the pages send readers to a member organisation instead.
   */
  contact: { href: string; label: string } | null;
}

const env = (name: string): string | undefined => {
  const v = typeof process === 'undefined' ? undefined : process.env[name];
  return v && v.trim() ? v.trim() : undefined;
};

// PLACEHOLDER: the alliance's organisation on GitHub is not created yet. Set the real repository
// here (or REPOSITORY_URL in the build) before publishing; the deploy workflow does it for you.
const DEFAULT_REPOSITORY = 'https://github.com/qantar-chronicle/qantar-chronicle';

const contactHref = env('CONFIDENTIAL_CONTACT_HREF');
const publicContactHref = env('CONTACT_HREF');

/** SITE_URL as an origin, or null; anything but an http(s) address stops the build with the fix. */
function siteUrl(raw: string | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `SITE_URL "${raw}" is not an address: set it to the public origin, e.g. SITE_URL=https://qantar.example`,
    );
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`SITE_URL "${raw}" must start with https:// (or http://)`);
  return url.origin;
}

export const siteConfig: SiteConfig = {
  siteUrl: siteUrl(env('SITE_URL')),
  repository: {
    url: (env('REPOSITORY_URL') ?? DEFAULT_REPOSITORY).replace(/\/+$/, ''),
    branch: env('REPOSITORY_BRANCH') ?? 'main',
  },
  confidentialContact: contactHref
    ? { href: contactHref, label: env('CONFIDENTIAL_CONTACT_LABEL') ?? contactHref.replace(/^mailto:|^tel:/, '') }
    : null,
  contact: publicContactHref
    ? { href: publicContactHref, label: env('CONTACT_LABEL') ?? publicContactHref.replace(/^mailto:/, '') }
    : null,
};
