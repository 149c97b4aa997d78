/** "Report an error in this entry" opens GitHub's entry-error form with the entry filled in. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRY_ERROR_TEMPLATE, entryErrorUrl } from '../../src/lib/report-error.ts';

const root = join(import.meta.dirname, '../..');

describe('the report-an-error link', () => {
  it('chooses the entry-error form, which exists and has the field it fills', () => {
    const form = join(root, '.github/ISSUE_TEMPLATE', ENTRY_ERROR_TEMPLATE);
    expect(existsSync(form)).toBe(true);
    expect(readFileSync(form, 'utf8')).toMatch(/^\s+id: entry$/m);
  });
  it('fills in the entry by its address, or by its id when the build has no address', () => {
    const withAddress = new URL(
      entryErrorUrl('https://github.com/org/repo/', {
        id: '2022-01-05-x',
        url: 'https://qantar.example/en/events/2022-01-05-x/',
      }),
    );
    expect(withAddress.origin + withAddress.pathname).toBe('https://github.com/org/repo/issues/new');
    expect(Object.fromEntries(withAddress.searchParams)).toEqual({
      template: 'entry-error.yml',
      title: 'Error in entry: 2022-01-05-x',
      entry: 'https://qantar.example/en/events/2022-01-05-x/',
    });
    expect(
      new URL(
        entryErrorUrl('https://github.com/org/repo', { id: '2022-01-05-x', url: '/en/events/2022-01-05-x/' }),
      ).searchParams.get('entry'),
    ).toBe('2022-01-05-x');
  });
});
