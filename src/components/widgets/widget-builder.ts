/**
 * <qc-widget-builder>: the form's fields carry the names of the frame's query keys, so the form
 * is read as a query and parsed by the same functions as the frame itself (parseFilters,
 * parseWidgetOptions); the preview, the loader snippet and the iframe snippet all come from that.
 */
import { framePath, iframeSnippet, loaderSnippet, widgetFromQuery } from '../../lib/exports/embed.ts';
import { withBase } from '../../lib/urls.ts';

class WidgetBuilder extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    const preview = this.querySelector<HTMLIFrameElement>('iframe')!;
    const loader = this.querySelector<HTMLTextAreaElement>('#snippet-loader')!;
    const plain = this.querySelector<HTMLTextAreaElement>('#snippet-iframe')!;
    const eventField = this.querySelector<HTMLSelectElement>('select[name="id"]')!;
    const timelineOnly = this.querySelector<HTMLFieldSetElement>('.timeline-only')!;
    const useAccent = this.querySelector<HTMLInputElement>('#use-accent')!;
    const accent = this.querySelector<HTMLInputElement>('input[name="accent"]')!;
    const siteRoot = new URL(withBase(''), location.href).href;
    const frameTitle = preview.title;

    const update = () => {
      const data = new FormData(form);
      const kind = data.get('kind') === 'event' ? 'event' : 'timeline';
      eventField.disabled = kind !== 'event';
      timelineOnly.disabled = kind !== 'timeline';
      accent.disabled = !useAccent.checked;
      const query = new URLSearchParams();
      for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value && !['kind', 'lang', 'id'].includes(key)) query.append(key, value);
      // list filters are checkboxes without a name (one name per control keeps the form valid HTML)
      for (const box of form.querySelectorAll<HTMLInputElement>('input[data-param]:checked:not(:disabled)')) query.append(box.dataset.param!, box.value);
      const widget = widgetFromQuery(kind, String(data.get('lang')), query.toString(), kind === 'event' ? String(data.get('id')) : undefined);
      const src = new URL(framePath(widget), siteRoot).href;
      if (preview.src !== src) preview.src = src;
      loader.value = loaderSnippet(widget, siteRoot);
      plain.value = iframeSnippet(widget, siteRoot, frameTitle);
    };
    form.addEventListener('input', update);
    form.addEventListener('change', update);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      update();
    });
    update();

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
