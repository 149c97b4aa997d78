/**
 * Imported first by entry-form.ts. Zod compiles object parsers with `new Function` when it can;
 * under the site's CSP (no 'unsafe-eval') its probe is refused and reported as a CSP violation,
 * even though zod catches it. Turning the compiler off before any schema is built keeps the page
 * free of violations; the form's parsing is small, so the interpreter is fast enough.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });
