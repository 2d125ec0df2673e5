/*
 * ld_body.c - a JSON-LD articleBody as paragraphs: plain text with a
 * paragraph a line, or a fragment of HTML (perhaps escaped) read with the
 * same flattening as the page; and a body given as one string cut where
 * the DOM's paragraphs start.
 */
#include "load/html/internal.h"

#include <string.h>

/* The text of the blocks of the HTML fragment body[0..n). */
static enum nd_err markup_paragraphs(const char *body, size_t n, struct plist *pl)
{
	enum nd_err e = ND_E_OK;
	struct ctx fc;
	/* (no JSON-LD is kept from a fragment) */
	html_ctx_init(&fc, MAX_BODY_BYTES, 0);
	if (!(e = html_flatten(&fc, body, n > MAX_PAGE_BYTES ? MAX_PAGE_BYTES : n, "UTF-8")) &&
	    fc.n && !(e = html_ctx_alloc(&fc))) {
		html_prepare(&fc, 0);
		uint32_t r = 0;
		e = html_emit(&fc, &r, 1, pl);
	}
	html_ctx_release(&fc);
	return e;
}

/* Plain text: each line a paragraph. */
static enum nd_err line_paragraphs(const char *body, size_t n, struct plist *pl)
{
	enum nd_err e = ND_E_OK;
	for (size_t i = 0; i < n;) {
		const char *nl = memchr(body + i, '\n', n - i);
		size_t end = nl ? (size_t)(nl - body) : n;
		size_t start = pl->text.len;
		if ((e = html_add_collapsed(&pl->text, body + i, end - i)))
			break;
		if ((e = html_plist_push(pl, start, 0, T_P, false)))
			break;
		i = end + 1;
	}
	return e;
}

enum nd_err html_ld_paragraphs(const char *raw, struct plist *pl)
{
	/* entities decoded: some pages give escaped HTML */
	struct buf dec;
	buf_init(&dec, MAX_BODY_BYTES);
	enum nd_err e = html_decode_entities(raw, strlen(raw), &dec);
	if (e) {
		buf_release(&dec);
		return e;
	}
	const char *body = dec.data ? dec.data : "";
	size_t n = dec.len;
	bool markup = (strstr(body, "</p>") || strstr(body, "<p>") || strstr(body, "<br") ||
		       strstr(body, "</div>"));
	e = markup ? markup_paragraphs(body, n, pl) : line_paragraphs(body, n, pl);
	if (!e)
		html_filter_paragraphs(pl);
	buf_release(&dec);
	return e;
}

/* Where the start of DOM paragraph o is found in s[from..n): its offset,
 * or n when it is not.  *k is the length of the start looked for. */
static size_t find_start(const struct plist *dom, const struct opara *o, const char *s, size_t n,
			 size_t from, size_t *k)
{
	*k = o->len < 40 ? o->len : 40;
	const char *needle = dom->text.data + o->off;
	for (size_t j = from; j + *k <= n; j++)
		if (s[j] == needle[0] && !memcmp(s + j, needle, *k))
			return j;
	return n;
}

/*
 * A JSON-LD body is often one string without paragraph breaks.  Where the
 * DOM paragraphs can be found in it, in order, break it there, so the
 * article keeps its paragraphs.
 */
enum nd_err html_split_like(struct plist *ld, const struct plist *dom)
{
	if (ld->n != 1 || dom->n < 2)
		return ND_E_OK;
	const char *s = ld->text.data + ld->v[0].off;
	size_t n = ld->v[0].len;
	struct plist out;
	html_plist_init(&out);
	enum nd_err e = ND_E_OK;
	size_t prev = 0, from = 0;
	for (size_t i = 0; i <= dom->n && !e; i++) {
		size_t cut = n;
		if (i < dom->n) {
			const struct opara *o = &dom->v[i];
			if (o->drop || o->len < 20)
				continue;
			size_t k;
			cut = find_start(dom, o, s, n, from, &k);
			if (cut == n)
				continue;
			from = cut + k;
			if (cut == 0 || s[cut - 1] != ' ')
				continue;
		}
		size_t start = out.text.len;
		if (!(e = buf_add(&out.text, s + prev, cut - prev)))
			e = html_plist_push(&out, start, 0, T_P, false);
		prev = cut;
	}
	if (e) {
		html_plist_release(&out);
		return e;
	}
	html_plist_release(ld);
	*ld = out;
	return ND_E_OK;
}
