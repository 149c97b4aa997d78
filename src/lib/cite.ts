/** The "cite this entry" text: who, what, where, which version, and the permanent address. */
export function citation(c: {
  publisher: string;
  title: string;
  siteName: string;
  id: string;
  url: string;
  updated: string;
}): string {
  return `${c.publisher}. “${c.title}”. ${c.siteName}, ${c.id} (${c.updated}). ${c.url}`;
}
