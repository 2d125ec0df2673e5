/*
 * rawtext.c - the text of script and style elements left out of a page
 * before it is parsed.
 *
 * Half the bytes of a news page are scripts and style sheets, and the
 * parser reads their text a character at a time only for the walk to
 * throw it away.  A quick scan over the page finds them first, reading
 * the markup as libxml2's HTML parser does: comments, doctypes and
 * processing instructions, end tags, and start tags with their quoted
 * and unquoted attribute values.  The text between <script ...> or
 * <style ...> and the next "</script" or "</style" (in any case: where
 * the parser ends it) is cut out, leaving the element empty.  JSON-LD
 * scripts are kept whole.
 *
 * Cutting is only safe where the parser too reads raw text; leaving text
 * in is always safe.  So the scan stops cutting at anything it does not
 * read exactly as the parser would: an unfinished comment or quoted
 * value, "<!" other than a comment or a doctype without quotes,
 * <plaintext>, a non-ASCII byte after "<?", raw text that starts with a
 * tag (the parser reads that tag first: "<script></div>" closes both),
 * and an end tag that only starts like the element's ("</scripts>": the
 * parser reads on).  It is used with the libxml2 whose HTML parser it
 * was checked against (html_cut_raw_text), the others parse it all.
 */
#include "load/html/internal.h"

#include <string.h>

static bool blank(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static bool letter(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Characters of an element or attribute name, as the parser reads one. */
static bool name_char(unsigned char c)
{
	return letter(c) || (c >= '0' && c <= '9') || c == ':' || c == '-' || c == '_' || c == '.';
}

/* Where needle (lower case) starts in s[i..n), in any case; n if nowhere. */
static size_t find_ci(const char *s, size_t n, size_t i, const char *needle)
{
	const char *p = html_find_ci(s + i, n - i, needle);
	return p ? (size_t)(p - s) : n;
}

/* Where the start tag whose name ends at s[i] ends (just past its '>'),
 * its attributes read as the parser reads them; *empty when it ends in
 * "/>".  0 when the page ends first. */
static size_t tag_end(const char *s, size_t n, size_t i, bool *empty)
{
	const unsigned char *u = (const unsigned char *)s;
	*empty = false;
	for (;;) {
		while (i < n && blank(u[i]))
			i++;
		if (i >= n)
			return 0;
		if (u[i] == '>')
			return i + 1;
		if (u[i] == '/' && i + 1 < n && u[i + 1] == '>') {
			*empty = true;
			return i + 2;
		}
		if (!(letter(u[i]) || u[i] == '_' || u[i] == ':' || u[i] == '.')) {
			/* not a name: skipped up to a blank or the end of the tag */
			while (i < n && !blank(u[i]) && u[i] != '>' &&
			       !(u[i] == '/' && i + 1 < n && u[i + 1] == '>'))
				i++;
			continue;
		}
		while (i < n && name_char(u[i]))
			i++;
		while (i < n && blank(u[i]))
			i++;
		if (i >= n || u[i] != '=')
			continue;
		i++;
		while (i < n && blank(u[i]))
			i++;
		if (i < n && (u[i] == '"' || u[i] == '\'')) {
			const char *q = memchr(s + i + 1, u[i], n - i - 1);
			if (!q)
				return 0;
			i = (size_t)(q - s) + 1;
		} else {
			while (i < n && !blank(u[i]) && u[i] != '>')
				i++;
		}
	}
}

/* What the scan does with the text of an element. */
enum raw {
	R_MARKUP, /* read as markup */
	R_CUT,    /* raw text, left out: script (but JSON-LD), style */
	R_KEEP,   /* raw text, kept: JSON-LD */
	R_STOP,   /* the rest of the page is text: the scan ends */
};

/* The element named name[0..k), its start tag tag[0..tn); *close its end
 * tag's start in lower case ("</script"). */
static enum raw raw_kind(const char *name, size_t k, const char *tag, size_t tn, char close[16])
{
	if (k + 3 > 16)
		return R_MARKUP;
	close[0] = '<';
	close[1] = '/';
	for (size_t i = 0; i < k; i++)
		close[2 + i] = lower(name[i]);
	close[2 + k] = '\0';
	const char *low = close + 2;
	if (strcmp(low, "script") == 0) /* JSON-LD is read: kept */
		return html_find_ci(tag, tn, "ld+json") ? R_KEEP : R_CUT;
	if (strcmp(low, "style") == 0)
		return R_CUT;
	if (strcmp(low, "plaintext") == 0)
		return R_STOP;
	return R_MARKUP;
}

bool html_drop_raw_text(const char *s, size_t n, struct buf *out)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, copied = 0;
	bool cut = false;
	while (i < n) {
		const char *lt = memchr(s + i, '<', n - i);
		if (!lt)
			break;
		size_t p = (size_t)(lt - s);
		if (p + 1 >= n)
			break;
		unsigned char c = u[p + 1];
		if (c == '!') {
			if (p + 4 <= n && memcmp(s + p, "<!--", 4) == 0) {
				/* the parser ends a comment at "-->" or "--!>" */
				size_t e = find_ci(s, n, p + 4, "-->");
				size_t e2 = find_ci(s, n, p + 4, "--!>");
				if (e >= n && e2 >= n)
					break;
				i = e <= e2 ? e + 3 : e2 + 4;
			} else if (find_ci(s, p + 9 <= n ? p + 9 : n, p, "<!doctype") == p) {
				/* a quoted identifier may hold a '>' */
				size_t e = p + 2;
				while (e < n && s[e] != '>' && s[e] != '"' && s[e] != '\'')
					e++;
				if (e >= n || s[e] != '>')
					break;
				i = e + 1;
			} else {
				break; /* read differently by different parsers */
			}
			continue;
		}
		if (c == '?' || c == '/') {
			/* a processing instruction or an end tag, up to its '>'
			 * (the parser skips what follows an end tag's name);
			 * without a name after them the parser takes the two
			 * characters alone */
			unsigned char d = p + 2 < n ? u[p + 2] : 0;
			if (d >= 0x80)
				break;
			if (!(letter(d) || d == '_' || d == ':' || (c == '/' && d == '.'))) {
				i = p + 2;
				continue;
			}
			const char *gt = memchr(s + p, '>', n - p);
			if (!gt)
				break;
			i = (size_t)(gt - s) + 1;
			continue;
		}
		if (!letter(c)) {
			i = p + 1; /* a '<' in the text */
			continue;
		}
		size_t name = p + 1, k = 0;
		while (name + k < n && name_char(u[name + k]))
			k++;
		bool empty;
		size_t end = tag_end(s, n, name + k, &empty);
		if (end == 0)
			break;
		i = end;
		char close[16];
		enum raw kind = raw_kind(s + name, k, s + p, end - p, close);
		if (kind == R_STOP)
			break;
		/* "<script/>": an empty element to the parser */
		if (kind == R_MARKUP || empty)
			continue;
		size_t e = find_ci(s, n, end, close);
		size_t after = e + strlen(close);
		/* "</scripts>" does not end a script: the parser reads on */
		if (e >= n || (after < n && name_char(u[after])))
			break;
		/* raw text that starts with another end tag or a start tag:
		 * the parser reads the tag first, which may close the element */
		if (e > end && end + 1 < n && s[end] == '<' &&
		    (s[end + 1] == '/' || letter(u[end + 1]) || s[end + 1] == '_' || s[end + 1] == ':'))
			break;
		if (kind == R_CUT && e > end) {
			if (buf_add(out, s + copied, end - copied))
				return false;
			copied = e;
			cut = true;
		}
		i = e;
	}
	if (!cut)
		return false;
	return buf_add(out, s + copied, n - copied) == ND_E_OK;
}
