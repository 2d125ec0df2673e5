/*
 * body.c - the article body: Readability's attempts on the page, the
 * itemprop=articleBody elements and the JSON-LD articleBody, and the
 * choice between them.
 */
#include "load/html/internal.h"

/* The paragraphs of the chosen roots (total characters among them), with
 * what the mode cleans away left out and the paragraph filters applied. */
static enum nd_err emit_roots(struct ctx *c, const uint32_t *roots, size_t n, unsigned mode,
			      uint32_t total, struct plist *pl)
{
	html_clean_selection(c, roots, n, mode, total);
	enum nd_err e = html_emit(c, roots, n, pl);
	if (!e)
		html_filter_paragraphs(pl);
	return e;
}

/* One attempt at the DOM body in a mode. */
static enum nd_err dom_attempt(struct ctx *c, unsigned mode, struct plist *pl)
{
	html_prepare(c, mode);
	uint32_t t = html_pick_top(c, mode);
	if (t == NO_NODE)
		t = c->body_node != NO_NODE ? c->body_node : 0;
	if (c->n == 0)
		return ND_E_OK;
	uint32_t roots[4096];
	size_t nroots = html_pick_siblings(c, t, roots, sizeof roots / sizeof roots[0]);
	uint32_t total = 0;
	for (size_t i = 0; i < nroots; i++)
		total += c->agg[roots[i]].chars;
	return emit_roots(c, roots, nroots, mode, total, pl);
}

/* Readability's attempts, with fewer rules each time, until one gives a
 * good result; the best is kept in *best. */
static enum nd_err dom_body(struct ctx *c, struct plist *best)
{
	static const unsigned modes[] = {
		MODE_STRIP_UNLIKELY | MODE_WEIGHT_CLASSES | MODE_CLEAN,
		MODE_WEIGHT_CLASSES | MODE_CLEAN,
		MODE_CLEAN,
		0,
	};
	size_t best_chars = 0;
	bool have = false;
	for (size_t m = 0; m < sizeof modes / sizeof modes[0]; m++) {
		struct plist pl;
		html_plist_init(&pl);
		enum nd_err e = dom_attempt(c, modes[m], &pl);
		if (e) {
			html_plist_release(&pl);
			return e;
		}
		size_t k = html_plist_chars(&pl);
		if (!have || k > best_chars) {
			html_plist_release(best);
			*best = pl;
			best_chars = k;
			have = true;
		} else {
			html_plist_release(&pl);
		}
		if (best_chars >= GOOD_RESULT_CHARS)
			break;
	}
	return ND_E_OK;
}

/* The paragraphs of the itemprop=articleBody elements. */
static enum nd_err itemprop_body(struct ctx *c, struct plist *pl)
{
	if (!c->nitemprop)
		return ND_E_OK;
	unsigned mode = MODE_WEIGHT_CLASSES | MODE_CLEAN;
	html_prepare(c, mode);
	uint32_t roots[64];
	size_t k = 0;
	uint32_t total = 0;
	for (size_t i = 0; i < c->nitemprop; i++) {
		uint32_t r = c->itemprop_body[i];
		if (k && is_ancestor(c, roots[k - 1], r))
			continue;
		if (c->removed[r])
			continue;
		roots[k++] = r;
		total += c->agg[r].chars;
	}
	return emit_roots(c, roots, k, mode, total, pl);
}

/* Structured data wins when it is the whole article and not a teaser:
 * k characters against the DOM body's dom_chars. */
static bool whole_article(size_t k, size_t dom_chars)
{
	return (k >= 200 || k > dom_chars) && (double)k >= 0.8 * (double)dom_chars;
}

/* The JSON-LD body in *ldp; *wins when it is to replace the DOM's. */
static enum nd_err ld_candidate(struct ctx *c, struct plist *ldp, struct plist *dom,
				size_t dom_chars, bool *wins)
{
	*wins = false;
	enum nd_err e = html_ld_paragraphs(c->ld.body, ldp);
	if (e)
		return e;
	html_drop_title(ldp, c);
	if (!whole_article(html_plist_chars(ldp), dom_chars))
		return ND_E_OK;
	if ((e = html_split_like(ldp, dom)))
		return e;
	*wins = true;
	return ND_E_OK;
}

/* The itemprop body in *ipp; *wins when it is to replace the DOM's. */
static enum nd_err itemprop_candidate(struct ctx *c, struct plist *ipp, size_t dom_chars,
				      bool *wins)
{
	enum nd_err e = itemprop_body(c, ipp);
	if (e)
		return e;
	html_drop_title(ipp, c);
	*wins = whole_article(html_plist_chars(ipp), dom_chars);
	return ND_E_OK;
}

/* The body found: out->body, body_len, short_body and method. */
enum nd_err html_choose_body(struct ctx *c, struct html_doc *out)
{
	struct plist dom, ldp, ipp;
	html_plist_init(&dom);
	html_plist_init(&ldp);
	html_plist_init(&ipp);
	const struct plist *chosen = &dom;
	bool wins = false;
	enum nd_err e = c->n ? dom_body(c, &dom) : ND_E_OK;
	if (e)
		goto done;
	html_drop_title(&dom, c);
	size_t dom_chars = html_plist_chars(&dom);
	out->method = "dom";
	if (c->ld.body) {
		if ((e = ld_candidate(c, &ldp, &dom, dom_chars, &wins)))
			goto done;
		if (wins) {
			chosen = &ldp;
			out->method = "json-ld";
		}
	}
	if (chosen == &dom && c->nitemprop) {
		if ((e = itemprop_candidate(c, &ipp, dom_chars, &wins)))
			goto done;
		if (wins) {
			chosen = &ipp;
			out->method = "itemprop";
		}
	}
	if (!(e = html_join_body(chosen, out)))
		out->short_body = html_count_chars(out->body, out->body_len) < SHORT_BODY_CHARS;
done:
	html_plist_release(&dom);
	html_plist_release(&ldp);
	html_plist_release(&ipp);
	return e;
}
