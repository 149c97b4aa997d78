/** Escaping for text and attribute values in XML and HTML. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function esc(value: string): string {
  // characters XML 1.0 forbids are dropped rather than escaped: no entity can represent them
  return (
    value
      // eslint-disable-next-line no-control-regex -- matching those control characters is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[&<>"']/g, (c) => ENTITIES[c]!)
  );
}
