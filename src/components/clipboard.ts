/**
 * Copying for the copy controls (CopyLink, CopyText). The Clipboard API exists only in secure contexts (https, or
 * localhost): on a plain-http address such as the network address `npm start` prints it is missing. Then the text is
 * selected on the page (and copied with the older `execCommand` where the browser still allows it), and the caller
 * tells the reader to copy the selection.
 */

/** `copied`: the text is on the clipboard. `selected`: the text is selected on the page for the reader to copy. */
export type CopyOutcome = 'copied' | 'selected';

/** Selects the whole text of `element` (an input's value, or any element's text). */
export function selectContents(element: HTMLElement): void {
	if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
		element.focus();
		element.select();
		return;
	}
	const range = document.createRange();
	range.selectNodeContents(element);
	const selection = window.getSelection();
	selection?.removeAllRanges();
	selection?.addRange(range);
}

/**
 * Copies `text`; when the Clipboard API is missing or refuses, selects the element `fallback()` returns (one that
 * shows the same text, put on the page only when it is needed).
 */
export async function copyOrSelect(text: string, fallback: () => HTMLElement): Promise<CopyOutcome> {
	if (navigator.clipboard?.writeText) {
		try {
			await navigator.clipboard.writeText(text);
			return 'copied';
		} catch {
			// Denied (permissions, no user gesture): fall through to the selection.
		}
	}
	selectContents(fallback());
	let copied = false;
	try {
		copied = document.execCommand('copy');
	} catch {
		copied = false;
	}
	// The selection stays either way, so the reader can see what was (or is to be) copied.
	return copied ? 'copied' : 'selected';
}

/** What the status line says after a copy attempt. */
export const COPY_STATUS: Record<CopyOutcome, string> = {
	copied: '已复制',
	selected: '已选中，请按 Ctrl+C 复制（手机上长按选中的文字，选“复制”）',
};
