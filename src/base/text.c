#include "base/text.h"

#include <stdio.h>
#include <string.h>
#include <utf8proc.h>

#define REPLACEMENT 0xFFFD

static enum nd_err put_cp(struct buf *out, int32_t cp)
{
	char tmp[4];
	return buf_add(out, tmp, text_encode(cp, tmp));
}

/* A character that must not reach the terminal as itself. */
static bool is_bidi_control(int32_t cp)
{
	return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
	       cp == 0x200E || cp == 0x200F || cp == 0x061C;
}

enum nd_err text_sanitize(const char *in, size_t n, struct buf *out,
			  struct text_fixes *fixes)
{
	struct text_fixes dummy;
	if (!fixes)
		fixes = &dummy;
	memset(fixes, 0, sizeof *fixes);

	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)in;
	size_t i = 0;
	enum nd_err err = ND_E_OK;

	if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
		i = 3;

	while (i < n && !err) {
		unsigned char c = p[i];
		if (c < 0x80) {
			size_t run = i;
			/* Copy plain printable ASCII in one go. */
			while (run < n && p[run] >= 0x20 && p[run] < 0x7F)
				run++;
			if (run > i) {
				err = buf_add(out, p + i, run - i);
				i = run;
				continue;
			}
			if (c == '\n') {
				err = buf_addc(out, '\n');
			} else if (c == '\r') {
				err = buf_addc(out, '\n');
				if (i + 1 < n && p[i + 1] == '\n')
					i++;
			} else if (c == '\t') {
				err = buf_addc(out, ' ');
			} else if (c == 0x7F) {
				err = put_cp(out, 0x2421);
				fixes->controls++;
			} else {
				err = put_cp(out, 0x2400 + c);
				fixes->controls++;
			}
			i++;
			continue;
		}
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate(p + i, (utf8proc_ssize_t)(n - i), &cp);
		if (k < 0) {
			err = put_cp(out, REPLACEMENT);
			fixes->invalid++;
			i++;
			continue;
		}
		if ((cp >= 0x80 && cp <= 0x9F) || is_bidi_control(cp)) {
			err = put_cp(out, REPLACEMENT);
			fixes->controls++;
		} else {
			err = buf_add(out, p + i, (size_t)k);
		}
		i += (size_t)k;
	}
	return err;
}

size_t text_ascii_span(const char *s, size_t n, unsigned char lo)
{
	const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
	size_t i = 0;
	for (uint64_t w; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		/* a byte with its top bit set, or one below lo */
		if ((w & high) || ((w - lo * ones) & ~w & high))
			break;
	}
	while (i < n && (unsigned char)s[i] >= lo && (unsigned char)s[i] < 0x80)
		i++;
	return i;
}

bool text_is_binary(const char *in, size_t n)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)in;
	size_t head = n < 8192 ? n : 8192;
	if (memchr(in, '\0', head))
		return true;
	size_t bad = 0;
	for (size_t i = 0; i < n;) {
		/* printable ASCII, most of a text, passed a run at a time */
		size_t run = text_ascii_span(in + i, n - i, 0x20);
		if (run) {
			i += run;
			continue;
		}
		unsigned char c = p[i];
		if (c < 0x80) {
			if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
				bad++;
			i++;
			continue;
		}
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate(p + i, (utf8proc_ssize_t)(n - i), &cp);
		if (k < 0) {
			bad++;
			i++;
		} else {
			i += (size_t)k;
		}
	}
	return bad * 10 > n;
}

int32_t text_next(const char *s, size_t n, size_t *i)
{
	utf8proc_int32_t cp;
	if (*i >= n)
		return -1;
	if ((unsigned char)s[*i] < 0x80)
		return (unsigned char)s[(*i)++];
	utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + *i,
					      (utf8proc_ssize_t)(n - *i), &cp);
	if (k < 0) {
		(*i)++;
		return REPLACEMENT;
	}
	*i += (size_t)k;
	return cp;
}

size_t text_encode(int32_t cp, char out[4])
{
	if (!utf8proc_codepoint_valid(cp))
		cp = REPLACEMENT;
	return (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out);
}

int text_cp_width(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 0x20 && cp < 0x7F ? 1 : 0;
	int w = utf8proc_charwidth(cp);
	/* Unassigned or private-use characters: one cell, as terminals do. */
	if (w == 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_CO)
		w = 1;
	return w < 0 ? 0 : w > 2 ? 2 : w;
}

size_t text_width(const char *s, size_t n)
{
	size_t w = 0;
	for (size_t i = 0; i < n;)
		w += (size_t)text_cp_width(text_next(s, n, &i));
	return w;
}

int32_t text_fold(int32_t cp)
{
	switch (cp) {
	case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
		return '\'';
	case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
	case 0x00AB: case 0x00BB:
		return '"';
	case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
	case 0x2015: case 0x2212:
		return '-';
	case 0x00A0: case 0x2009: case 0x202F: case '\n':
		return ' ';
	default:
		break;
	}
	if (cp >= 'A' && cp <= 'Z')
		return cp + ('a' - 'A');
	if (cp < 0x80)
		return cp;
	return utf8proc_tolower(cp);
}

size_t text_find(const char *hay, size_t n, size_t from, const char *needle,
		 size_t *match_len)
{
	size_t m = strlen(needle);
	if (m == 0)
		return (size_t)-1;
	size_t start = from;
	while (start < n) {
		size_t hi = start, ni = 0;
		while (ni < m && hi < n) {
			int32_t a = text_fold(text_next(hay, n, &hi));
			int32_t b = text_fold(text_next(needle, m, &ni));
			if (a != b)
				break;
			if (ni == m) {
				if (match_len)
					*match_len = hi - start;
				return start;
			}
		}
		/* Advance by one whole code point. */
		text_next(hay, n, &start);
	}
	return (size_t)-1;
}

static bool is_space(char c)
{
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

const char *text_trim(const char *s, size_t *n)
{
	size_t len = *n;
	while (len && is_space(*s)) {
		s++;
		len--;
	}
	while (len && is_space(s[len - 1]))
		len--;
	*n = len;
	return s;
}

size_t text_words(const char *s, size_t n)
{
	size_t words = 0;
	bool in = false;
	size_t i = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	/* Eight bytes at a time: the top bit of each byte of space marks a
	 * space (' ', '\t' to '\r'), of start a byte that is none after one
	 * that is (the byte before the first: before[i] is the last byte
	 * read's mark, "a space" at the start). */
	const uint64_t high = 0x8080808080808080u, low7 = 0x7F7F7F7F7F7F7F7Fu,
		       ones = 0x0101010101010101u;
	uint64_t before = 0x80;
	for (uint64_t w; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		uint64_t b = w & low7, ascii = ~w & high;
		uint64_t from9 = (b + (0x80 - 0x09) * ones) & high;   /* b >= '\t' */
		uint64_t from14 = (b + (0x80 - 0x0E) * ones) & high;  /* b > '\r' */
		uint64_t x = b ^ (0x20 * ones);
		uint64_t blank = ~((x + low7) | x) & high;           /* b == ' ' */
		uint64_t space = ((from9 & ~from14) | blank) & ascii;
		uint64_t start = ~space & high & (space << 8 | before);
		words += (size_t)__builtin_popcountll(start);
		before = space >> 56;
	}
	in = i > 0 && !before;
#endif
	for (; i < n; i++) {
		if (is_space(s[i])) {
			in = false;
		} else if (!in) {
			in = true;
			words++;
		}
	}
	return words;
}

unsigned text_edit_distance(const char *a, const char *b, unsigned cap)
{
	size_t n = strlen(a), m = strlen(b);
	if (n > 63 || m > 63)
		return cap + 1;
	if ((n > m ? n - m : m - n) > cap)
		return cap + 1;
	unsigned row[64], prev[64];
	for (size_t j = 0; j <= m; j++)
		prev[j] = (unsigned)j;
	for (size_t i = 1; i <= n; i++) {
		row[0] = (unsigned)i;
		unsigned best = row[0];
		for (size_t j = 1; j <= m; j++) {
			unsigned d = prev[j - 1] + (a[i - 1] != b[j - 1]);
			if (prev[j] + 1 < d)
				d = prev[j] + 1;
			if (row[j - 1] + 1 < d)
				d = row[j - 1] + 1;
			row[j] = d;
			if (d < best)
				best = d;
		}
		if (best > cap)
			return cap + 1;
		memcpy(prev, row, (m + 1) * sizeof row[0]);
	}
	return prev[m];
}

uint64_t text_hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
	return h;
}

const char *text_url_host(const char *url, size_t *n)
{
	const char *p = strstr(url, "://");
	p = p ? p + 3 : url;
	*n = strcspn(p, "/?#:");
	if (*n > 4 && strncmp(p, "www.", 4) == 0) {
		p += 4;
		*n -= 4;
	}
	return p;
}

enum nd_err text_add_safe(struct buf *b, const char *s, size_t limit)
{
	size_t n = strlen(s), from = b->len;
	enum nd_err err = text_sanitize(s, n < limit ? n : limit, b, NULL);
	for (size_t i = from; !err && i < b->len; i++)
		if (b->data[i] == '\n')
			b->data[i] = ' ';
	return err || n <= limit ? err : buf_adds(b, "\xe2\x80\xa6");
}

void text_say(FILE *f, const char *what, const char *msg)
{
	enum { LIMIT = 4096 };
	struct buf b;
	buf_init(&b, 8 * LIMIT);   /* 3 bytes a sanitised byte at most, twice */
	enum nd_err err = buf_adds(&b, "newsdiff: ");
	if (!err && what)
		err = text_add_safe(&b, what, LIMIT);
	if (!err && what)
		err = buf_adds(&b, ": ");
	if (!err)
		err = text_add_safe(&b, msg, LIMIT);
	fprintf(f, "%s\n", err ? "newsdiff: out of memory" : b.data);
	buf_release(&b);
}

size_t text_fixes_said(const struct text_fixes *f, char lines[2][96])
{
	size_t n = 0;
	if (f->invalid)
		snprintf(lines[n++], 96, "%zu byte%s of invalid UTF-8 shown as U+FFFD", f->invalid,
			 f->invalid == 1 ? "" : "s");
	if (f->controls)
		snprintf(lines[n++], 96, "%zu control character%s shown as symbols", f->controls,
			 f->controls == 1 ? "" : "s");
	return n;
}
