/*
 * strings.c - small string helpers of the page reader: ASCII case, counting
 * characters and commas, collapsing white space, clean one-line fields.
 */
#include "load/html/internal.h"

#include <stdlib.h>
#include <string.h>

#include "base/text.h"

bool html_starts_ci(const char *s, const char *prefix)
{
	for (; *prefix; s++, prefix++)
		if (lower(*s) != *prefix)
			return false;
	return true;
}

bool html_eq_ci(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
		if (lower(*a) != lower(*b))
			return false;
	return *a == *b;
}

const char *html_find_ci(const char *hay, size_t n, const char *needle)
{
	size_t k = strlen(needle);
	bool caseless = !(needle[0] >= 'a' && needle[0] <= 'z');
	for (size_t i = 0; i + k <= n; i++) {
		/* a first character without case is found by memchr */
		if (caseless) {
			const char *p = memchr(hay + i, needle[0], n - k + 1 - i);
			if (!p)
				return NULL;
			i = (size_t)(p - hay);
		} else if (lower(hay[i]) != needle[0]) {
			continue;
		}
		size_t j = 1;
		while (j < k && lower(hay[i + j]) == needle[j])
			j++;
		if (j == k)
			return hay + i;
	}
	return NULL;
}

uint32_t html_count_chars(const char *s, size_t n)
{
	uint32_t c = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char b = (unsigned char)s[i];
		if ((b & 0xC0) != 0x80 && b != ' ')
			c++;
	}
	return c;
}

uint32_t html_count_commas(const char *s, size_t n)
{
	uint32_t c = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == ',')
			c++;
		/* U+FF0C fullwidth comma, U+3001 ideographic comma */
		else if (i + 2 < n && (unsigned char)s[i] == 0xEF && (unsigned char)s[i + 1] == 0xBC &&
			 (unsigned char)s[i + 2] == 0x8C)
			c++;
		else if (i + 2 < n && (unsigned char)s[i] == 0xE3 && (unsigned char)s[i + 1] == 0x80 &&
			 (unsigned char)s[i + 2] == 0x81)
			c++;
		/* U+060C Arabic comma */
		else if (i + 1 < n && (unsigned char)s[i] == 0xD8 && (unsigned char)s[i + 1] == 0x8C)
			c++;
	}
	return c;
}

/*
 * Runs of ASCII space and no-break space become one space, zero-width
 * spaces go, and no space is added after a space (or line break) already
 * at the end of b.
 */
enum nd_err html_add_collapsed(struct buf *b, const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		size_t k = 0;
		if (is_space(c))
			k = 1;
		else if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0)
			k = 2;
		if (k) {
			while (i < n) {
				c = (unsigned char)s[i];
				if (is_space(c))
					i++;
				else if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0)
					i += 2;
				else
					break;
			}
			if (b->len && b->data[b->len - 1] != ' ' && b->data[b->len - 1] != '\n') {
				enum nd_err e = buf_addc(b, ' ');
				if (e)
					return e;
			}
			continue;
		}
		/* U+200B zero width space, U+FEFF */
		if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
		    (unsigned char)s[i + 2] == 0x8B) {
			i += 3;
			continue;
		}
		if (c == 0xEF && i + 2 < n && (unsigned char)s[i + 1] == 0xBB &&
		    (unsigned char)s[i + 2] == 0xBF) {
			i += 3;
			continue;
		}
		size_t j = i + 1;
		while (j < n && !is_space((unsigned char)s[j]) && (unsigned char)s[j] != 0xC2 &&
		       (unsigned char)s[j] != 0xE2 && (unsigned char)s[j] != 0xEF)
			j++;
		enum nd_err e = buf_add(b, s + i, j - i);
		if (e)
			return e;
		i = j;
	}
	return ND_E_OK;
}

/* Sanitised, white space collapsed, trimmed, cut at a character. */
char *html_clean_field(const char *s, size_t n)
{
	struct buf a, b;
	buf_init(&a, MAX_BODY_BYTES);
	buf_init(&b, MAX_BODY_BYTES);
	char *r = NULL;
	if (text_sanitize(s ? s : "", s ? n : 0, &a, NULL) != ND_E_OK)
		goto done;
	if (html_add_collapsed(&b, a.data ? a.data : "", a.len) != ND_E_OK)
		goto done;
	size_t len = b.len;
	const char *t = text_trim(b.data ? b.data : "", &len);
	if (len > MAX_FIELD_BYTES) {
		len = MAX_FIELD_BYTES;
		while (len && ((unsigned char)t[len] & 0xC0) == 0x80)
			len--;
	}
	r = malloc(len + 1);
	if (r) {
		memcpy(r, t, len);
		r[len] = '\0';
	}
done:
	buf_release(&a);
	buf_release(&b);
	return r;
}

char *html_dup_str(const char *s)
{
	return html_clean_field(s, s ? strlen(s) : 0);
}

/* FNV-1a, never 0 (0 means "no class"). */
uint32_t html_hash_str(const char *s)
{
	uint32_t h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h ? h : 1;
}
