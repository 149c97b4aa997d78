/**
 * "Report an error in this entry": GitHub's new-issue page with the entry-error form
 * (.github/ISSUE_TEMPLATE/entry-error.yml) chosen and its entry field and title filled in. GitHub
 * fills an issue form's fields from query parameters named by the fields' ids.
 */
export const ENTRY_ERROR_TEMPLATE = 'entry-error.yml';

export function entryErrorUrl(repository: string, entry: { id: string; url: string }): string {
  const q = new URLSearchParams({
    template: ENTRY_ERROR_TEMPLATE,
    title: `Error in entry: ${entry.id}`,
    entry: entry.url.startsWith('http') ? entry.url : entry.id,
  });
  return `${repository.replace(/\/+$/, '')}/issues/new?${q.toString()}`;
}
