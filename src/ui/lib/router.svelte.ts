/** Hash routes: #/contacts, #/contacts/<id>. A static URL needs no server-side routing. */
export const PAGES = ['contacts', 'leads', 'companies', 'deals', 'tasks', 'tickets', 'products', 'analytics', 'segments', 'campaigns', 'settings'] as const;
export type Page = (typeof PAGES)[number];

function parse(hash: string): { page: Page; id: string | null; sub: string | null } {
  const [, p, a, b] = hash.replace(/^#/, '').split('/');
  const page = (PAGES as readonly string[]).includes(p) ? (p as Page) : 'contacts';
  // Sub-pages (e.g. #/analytics/mining) come before ids; ids are ULIDs.
  const isId = (s: string | undefined) => !!s && /^[0-9A-Z]{20,}$/.test(s);
  return { page, id: isId(a) ? a : isId(b) ? b! : null, sub: a && !isId(a) ? a : null };
}

export const route = $state(parse(typeof location !== 'undefined' ? location.hash : ''));

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => Object.assign(route, parse(location.hash)));
}

export function navigate(page: Page, id?: string | null, sub?: string | null): void {
  const parts = [page, sub, id].filter(Boolean);
  location.hash = `#/${parts.join('/')}`;
}

export function href(page: Page, id?: string | null, sub?: string | null): string {
  return `#/${[page, sub, id].filter(Boolean).join('/')}`;
}
