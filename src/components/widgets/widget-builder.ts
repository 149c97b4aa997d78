/**
 * <qc-widget-builder>: the form's fields carry the names of the frame's query keys, so the form
 * is read as a query and parsed by the same functions as the frame itself (parseFilters,
 * parseWidgetOptions); the preview, the loader snippet and the iframe snippet all come from that.
 */
import { framePath, iframeSnippet, loaderSnippet, widgetFromQuery } from '../../lib/widgets.ts';
import { withBase } from '../../lib/urls.ts';

/** An entry's id from what a reader pastes: the id itself, or the address of its page or card. */
function entryIdFrom(text: string): string {
  const trimmed = text.trim();
  const inQuery = /\/event\/\?(?:[^#\s]*&)?id=([^&#\s]+)/.exec(trimmed);
  const inPath = /\/(?:events|event)\/([^/?#\s]+)\/?(?:[?#].*)?$/.exec(trimmed);
  const id = inQuery ? inQuery[1]! : inPath ? inPath[1]! : trimmed;
  try {
    return decodeURIComponent(id);
  } catch {
    return id; // a stray "%": not an id, and refused as such below
  }
}

class WidgetBuilder extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    const preview = this.querySelector<HTMLIFrameElement>('iframe')!;
    const loader = this.querySelector<HTMLTextAreaElement>('#snippet-loader')!;
    const plain = this.querySelector<HTMLTextAreaElement>('#snippet-iframe')!;
    const eventField = this.querySelector<HTMLInputElement>('input[name="id"]')!;
    const eventError = this.querySelector<HTMLElement>('#widget-event-error')!;
    const timelineOnly = this.querySelector<HTMLFieldSetElement>('.timeline-only')!;
    const useAccent = this.querySelector<HTMLInputElement>('#use-accent')!;
    const accent = this.querySelector<HTMLInputElement>('input[name="accent"]')!;
    const siteRoot = new URL(withBase(''), location.href).href;
    const frameTitle = preview.title;
    const readEntry = JSON.parse(this.dataset.readEntry!) as Record<string, string>;

    // an entry page's "show this entry on your site" link: ?kind=event&id=…
    const asked = new URLSearchParams(location.search);
    if (asked.get('kind') === 'event' && asked.get('id')) {
      form.querySelector<HTMLInputElement>('input[name="kind"][value="event"]')!.checked = true;
      eventField.value = entryIdFrom(asked.get('id')!);
    }

    /** Whether the entry exists: its id is in the index the card frame reads (fetched once, on the first check). */
    let ids: Promise<Set<string> | undefined> | undefined;
    const exists = async (_lang: string, id: string) => {
      if (!/^[a-z0-9-]+$/.test(id)) return false;
      ids ??= fetch(new URL('data/explore/index.json', siteRoot))
        .then((r) => (r.ok ? (r.json() as Promise<{ events: [string][] }>) : undefined))
        .then((index) => (index ? new Set(index.events.map((row) => row[0])) : undefined))
        // offline and never stored, the index cannot be read: the id is taken as it is
        .catch(() => undefined);
      const known = await ids;
      return known ? known.has(id) : true;
    };
    let seq = 0;

    const update = async () => {
      const kind = new FormData(form).get('kind') === 'event' ? 'event' : 'timeline';
      eventField.disabled = kind !== 'event';
      timelineOnly.disabled = kind !== 'timeline';
      accent.disabled = !useAccent.checked;
      // read once the fields of the other kind are disabled (a disabled field is not in the form's data)
      const data = new FormData(form);
      const query = new URLSearchParams();
      for (const [key, value] of data)
        if (typeof value === 'string' && value && !['kind', 'lang', 'id'].includes(key)) query.append(key, value);
      // list filters are checkboxes without a name (one name per control keeps the form valid HTML)
      for (const box of form.querySelectorAll<HTMLInputElement>('input[data-param]:checked:not(:disabled)'))
        query.append(box.dataset.param!, box.value);
      const id = entryIdFrom(String(data.get('id') ?? ''));
      const mine = ++seq;
      if (kind === 'event') {
        const ok = await exists(String(data.get('lang')), id);
        if (mine !== seq) return; // a later change is being shown
        eventError.textContent = ok ? '' : (eventError.dataset.unknown ?? '');
        eventField.setAttribute('aria-invalid', String(!ok));
        if (!ok) return;
      } else {
        eventError.textContent = '';
        eventField.removeAttribute('aria-invalid');
      }
      const widget = widgetFromQuery(
        kind,
        String(data.get('lang')),
        query.toString(),
        kind === 'event' ? id : undefined,
      );
      const src = new URL(framePath(widget), siteRoot).href;
      if (preview.src !== src) preview.src = src;
      loader.value = loaderSnippet(widget, siteRoot, readEntry[widget.lang]);
      plain.value = iframeSnippet(widget, siteRoot, frameTitle);
    };
    form.addEventListener('input', () => void update());
    form.addEventListener('change', () => void update());
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void update();
    });
    void update();

    // the preview reports its height like a frame on a member site does
    window.addEventListener('message', (e) => {
      if (e.origin !== location.origin || e.source !== preview.contentWindow || e.data?.qantar !== 'size') return;
      // capped, unlike on a member site, so that the snippets stay in view below a long preview
      preview.style.height = `${Math.min(Math.max(Number(e.data.height) || 0, 80), 720)}px`;
    });

    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      button.addEventListener('click', async () => {
        const area = this.querySelector<HTMLTextAreaElement>(`#${button.dataset.copy}`)!;
        const status = button.nextElementSibling as HTMLElement;
        try {
          await navigator.clipboard.writeText(area.value);
          status.textContent = button.dataset.done ?? '';
        } catch {
          // clipboard refused (permissions, old browser): select the text for Ctrl+C instead
          area.focus();
          area.select();
          status.textContent = button.dataset.manual ?? '';
        }
        setTimeout(() => (status.textContent = ''), 3000);
      });
    }
  }
}

customElements.define('qc-widget-builder', WidgetBuilder);
