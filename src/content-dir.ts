/**
 * Where the content lives. `content/` in the repository; tests and the benchmark point the build
 * at a temporary copy with QANTAR_CONTENT, so fixtures never enter content/.
 */
export const CONTENT_DIR: string = process.env.QANTAR_CONTENT ?? 'content';
