/**
 * The public origin the site is built for: SITE_URL (e.g. https://kb.example.com) when set at build time, else
 * undefined. Without it the build does not know where it will be served (astro.config.mjs falls back to
 * http://localhost:4321 for its own absolute links), so what a reader copies or prints takes the origin from the page's
 * own location instead, and the Markdown copies use site paths.
 */
export function publicOrigin(): string | undefined {
	const url = process.env.SITE_URL;
	return url ? new URL(url).origin : undefined;
}
