import { createHash } from 'node:crypto';

/**
 * Content-Security-Policy for the built site, computed from each page's own HTML after `astro build`.
 *
 * Why not Astro's `security.csp`: it puts hashes into style-src, and a hash in style-src switches off 'unsafe-inline',
 * which Starlight needs for its inline style attributes (`<dialog style="padding:0">`, `style="--sl-icon-size: 1em;"`,
 * `style="display: none;"`); hashes can never allow style attributes. Computing the policy from the final HTML also
 * catches every inline script Astro or Starlight emits, whichever component it comes from.
 */

/** Script types the browser executes (and CSP therefore governs). Data blocks (JSON-LD, templates) are not scripts. */
const EXECUTABLE_TYPE = /^(|module|text\/javascript|application\/javascript|text\/ecmascript|application\/ecmascript)$/i;

/** Inline `<script>` elements: raw text up to the first `</script` (HTML's own rule for script content). */
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
/** Inline `<style>` elements. */
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;

/** The CSP source expression for a piece of inline code: `'sha256-…'` over its exact UTF-8 text. */
export const sha256Source = (code: string): string => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

/** Contents of the inline, executable scripts of a page, in document order. */
export function inlineScripts(html: string): string[] {
	const out: string[] = [];
	for (const [, attrs = '', body = ''] of html.matchAll(SCRIPT)) {
		if (/\ssrc\s*=/i.test(attrs)) continue;
		const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1] ?? '';
		if (EXECUTABLE_TYPE.test(type)) out.push(body);
	}
	return out;
}

/** Contents of the inline `<style>` elements of a page. */
export const inlineStyles = (html: string): string[] => [...html.matchAll(STYLE)].map((m) => m[1] ?? '');

/** Hash sources of a page's inline scripts and styles, sorted and de-duplicated so the policy text is deterministic. */
export function pageHashes(html: string): { scripts: string[]; styles: string[] } {
	const unique = (codes: string[]) => [...new Set(codes.map(sha256Source))].sort();
	return { scripts: unique(inlineScripts(html)), styles: unique(inlineStyles(html)) };
}

/**
 * The policy text. Everything comes from this site; nothing is loaded from anywhere else.
 * - script-src: our own files plus the hashes of exactly the inline scripts the page has. 'wasm-unsafe-eval' lets
 *   Pagefind compile its WebAssembly search index; it does not allow eval() of JavaScript.
 * - style-src 'self' 'unsafe-inline' is the fallback for browsers without CSP level 3. Browsers with it use the two
 *   stricter directives: style-src-elem (stylesheets from this site, hashed `<style>` elements only) and
 *   style-src-attr 'unsafe-inline', which only allows `style="…"` attributes. Starlight writes those in its markup
 *   (icon sizes, the search dialog) and hashes cannot allow attributes; a style attribute cannot run code, so allowing
 *   them costs little, while scripts stay strictly hashed.
 * - script-src-attr 'none': no inline event handlers (check-dist also rejects them).
 * - frame-ancestors is only honoured in a header, so `headers` adds it and the `<meta>` leaves it out.
 */
export function policy(hashes: { scripts: readonly string[]; styles: readonly string[] }, options: { header?: boolean } = {}): string {
	const directives = [
		"default-src 'self'",
		['script-src', "'self'", "'wasm-unsafe-eval'", ...hashes.scripts].join(' '),
		"script-src-attr 'none'",
		"style-src 'self' 'unsafe-inline'",
		['style-src-elem', "'self'", ...hashes.styles].join(' '),
		"style-src-attr 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		...(options.header ? ["frame-ancestors 'self'"] : []),
	];
	return directives.join('; ');
}

/** The `<meta>` element carrying a page's policy. */
export const cspMeta = (html: string): string => `<meta http-equiv="Content-Security-Policy" content="${policy(pageHashes(html))}">`;

const EXISTING_META = /<meta http-equiv="Content-Security-Policy"[^>]*>/i;

/**
 * Puts the page's policy into its `<head>`, before any script (a meta policy only governs what follows it): right after
 * `<meta charset>` (which must stay first), else after `<head>`, else after the doctype (redirect pages have no head
 * element; the parser opens one implicitly). Idempotent: an existing policy is replaced, so running twice is harmless.
 */
export function injectCsp(html: string): string {
	const clean = html.replace(EXISTING_META, '');
	const meta = cspMeta(clean);
	for (const anchor of [/<meta charset="[^"]*"\s*\/?>/i, /<head\b[^>]*>/i, /<!doctype html>/i]) {
		const m = anchor.exec(clean);
		if (m) return clean.slice(0, m.index + m[0].length) + meta + clean.slice(m.index + m[0].length);
	}
	return meta + clean;
}

/** The meta policy of a page, if it has one. */
export const metaPolicy = (html: string): string | undefined =>
	/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html)?.[1];

/**
 * A `_headers` file (Netlify, Cloudflare Pages and others read it) that sends the policy as a real header for every
 * path. A header policy is enforced together with each page's meta policy, so it lists the union of all pages' hashes;
 * each page stays limited to its own scripts by its meta.
 */
export function headersFile(pages: ReadonlyArray<{ scripts: readonly string[]; styles: readonly string[] }>): string {
	const union = (pick: (p: { scripts: readonly string[]; styles: readonly string[] }) => readonly string[]) =>
		[...new Set(pages.flatMap(pick))].sort();
	const csp = policy({ scripts: union((p) => p.scripts), styles: union((p) => p.styles) }, { header: true });
	return [
		'# Written by the build (src/integrations/csp.ts). Hosts that read _headers send these with every response.',
		'/*',
		`  Content-Security-Policy: ${csp}`,
		'  X-Content-Type-Options: nosniff',
		'  Referrer-Policy: strict-origin-when-cross-origin',
		'',
	].join('\n');
}
