/**
 * The entry of dist/sw.js. src/integrations/offline.ts bundles this file with esbuild after each
 * build and defines __QANTAR_SW__ as that build's configuration, so sw.js changes (and browsers
 * offer the update) exactly when the site's content does.
 */
import { serviceWorker, type WorkerConfig, type WorkerScope } from './worker.ts';

declare const __QANTAR_SW__: WorkerConfig;

serviceWorker(self as unknown as WorkerScope, __QANTAR_SW__);
