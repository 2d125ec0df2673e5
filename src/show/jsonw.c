/*
 * jsonw.c - JSON written as it is made.  See jsonw.h.
 *
 * The layout follows jansson's dump: "{" or "[", then each value on a
 * line of its own indented two spaces a level (nothing between values
 * but "," when compact), ": " after a key (":" when compact), the closing
 * bracket on a line of its own at the container's level; an empty
 * container is "{}" or "[]".  A list (jsonw_list) is the exception: its
 * values stay on the line it opens on, ", " between them ("," when
 * compact), and its "]" follows the last.
 */
#include "show/jsonw.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/text.h"

#define CHUNK ((size_t)64 << 10)

struct jsonw {
	FILE *out;
	enum nd_err err;
	bool compact;
	bool first;      /* the innermost open container holds no value yet */
	bool keyed;      /* a key was just written: its value follows directly */
	size_t depth;    /* containers open */
	size_t list;     /* the level of the list open (jsonw_list), or 0 */
	size_t len;      /* bytes in chunk */
	/* jsonw_int_run's table: the text of each id k < nids as a value
	 * after another, laid out as ids_layout says (layout()): ",", then
	 * the new line and indent of its level, or a space in a list, or
	 * nothing when compact, then the digits; at ids + at[k], one after
	 * another, so that at[nids] is where the last ends */
	char *ids;
	size_t *at;
	size_t nids;
	size_t ids_layout;
	char chunk[CHUNK];
};

struct jsonw *jsonw_new(FILE *out, bool compact)
{
	struct jsonw *w = malloc(sizeof *w);
	if (!w)
		return NULL;
	w->out = out;
	w->err = ND_E_OK;
	w->compact = compact;
	w->first = false;
	w->keyed = false;
	w->depth = 0;
	w->list = 0;
	w->len = 0;
	w->ids = NULL;
	w->at = NULL;
	w->nids = 0;
	w->ids_layout = 0;
	return w;
}

static void flush(struct jsonw *w)
{
	if (w->len && !w->err && fwrite(w->chunk, 1, w->len, w->out) != w->len)
		w->err = ND_E_WRITE;
	w->len = 0;
}

enum nd_err jsonw_finish(struct jsonw *w)
{
	flush(w);
	return w->err;
}

void jsonw_free(struct jsonw *w)
{
	if (!w)
		return;
	free(w->ids);
	free(w->at);
	free(w);
}

enum nd_err jsonw_error(const struct jsonw *w)
{
	return w->err;
}

static void put(struct jsonw *w, const char *s, size_t n)
{
	if (w->err)
		return;
	if (n > CHUNK - w->len) {
		flush(w);
		if (n > CHUNK) {
			if (!w->err && fwrite(s, 1, n, w->out) != n)
				w->err = ND_E_WRITE;
			return;
		}
	}
	memcpy(w->chunk + w->len, s, n);
	w->len += n;
}

static void putc1(struct jsonw *w, char c)
{
	if (w->len == CHUNK)
		flush(w);
	if (!w->err)
		w->chunk[w->len++] = c;
}

void jsonw_raw(struct jsonw *w, const char *s, size_t n)
{
	put(w, s, n);
}

static const char spaces[] = "                                ";

/* A new line indented to level depth (nothing when compact). */
static void indent(struct jsonw *w, size_t depth)
{
	if (w->compact)
		return;
	/* the usual line, written straight into the chunk when it has room:
	 * the reports' lists of article numbers are millions of them */
	if (!w->err && 2 * depth < sizeof spaces && CHUNK - w->len > 2 * depth) {
		w->chunk[w->len] = '\n';
		memcpy(w->chunk + w->len + 1, spaces, 2 * depth);
		w->len += 1 + 2 * depth;
		return;
	}
	putc1(w, '\n');
	for (size_t n = 2 * depth; n > 0;) {
		size_t k = n < sizeof spaces - 1 ? n : sizeof spaces - 1;
		put(w, spaces, k);
		n -= k;
	}
}

/* Inside a list: no new lines. */
static inline bool in_list(const struct jsonw *w)
{
	return w->list && w->depth >= w->list;
}

/* What goes before a value or a key inside a container. */
static void before_value(struct jsonw *w)
{
	if (w->keyed) {
		w->keyed = false;
		return;
	}
	if (w->depth == 0)
		return;
	bool first = w->first;
	if (!first)
		putc1(w, ',');
	w->first = false;
	if (!in_list(w))
		indent(w, w->depth);
	else if (!first && !w->compact)
		putc1(w, ' ');
}

/*
 * The fast paths: a value written straight into the chunk, its separator
 * (what before_value writes) and all, when the chunk has room for the
 * most it may take (flushed first when it has not, which changes no
 * byte written) and the indent is one of spaces.
 */

/* Room at the end of the chunk for a value of at most n bytes after its
 * separator, or NULL (then the slow path writes it). */
static inline char *room(struct jsonw *w, size_t n)
{
	if (w->err || 2 * w->depth >= sizeof spaces)
		return NULL;
	n += 2 + sizeof spaces;  /* separate copies all of spaces */
	if (n > CHUNK - w->len) {
		if (n > CHUNK)
			return NULL;
		flush(w);
		if (w->err)
			return NULL;
	}
	return w->chunk + w->len;
}

/* before_value into p, which has room() for it; the end. */
static inline char *separate(struct jsonw *w, char *p)
{
	if (w->keyed) {
		w->keyed = false;
		return p;
	}
	if (w->depth == 0)
		return p;
	bool first = w->first;
	if (!first)
		*p++ = ',';
	w->first = false;
	if (in_list(w)) {
		if (!first && !w->compact)
			*p++ = ' ';
	} else if (!w->compact) {
		*p++ = '\n';
		memcpy(p, spaces, sizeof spaces - 1);  /* all of it, at once: the rest is overwritten */
		p += 2 * w->depth;
	}
	return p;
}

/* The bytes up to p are written. */
static void commit(struct jsonw *w, const char *p)
{
	w->len = (size_t)(p - w->chunk);
}

static void open_container(struct jsonw *w, char bracket)
{
	before_value(w);
	putc1(w, bracket);
	w->depth++;
	w->first = true;
}

static void close_container(struct jsonw *w, char bracket)
{
	if (w->depth == 0)
		return;
	bool list = in_list(w);
	if (w->list == w->depth)
		w->list = 0;
	w->depth--;
	if (!w->first && !list)
		indent(w, w->depth);
	putc1(w, bracket);
	w->first = false;
}

void jsonw_object(struct jsonw *w)
{
	open_container(w, '{');
}

void jsonw_object_end(struct jsonw *w)
{
	close_container(w, '}');
}

void jsonw_array(struct jsonw *w)
{
	open_container(w, '[');
}

void jsonw_array_end(struct jsonw *w)
{
	close_container(w, ']');
}

void jsonw_list(struct jsonw *w)
{
	open_container(w, '[');
	if (!w->list)
		w->list = w->depth;
}

/* The length of the multi-byte UTF-8 sequence at s (avail bytes left, its
 * lead byte 0x80 or more) and its code point in *cp, or 0 when it is not
 * one jansson accepts: a stray continuation byte, an overlong form, a
 * surrogate, past U+10FFFF, or cut short. */
static size_t utf8_seq(const unsigned char *s, size_t avail, uint32_t *cp)
{
	unsigned c = s[0];
	size_t len;
	uint32_t v;
	if (c >= 0xC2 && c <= 0xDF)
		len = 2, v = c & 0x1F;
	else if (c >= 0xE0 && c <= 0xEF)
		len = 3, v = c & 0x0F;
	else if (c >= 0xF0 && c <= 0xF4)
		len = 4, v = c & 0x07;
	else
		return 0;
	if (len > avail)
		return 0;
	for (size_t k = 1; k < len; k++) {
		if ((s[k] & 0xC0) != 0x80)
			return 0;
		v = v << 6 | (s[k] & 0x3Fu);
	}
	if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) || (len == 3 && v < 0x800) ||
	    (len == 4 && v < 0x10000))
		return 0;
	*cp = v;
	return len;
}

/* True when s[0..n) is UTF-8 as jansson accepts it: no stray
 * continuation byte, no overlong form, no surrogate, nothing past
 * U+10FFFF, no sequence cut short. */
static bool valid_utf8(const unsigned char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		/* runs of ASCII eight bytes at a time */
		while (n - i >= 8) {
			uint64_t x;
			memcpy(&x, s + i, 8);
			if (x & 0x8080808080808080u)
				break;
			i += 8;
		}
		if (i >= n)
			break;
		unsigned c = s[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		uint32_t cp;
		size_t len = utf8_seq(s + i, n - i, &cp);
		if (!len)
			return false;
		i += len;
	}
	return true;
}

static void put_u(struct jsonw *w, unsigned cp)
{
	static const char hex[] = "0123456789ABCDEF";
	char e[6] = { '\\', 'u', hex[cp >> 12 & 15], hex[cp >> 8 & 15], hex[cp >> 4 & 15],
		      hex[cp & 15] };
	put(w, e, sizeof e);
}

/* The code point a terminal may act on that starts at s[i] (a C1
 * control, or a bidirectional override or isolate), or 0.  s is valid
 * UTF-8, so the bytes a lead byte announces are there. */
static unsigned unsafe_at(const unsigned char *s, size_t i)
{
	if (s[i] == 0xC2 && s[i + 1] < 0xA0)
		return s[i + 1];                          /* U+0080..U+009F */
	if (s[i] == 0xE2 && s[i + 1] == 0x80 && s[i + 2] >= 0xAA && s[i + 2] <= 0xAE)
		return 0x2000u + s[i + 2] - 0x80;         /* U+202A..U+202E */
	if (s[i] == 0xE2 && s[i + 1] == 0x81 && s[i + 2] >= 0xA6 && s[i + 2] <= 0xA9)
		return 0x2040u + s[i + 2] - 0x80;         /* U+2066..U+2069 */
	return 0;
}

/* Might one of the eight bytes of x need a look: a control, '"', '\\',
 * DEL or a byte past ASCII?  Never false when one does. */
static inline bool needs_look(uint64_t x)
{
	const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
	uint64_t quote = x ^ ones * '"', slash = x ^ ones * '\\', del = x ^ ones * 0x7F;
	return ((x - ones * 0x20) & ~x & high) |          /* below 0x20 */
	       ((quote - ones) & ~quote & high) | ((slash - ones) & ~slash & high) |
	       ((del - ones) & ~del & high) | (x & high);
}

/* The string s[0..n), valid UTF-8, quoted and escaped: runs that need
 * nothing are copied whole, and looked over eight bytes at a time. */
static void put_string(struct jsonw *w, const unsigned char *s, size_t n, bool flat)
{
	putc1(w, '"');
	size_t run = 0, i = 0;
	while (i < n) {
		while (n - i >= 8) {
			uint64_t x;
			memcpy(&x, s + i, 8);
			if (needs_look(x))
				break;
			i += 8;
		}
		if (i >= n)
			break;
		unsigned c = s[i];
		if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
			i++;
			continue;
		}
		unsigned cp = c;
		size_t len = 1;
		if (c >= 0x80) {
			cp = unsafe_at(s, i);
			if (!cp) {
				i++;
				continue;
			}
			len = cp < 0x100 ? 2 : 3;
		}
		put(w, (const char *)s + run, i - run);
		i += len;
		run = i;
		switch (cp) {
		case '"': put(w, "\\\"", 2); break;
		case '\\': put(w, "\\\\", 2); break;
		case '\b': put(w, "\\b", 2); break;
		case '\f': put(w, "\\f", 2); break;
		case '\n': flat ? putc1(w, ' ') : put(w, "\\n", 2); break;
		case '\r': put(w, "\\r", 2); break;
		case '\t': put(w, "\\t", 2); break;
		default: put_u(w, cp); break;
		}
	}
	put(w, (const char *)s + run, n - run);
	putc1(w, '"');
}

/* The escape of c < 0x80 that needs one ('"', '\\', a control, DEL)
 * into p; the end. */
static char *escape_ascii(char *p, unsigned c, bool flat)
{
	static const char hex[] = "0123456789ABCDEF";
	switch (c) {
	case '"': *p++ = '\\'; *p++ = '"'; return p;
	case '\\': *p++ = '\\'; *p++ = '\\'; return p;
	case '\b': *p++ = '\\'; *p++ = 'b'; return p;
	case '\f': *p++ = '\\'; *p++ = 'f'; return p;
	case '\n':
		if (flat) {
			*p++ = ' ';
			return p;
		}
		*p++ = '\\';
		*p++ = 'n';
		return p;
	case '\r': *p++ = '\\'; *p++ = 'r'; return p;
	case '\t': *p++ = '\\'; *p++ = 't'; return p;
	default:
		memcpy(p, "\\u00", 4);
		p[4] = hex[c >> 4 & 15];
		p[5] = hex[c & 15];
		return p + 6;
	}
}

/* put_string's bytes for s[0..n) into p, which has room for 6 * n + 2
 * (the most an escape takes is six bytes for one), checking the UTF-8
 * as it goes (valid_utf8); the end, or NULL when s is not valid UTF-8. */
static char *escape_into(char *p, const unsigned char *s, size_t n, bool flat)
{
	*p++ = '"';
	size_t i = 0;
	while (i < n) {
		while (n - i >= 8) {
			uint64_t x;
			memcpy(&x, s + i, 8);
			if (needs_look(x))
				break;
			memcpy(p, &x, 8);
			p += 8;
			i += 8;
		}
		if (i >= n)
			break;
		unsigned c = s[i];
		if (c < 0x80) {
			if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\')
				*p++ = (char)c;
			else
				p = escape_ascii(p, c, flat);
			i++;
			continue;
		}
		uint32_t cp;
		size_t len = utf8_seq(s + i, n - i, &cp);
		if (!len)
			return NULL;
		if ((cp >= 0x80 && cp < 0xA0) || (cp >= 0x202A && cp <= 0x202E) ||
		    (cp >= 0x2066 && cp <= 0x2069)) {
			static const char hex[] = "0123456789ABCDEF";
			char e[6] = { '\\', 'u', hex[cp >> 12 & 15], hex[cp >> 8 & 15], hex[cp >> 4 & 15],
				      hex[cp & 15] };
			memcpy(p, e, 6);
			p += 6;
		} else {
			memcpy(p, s + i, len);
			p += len;
		}
		i += len;
	}
	*p++ = '"';
	return p;
}

/* The longest string escape_into writes straight into the chunk. */
#define FAST_STRING ((CHUNK - 128) / 6)

/* s[0..n), not valid UTF-8, with each invalid byte as U+FFFD, after
 * its separator. */
static void put_repaired(struct jsonw *w, const char *s, size_t n, bool flat)
{
	/* at most 3 bytes for each byte */
	char *fixed = n <= SIZE_MAX / 3 ? malloc(3 * n + 1) : NULL;
	if (!fixed) {
		if (!w->err)
			w->err = ND_E_NOMEM;
		return;
	}
	size_t o = 0;
	for (size_t i = 0; i < n;)
		o += text_encode(text_next(s, n, &i), fixed + o);
	put_string(w, (const unsigned char *)fixed, o, flat);
	free(fixed);
}

void jsonw_string(struct jsonw *w, const char *s, size_t n, bool flat)
{
	char *p = n <= FAST_STRING ? room(w, 6 * n + 2) : NULL;
	if (p) {
		p = separate(w, p);
		commit(w, p);  /* the separator stays whatever the string */
		char *end = escape_into(p, (const unsigned char *)s, n, flat);
		if (end)
			commit(w, end);
		else
			put_repaired(w, s, n, flat);
		return;
	}
	before_value(w);
	if (valid_utf8((const unsigned char *)s, n))
		put_string(w, (const unsigned char *)s, n, flat);
	else
		put_repaired(w, s, n, flat);
}

void jsonw_str(struct jsonw *w, const char *s)
{
	s = s ? s : "";
	jsonw_string(w, s, strlen(s), false);
}

void jsonw_key_ascii(struct jsonw *w, const char *key, size_t n)
{
	w->keyed = false;
	char *p = n <= FAST_STRING ? room(w, n + 4) : NULL;
	if (!p) {
		jsonw_key(w, key);
		return;
	}
	p = separate(w, p);
	*p++ = '"';
	memcpy(p, key, n);
	p += n;
	*p++ = '"';
	*p++ = ':';
	if (!w->compact)
		*p++ = ' ';
	commit(w, p);
	w->keyed = true;
}

void jsonw_key(struct jsonw *w, const char *key)
{
	w->keyed = false;
	/* a key of plain ASCII needs no escape */
	size_t n = 0;
	for (unsigned char c; (c = (unsigned char)key[n]) != 0; n++)
		if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\')
			break;
	char *p = !key[n] && n <= FAST_STRING ? room(w, n + 4) : NULL;
	if (p) {
		p = separate(w, p);
		*p++ = '"';
		memcpy(p, key, n);
		p += n;
		*p++ = '"';
		*p++ = ':';
		if (!w->compact)
			*p++ = ' ';
		commit(w, p);
		w->keyed = true;
		return;
	}
	jsonw_str(w, key);
	if (w->compact)
		putc1(w, ':');
	else
		put(w, ": ", 2);
	w->keyed = true;
}

/* The decimal digits of v, written to the end of d; where they start. */
static size_t render_int(char d[static 24], long long v)
{
	/* two digits at a time, from the end */
	static const char pairs[] = "00010203040506070809101112131415161718192021222324"
				    "25262728293031323334353637383940414243444546474849"
				    "50515253545556575859606162636465666768697071727374"
				    "75767778798081828384858687888990919293949596979899";
	size_t i = 24;
	unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
	while (u >= 100) {
		unsigned r = (unsigned)(u % 100);
		u /= 100;
		i -= 2;
		memcpy(d + i, pairs + 2 * r, 2);
	}
	if (u >= 10) {
		i -= 2;
		memcpy(d + i, pairs + 2 * u, 2);
	} else {
		d[--i] = (char)('0' + u);
	}
	if (v < 0)
		d[--i] = '-';
	return i;
}

void jsonw_int(struct jsonw *w, long long v)
{
	char d[24];
	size_t i = render_int(d, v);
	char *p = room(w, sizeof d);
	if (p) {
		p = separate(w, p);
		memcpy(p, d + i, sizeof d - i);
		commit(w, p + sizeof d - i);
		return;
	}
	before_value(w);
	put(w, d + i, sizeof d - i);
}

/* Render jsonw_int_run's table for the ids below n at the level open
 * now; false when memory ran out (the old table is gone then). */
/* What goes between a value and the next where w is: 0 when compact, 1
 * in a list (a space), else 2 + the level (a new line and its indent). */
static size_t layout(const struct jsonw *w)
{
	return w->compact ? 0 : in_list(w) ? 1 : 2 + w->depth;
}

static bool render_ids(struct jsonw *w, size_t n)
{
	size_t lay = layout(w);
	bool list = lay == 1;
	/* what follows the ",": the new line and indent, or a space in a list */
	size_t pad = lay == 0 ? 0 : list ? 1 : 1 + 2 * w->depth;
	if (n > SIZE_MAX / (pad + 22) - 1)
		return false;
	free(w->ids);
	free(w->at);
	w->nids = 0;
	w->ids = malloc(n * (1 + pad + 20));
	w->at = malloc((n + 1) * sizeof *w->at);
	if (!w->ids || !w->at) {
		free(w->ids);
		free(w->at);
		w->ids = NULL;
		w->at = NULL;
		return false;
	}
	size_t o = 0;
	for (size_t k = 0; k < n; k++) {
		w->at[k] = o;
		w->ids[o++] = ',';
		if (pad) {
			w->ids[o] = list ? ' ' : '\n';
			memset(w->ids + o + 1, ' ', pad - 1);
			o += pad;
		}
		char d[24];
		size_t i = render_int(d, (long long)k);
		memcpy(w->ids + o, d + i, sizeof d - i);
		o += sizeof d - i;
	}
	w->at[n] = o;
	w->nids = n;
	w->ids_layout = lay;
	return true;
}

void jsonw_int_run(struct jsonw *w, size_t from, size_t to)
{
	if (from >= to)
		return;
	/* the first as any value (after a key, or first in its container) */
	jsonw_int(w, (long long)from);
	from++;
	if (from == to)
		return;
	bool laid = w->ids && w->ids_layout == layout(w);
	/* a table grown for more ids doubles; one laid out again keeps its
	 * size, however often the layout changes */
	size_t want = to <= w->nids ? w->nids : to > 2 * w->nids ? to : 2 * w->nids;
	if (w->depth == 0 || to > (size_t)LLONG_MAX ||
	    ((!laid || to > w->nids) && !render_ids(w, want))) {
		for (; from < to; from++)
			jsonw_int(w, (long long)from);
		return;
	}
	/* the rest each follow a value: one slice of the table */
	put(w, w->ids + w->at[from], w->at[to] - w->at[from]);
}
