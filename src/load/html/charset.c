/*
 * charset.c - the page's character set and its decoding to clean UTF-8.
 *
 * The charset comes from a byte-order mark, the HTTP header, <meta>, else
 * UTF-8 when the bytes are valid UTF-8 and windows-1252 otherwise;
 * ISO-8859-1 and US-ASCII labels are read as windows-1252, as browsers
 * do.  Other charsets are left to libxml2 when it knows them.
 */
#include "load/html/internal.h"

#include <string.h>

#include "base/text.h"

enum charset { CS_UNKNOWN, CS_UTF8, CS_1252, CS_OTHER };

/* windows-1252's 0x80..0x9F; 0 where it has no character. */
static const uint16_t cp1252_high[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/* The charset a label names; *name gets a copy for CS_OTHER. */
static enum charset charset_of(const char *label, size_t n, char name[64])
{
	size_t k = 0;
	while (n && (is_space((unsigned char)*label) || *label == '"' || *label == '\'')) {
		label++;
		n--;
	}
	for (; k < n && k < 63; k++) {
		char ch = lower(label[k]);
		if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_' ||
		      ch == '.' || ch == ':'))
			break;
		name[k] = ch;
	}
	name[k] = '\0';
	if (k == 0)
		return CS_UNKNOWN;
	if (!strcmp(name, "utf-8") || !strcmp(name, "utf8") || !strcmp(name, "unicode-1-1-utf-8"))
		return CS_UTF8;
	/* What browsers do: these labels all mean windows-1252. */
	static const char *const w1252[] = {
		"iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "windows-1252",
		"cp1252", "x-cp1252", "us-ascii", "ascii", "ansi_x3.4-1968", "cp819",
		"ibm819", "iso-ir-100", "csisolatin1", "iso88591",
	};
	for (size_t i = 0; i < sizeof w1252 / sizeof w1252[0]; i++)
		if (!strcmp(name, w1252[i]))
			return CS_1252;
	return CS_OTHER;
}

/* Look for a charset in <meta charset=...> or <meta http-equiv content=...>
 * near the start of the page. */
static enum charset prescan_meta(const char *s, size_t n, char name[64])
{
	if (n > PRESCAN_BYTES)
		n = PRESCAN_BYTES;
	const char *p = s, *end = s + n;
	while ((p = html_find_ci(p, (size_t)(end - p), "<meta")) != NULL) {
		const char *gt = memchr(p, '>', (size_t)(end - p));
		const char *tag_end = gt ? gt : end;
		const char *cs = html_find_ci(p, (size_t)(tag_end - p), "charset");
		if (cs) {
			const char *v = cs + 7;
			while (v < tag_end && is_space((unsigned char)*v))
				v++;
			if (v < tag_end && *v == '=') {
				v++;
				while (v < tag_end && (is_space((unsigned char)*v) || *v == '"' || *v == '\''))
					v++;
				enum charset r = charset_of(v, (size_t)(tag_end - v), name);
				if (r != CS_UNKNOWN)
					return r;
			}
		}
		p += 5;
	}
	return CS_UNKNOWN;
}

static bool valid_utf8(const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		size_t k = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
		if (k == 0 || c > 0xF4 || i + k > n)
			return false;
		for (size_t j = 1; j < k; j++)
			if (((unsigned char)s[i + j] & 0xC0) != 0x80)
				return false;
		i += k;
	}
	return true;
}

/* Length of the valid UTF-8 sequence at s[i], or 0. */
static size_t utf8_seq(const unsigned char *s, size_t n, size_t i)
{
	unsigned char c = s[i];
	size_t k;
	uint32_t cp;
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF) {
		k = 2;
		cp = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		k = 3;
		cp = c & 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		k = 4;
		cp = c & 0x07;
	} else {
		return 0;
	}
	if (i + k > n)
		return 0;
	for (size_t j = 1; j < k; j++) {
		if ((s[i + j] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i + j] & 0x3F);
	}
	if ((k == 3 && cp < 0x800) || (k == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
	    (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return k;
}

/* Length of the run at the start of s[0..n) that is clean UTF-8: valid
 * sequences, no NUL byte. */
static size_t clean_utf8(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	while (i < n) {
		i += text_ascii_span(s + i, n - i, 0x01);
		if (i >= n)
			break;
		size_t k = u[i] ? utf8_seq(u, n, i) : 0;
		if (k == 0)
			break;
		i += k;
	}
	return i;
}

/* Decode the page to clean UTF-8 for the parser: invalid bytes become
 * U+FFFD and NUL bytes are dropped, so libxml2 never has to guess. */
static enum nd_err to_utf8(const char *in, size_t n, enum charset cs, struct buf *out)
{
	const unsigned char *s = (const unsigned char *)in;
	static const char repl[] = "\xef\xbf\xbd";
	enum nd_err e = ND_E_OK;
	for (size_t i = 0; i < n && !e;) {
		if (cs == CS_1252) {
			unsigned char c = s[i++];
			uint32_t cp = c >= 0x80 && c < 0xA0 ? cp1252_high[c - 0x80] : c;
			if (c == 0)
				continue;
			if (cp == 0)
				cp = 0xFFFD;
			char tmp[4];
			e = buf_add(out, tmp, text_encode((int32_t)cp, tmp));
			continue;
		}
		size_t j = i + clean_utf8(in + i, n - i);
		if (j > i) {
			e = buf_add(out, in + i, j - i);
			i = j;
			continue;
		}
		if (s[i] == 0) {
			i++;
			continue;
		}
		e = buf_add(out, repl, 3);
		i++;
	}
	return e;
}

/* The character set: byte-order mark, then the HTTP header, then <meta>,
 * then a guess from the bytes.  *skip is the length of the mark. */
static enum charset find_charset(const char *bytes, size_t n, const char *charset, char name[64],
				 size_t *skip)
{
	enum charset cs = CS_UNKNOWN;
	const unsigned char *ub = (const unsigned char *)bytes;
	*skip = 0;
	if (n >= 3 && ub[0] == 0xEF && ub[1] == 0xBB && ub[2] == 0xBF) {
		cs = CS_UTF8;
		*skip = 3;
	} else if (n >= 2 && ((ub[0] == 0xFF && ub[1] == 0xFE) || (ub[0] == 0xFE && ub[1] == 0xFF))) {
		cs = CS_OTHER;
		strcpy(name, ub[0] == 0xFF ? "UTF-16LE" : "UTF-16BE");
		*skip = 2;
	}
	if (cs == CS_UNKNOWN && charset && *charset) {
		const char *v = charset;
		const char *eq = html_find_ci(charset, strlen(charset), "charset=");
		if (eq)
			v = eq + 8;
		cs = charset_of(v, strlen(v), name);
	}
	if (cs == CS_UNKNOWN)
		cs = prescan_meta(bytes, n, name);
	if (cs == CS_OTHER) {
		xmlCharEncodingHandlerPtr h = html_xml.find_handler(name);
		if (!h)
			cs = CS_UNKNOWN;
		else
			html_xml.close_handler(h);
	}
	if (cs == CS_UNKNOWN)
		cs = valid_utf8(bytes, n) ? CS_UTF8 : CS_1252;
	return cs;
}

enum nd_err html_decode_page(const char *bytes, size_t n, const char *charset, struct buf *page,
			     char name[64], const char **src, size_t *len, const char **enc)
{
	size_t skip;
	name[0] = '\0';
	enum charset cs = find_charset(bytes, n, charset, name, &skip);
	if (cs == CS_OTHER) {
		*src = bytes + skip;
		*len = n - skip;
		*enc = name;
	} else if (cs == CS_UTF8 && clean_utf8(bytes + skip, n - skip) == n - skip) {
		/* already clean: read in place */
		*src = bytes + skip;
		*len = n - skip;
		*enc = "UTF-8";
	} else {
		enum nd_err e = to_utf8(bytes + skip, n - skip, cs, page);
		if (e)
			return e;
		*src = page->data ? page->data : "";
		*len = page->len;
		*enc = "UTF-8";
	}
	if (*len > (size_t)INT32_MAX)
		return ND_E_TOO_LARGE;
	return ND_E_OK;
}
