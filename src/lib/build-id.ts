/**
 * One identifier per build, the same on every page of it: SOURCE_DATE_EPOCH when set (reproducible
 * builds), otherwise the time the build started. Pagefind appends it to the URL of its
 * pagefind-entry.json (its metaCacheTag), so that file can be cached until the next build replaces it.
 */
export const BUILD_ID: string = process.env.SOURCE_DATE_EPOCH ?? Date.now().toString(36);
