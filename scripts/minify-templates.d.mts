// Types of scripts/minify-templates.mjs, for the browser test that checks it (src/internal/minify-templates.test.ts).
export function minifyCss(text: string, ends?: { first?: boolean; last?: boolean }): string;
export function minifyHtml(text: string): string;
export function minifyTemplates(source: string, edits?: unknown[]): string;
export function minifyTemplatesPlugin(): { name: string; transform(code: string, id: string): { code: string; map: null } | null };
