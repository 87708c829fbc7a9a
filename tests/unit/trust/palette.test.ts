import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The dark theme works only if components take their surfaces, text and lines from the
 * palette in app.css. A literal light colour in a component's style (a white panel, a pale
 * row) stays light in the dark theme, so this test lists every one.
 */
const WHITE_TEXT = '#fff'; // text on a coloured chip (avatars, the active nav item), in both themes
const ALLOWED = new Set([
  '#e69f00', // the control group's colour in charts and legends (colour-blind safe)
  '#f5a524', // satisfaction stars
  '#5b7ff0', // the busy stripe beside --accent
]);

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    return e.isDirectory() ? svelteFiles(full) : e.name.endsWith('.svelte') ? [full] : [];
  });
}

export function literalColours(style: string): string[] {
  const found: string[] = [];
  for (const decl of style.matchAll(/([a-z-]+)\s*:\s*([^;{}]+)/g)) {
    const [, prop, value] = decl;
    if (!/^(background|color|border|outline|box-shadow|fill|stroke)/.test(prop)) continue;
    // A fallback inside var() is still a literal: var(--x, #fff) shows #fff if --x is missing.
    for (const m of value.matchAll(/#[0-9a-fA-F]{3,8}\b|\bwhite\b/g)) {
      const colour = m[0].toLowerCase();
      if (!ALLOWED.has(colour) && !(prop === 'color' && colour === WHITE_TEXT)) found.push(`${prop}: ${value.trim()}`);
    }
  }
  return found;
}

describe('the palette', () => {
  it('finds a literal colour (the check can fail)', () => {
    expect(literalColours('.a { background: #fff; color: var(--ink); } .b { border: 1px solid var(--line, #e5e7eb) }')).toEqual([
      'background: #fff',
      'border: 1px solid var(--line, #e5e7eb)',
    ]);
  });

  it('no component style uses a literal light colour', () => {
    const problems: string[] = [];
    for (const file of svelteFiles('src/ui')) {
      const text = readFileSync(file, 'utf8');
      const at = text.indexOf('<style');
      if (at >= 0) problems.push(...literalColours(text.slice(at)).map((d) => `${file}: ${d}`));
    }
    expect(problems).toEqual([]);
  });

  it('every palette variable a component uses is defined in app.css', () => {
    const defined = new Set([...readFileSync('src/ui/app.css', 'utf8').matchAll(/(--[a-z0-9-]+)\s*:/g)].map((m) => m[1]));
    const missing: string[] = [];
    for (const file of svelteFiles('src/ui')) {
      const text = readFileSync(file, 'utf8');
      // Variables a component sets itself (style:--x, or --x: in its own style) are its own business.
      const own = new Set([...text.matchAll(/(?:style:|\s)(--[a-z0-9-]+)\s*[=:]/g)].map((m) => m[1]));
      for (const m of text.matchAll(/var\((--[a-z0-9-]+)/g)) if (!defined.has(m[1]) && !own.has(m[1])) missing.push(`${file}: ${m[1]}`);
    }
    expect(missing).toEqual([]);
  });
});
