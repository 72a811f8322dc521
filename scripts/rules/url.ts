/**
 * URL and bare-domain patterns shared by de-obfuscation (which must leave them intact) and the `url` promotion rule.
 * Bare domains need a known top-level domain so that `1.5`, `v2.0` or `a.b` are not mistaken for one. Country domains
 * of the region (comparehero.my, .sg, .jp …) count; .id, .in, .us, .de do not (field names: order.id, data.in).
 */
const TOP_LEVEL_DOMAINS =
	'com\\.cn|net\\.cn|org\\.cn|gov\\.cn|com|cn|net|org|cc|top|vip|xyz|info|biz|co|io|me|tv|shop|site|club|wang|ltd|link|online|store|tech|fun|ink|pub|live|life|work|asia|hk|tw|my|sg|jp|kr|uk|au|mo|ph|vn|nz';

/** Source of one URL or bare domain (with optional path). Linear: every quantifier is over a disjoint character class. */
export const URL_SOURCE =
	"(?:(?:https?|ftp):\\/\\/|www\\.)[A-Za-z0-9\\-._~%!$&'*+=:@/?#\\[\\]]+" +
	`|(?<![A-Za-z0-9@.\\-])[A-Za-z0-9][A-Za-z0-9\\-]{0,62}(?:\\.[A-Za-z0-9\\-]{1,63}){0,4}\\.(?:${TOP_LEVEL_DOMAINS})(?![A-Za-z0-9\\-])(?:[/:][A-Za-z0-9\\-._~%!$&'*+=:@/?#]*)?` +
	// A host written as an IPv4 number (5.39.217.76, a forum's signature @5.39.217.76), with an optional port and path.
	"|(?<![\\d.])(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}(?![\\d.])(?:[/:][A-Za-z0-9\\-._~%!$&'*+=:@/?#]*)?";

/** Creates a fresh global URL regex (callers must not share `lastIndex`). */
export function urlRegExp(): RegExp {
	return new RegExp(URL_SOURCE, 'gi');
}
