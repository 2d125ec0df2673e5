/*
 * select.c - the selection around the top candidate: the siblings that
 * go with it, and Readability's conditional cleaning inside it, plus the
 * boilerplate boxes and nested articles it leaves out.
 */
#include "load/html/internal.h"

/* Text of the paragraph-like node i ends a sentence: ". " or "." at its end. */
static bool ends_with_period(const struct ctx *c, uint32_t i)
{
	for (uint32_t j = i + 1; j < c->nodes[i].end; j++) {
		const struct node *nd = &c->nodes[j];
		if (nd->tag != T_TEXT || c->removed[j])
			continue;
		const char *t = c->text.data + nd->text_off;
		for (uint32_t k = 0; k < nd->text_len; k++)
			if (t[k] == '.' && (k + 1 == nd->text_len || t[k + 1] == ' '))
				return true;
	}
	return false;
}

/* A paragraph, or wrappers around one paragraph only. */
static bool is_paragraph_like(const struct ctx *c, uint32_t i)
{
	for (int depth = 0; depth < 8; depth++) {
		const struct node *nd = &c->nodes[i];
		if (nd->tag == T_P || (nd->tag == T_DIV && !(nd->flags & F_HASBLOCK)))
			return true;
		if (nd->tag != T_DIV && nd->tag != T_SECTION)
			return false;
		/* the one element child that holds text */
		uint32_t only = NO_NODE, k = 0;
		for (uint32_t j = i + 1; j < nd->end; j = c->nodes[j].end) {
			if (c->removed[j] || !c->agg[j].chars)
				continue;
			if (c->nodes[j].tag == T_TEXT)
				return false;
			only = j;
			k++;
		}
		if (k != 1)
			return false;
		i = only;
	}
	return false;
}

/* Sibling j goes with the top candidate t (score ts). */
static bool good_sibling(const struct ctx *c, uint32_t j, uint32_t t, float ts, float threshold)
{
	float bonus = 0;
	if (c->nodes[j].cls_hash && c->nodes[j].cls_hash == c->nodes[t].cls_hash)
		bonus = ts * 0.2f;
	if (c->agg[j].best + bonus >= threshold)
		return true;
	if (!is_paragraph_like(c, j))
		return false;
	float ld = link_density(c, j);
	uint32_t len = c->agg[j].chars;
	if (len > 80 && ld < 0.25f)
		return true;
	return len < 80 && len > 0 && ld == 0 && ends_with_period(c, j);
}

size_t html_pick_siblings(struct ctx *c, uint32_t t, uint32_t *roots, size_t max)
{
	uint32_t p = c->nodes[t].parent;
	if (p == NO_NODE || c->nodes[t].tag == T_BODY || c->nodes[t].tag == T_HTML) {
		roots[0] = t;
		return 1;
	}
	float ts = c->agg[t].score;
	float threshold = ts * 0.2f > 10 ? ts * 0.2f : 10;
	size_t k = 0;
	for (uint32_t j = p + 1; j < c->nodes[p].end && k < max; j = c->nodes[j].end) {
		if (c->removed[j] || c->nodes[j].tag == T_TEXT)
			continue;
		if (j == t || good_sibling(c, j, t, ts, threshold))
			roots[k++] = j;
	}
	return k;
}

/* Readability's _cleanConditionally: box i (not a data table, not in
 * one) is fishy - link-heavy, image-heavy, a form, an embed. */
static bool fishy(const struct ctx *c, uint32_t i, unsigned mode)
{
	const struct node *nd = &c->nodes[i];
	const struct agg *a = &c->agg[i];
	bool list = nd->tag == T_UL || nd->tag == T_OL;
	if (!list && a->chars && (float)a->list_chars / (float)a->chars > 0.9f)
		list = true;
	int w = (mode & MODE_WEIGHT_CLASSES) ? nd->weight : 0;
	float ld = link_density(c, i);
	if (w < 0)
		return true;
	if (a->commas >= 10)
		return false;
	int p = (int)a->p, img = (int)a->img, li = (int)a->li - 100;
	int input = (int)a->input;
	float hd = a->chars ? (float)a->heading_chars / (float)a->chars : 0;
	return (img > 1 && (float)p / (float)img < 0.5f) || (!list && li > p) || (input > p / 3) ||
	       (!list && hd < 0.9f && a->chars < 25 && (img == 0 || img > 2)) ||
	       (!list && w < 25 && ld > 0.2f) || (w >= 25 && ld > 0.5f) ||
	       (a->embed == 1 && a->chars < 75) || a->embed > 1;
}

/* Whether node i, below root (i == root for the root itself), goes. */
static bool cleaned_out(struct ctx *c, uint32_t i, uint32_t root, unsigned mode,
			uint32_t total_chars)
{
	const struct node *nd = &c->nodes[i];
	const struct agg *a = &c->agg[i];
	/* mark: 1 inside a data table of the selection, 2 inside an article */
	uint32_t up = nd->parent;
	bool below = i != root && up != NO_NODE;
	c->mark[i] = 0;
	if (below && ((c->mark[up] & 1) || (c->nodes[up].flags & F_DATATABLE)))
		c->mark[i] |= 1;
	if (below && ((c->mark[up] & 2) || c->nodes[up].tag == T_ARTICLE))
		c->mark[i] |= 2;
	bool in_table = c->mark[i] & 1;
	/* an article inside an article: a teaser of another story */
	if (nd->tag == T_ARTICLE && (c->mark[i] & 2))
		return true;
	/* Boilerplate boxes: small next to the article. */
	if (i != root && (nd->flags & F_SUSPECT) && !in_table && a->chars * 4 < total_chars + 1 &&
	    nd->tag != T_P && !is_heading(nd->tag))
		return true;
	if ((mode & MODE_CLEAN) && i != root && !in_table && !(nd->flags & F_DATATABLE) &&
	    (nd->tag == T_FORM || nd->tag == T_FIELDSET || nd->tag == T_TABLE || nd->tag == T_UL ||
	     nd->tag == T_OL || nd->tag == T_DIV || nd->tag == T_SECTION) &&
	    fishy(c, i, mode))
		return true;
	return (nd->tag == T_H1 || nd->tag == T_H2) && (mode & MODE_WEIGHT_CLASSES) && nd->weight < 0;
}

void html_clean_selection(struct ctx *c, const uint32_t *roots, size_t nroots, unsigned mode,
			  uint32_t total_chars)
{
	for (size_t r = 0; r < nroots; r++) {
		uint32_t end = c->nodes[roots[r]].end;
		for (uint32_t i = roots[r]; i < end;) {
			const struct node *nd = &c->nodes[i];
			if (c->removed[i]) {
				i = nd->end;
				continue;
			}
			if (cleaned_out(c, i, roots[r], mode, total_chars)) {
				for (uint32_t j = i; j < nd->end; j++)
					c->removed[j] = 1;
				i = nd->end;
			} else {
				i++;
			}
		}
	}
}
