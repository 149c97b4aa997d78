// Remembers the language a reader chooses (in localStorage: no cookie, nothing sent anywhere),
// so that "/" can send a returning reader straight to it.
export const LANG_KEY = 'qantar-lang';

export function rememberLanguageChoices(root: ParentNode = document): void {
  root.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[data-choose-lang]');
    if (!link) return;
    try {
      localStorage.setItem(LANG_KEY, link.getAttribute('data-choose-lang') ?? '');
    } catch {
      // storage may be disabled: the choice is simply not remembered
    }
  });
}
