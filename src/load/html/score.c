/*
 * score.c - Readability's scoring: what a removal mode takes out, the
 * sums over each subtree, paragraphs scoring their ancestors, and the
 * choice of the top candidate for the article's container.
 */
#include "load/html/internal.h"

#include <string.h>

/* Whether node i goes in this mode (its parent's verdict is known). */
static bool removed_by_mode(const struct ctx *c, uint32_t i, unsigned mode)
{
	const struct node *nd = &c->nodes[i];
	if (nd->parent != NO_NODE && c->removed[nd->parent])
		return true;
	if (nd->flags & (F_JUNK | F_HIDDEN | F_COMMENTS))
		return true;
	if ((mode & MODE_STRIP_UNLIKELY) && (nd->flags & F_UNLIKELY))
		return true;
	/* bylines and datelines: short boxes */
	return (nd->flags & F_BYLINE) && nd->raw_chars < 100 && nd->tag != T_BODY;
}

/* Add node i's sums to its parent's. */
static void add_to_parent(struct ctx *c, uint32_t i)
{
	uint32_t parent = c->nodes[i].parent;
	if (parent == NO_NODE)
		return;
	const struct agg *a = &c->agg[i];
	struct agg *p = &c->agg[parent];
	p->chars += a->chars;
	p->link_chars += a->link_chars;
	p->commas += a->commas;
	p->p += a->p;
	p->img += a->img;
	p->li += a->li;
	p->input += a->input;
	p->embed += a->embed;
	p->heading_chars += a->heading_chars;
	p->list_chars += a->list_chars;
}

/* The sums of node i, whose children are summed already. */
static void sum_node(struct ctx *c, uint32_t i)
{
	struct node *nd = &c->nodes[i];
	struct agg *a = &c->agg[i];
	if (nd->tag == T_TEXT) {
		const char *t = c->text.data + nd->text_off;
		a->chars = nd->raw_chars;
		a->commas = html_count_commas(t, nd->text_len);
		if (c->in_link[i])
			a->link_chars = c->in_link[i] == 2 ? (uint32_t)((float)a->chars * 0.3f)
							   : a->chars;
		uint32_t b = nd->block;
		c->agg[b].own_chars += a->chars;
		c->agg[b].own_commas += a->commas;
	} else {
		a->p += nd->tag == T_P;
		a->img += nd->tag == T_IMG;
		a->li += nd->tag == T_LI;
		a->input += nd->tag == T_INPUT;
		if (is_heading(nd->tag))
			a->heading_chars = a->chars;
		if (nd->tag == T_UL || nd->tag == T_OL)
			a->list_chars = a->chars;
	}
	add_to_parent(c, i);
}

void html_prepare(struct ctx *c, unsigned mode)
{
	uint32_t n = c->n;
	memset(c->agg, 0, n * sizeof *c->agg);
	for (uint32_t i = 0; i < n; i++) {
		struct node *nd = &c->nodes[i];
		uint8_t pl = nd->parent == NO_NODE ? 0 : c->in_link[nd->parent];
		c->removed[i] = removed_by_mode(c, i, mode);
		c->in_link[i] = pl ? pl : (nd->tag == T_A ? ((nd->flags & F_HASHLINK) ? 2 : 1) : 0);
	}
	/* children come after their parent: sum backwards */
	for (uint32_t i = n; i-- > 0;) {
		struct node *nd = &c->nodes[i];
		struct agg *a = &c->agg[i];
		bool is_embed = nd->tag == T_IFRAME || nd->tag == T_EMBED || nd->tag == T_OBJECT;
		if (c->removed[i]) {
			/* embeds are junk but still tell a block is a video box */
			if (is_embed && !(nd->flags & F_HIDDEN))
				a->embed = 1;
			if (a->embed && nd->parent != NO_NODE)
				c->agg[nd->parent].embed += a->embed;
			a->embed = 0;
			continue;
		}
		sum_node(c, i);
	}
}

static float base_score(const struct ctx *c, uint32_t i, unsigned mode)
{
	float s = 0;
	switch (c->nodes[i].tag) {
	case T_DIV:
		s = 5;
		break;
	case T_PRE:
	case T_TD:
	case T_BLOCKQUOTE:
		s = 3;
		break;
	case T_ADDRESS:
	case T_OL:
	case T_UL:
	case T_DL:
	case T_DD:
	case T_DT:
	case T_LI:
	case T_FORM:
		s = -3;
		break;
	case T_H1:
	case T_H2:
	case T_H3:
	case T_H4:
	case T_H5:
	case T_H6:
	case T_TH:
		s = -5;
		break;
	default:
		break;
	}
	if (mode & MODE_WEIGHT_CLASSES)
		s += c->nodes[i].weight;
	return s;
}

static void init_score(struct ctx *c, uint32_t i, unsigned mode)
{
	if (!c->agg[i].scored) {
		c->agg[i].scored = true;
		c->agg[i].score = base_score(c, i, mode);
	}
}

/* Children of i: its elements, and its text nodes that hold text. */
static uint32_t element_children(const struct ctx *c, uint32_t i)
{
	uint32_t k = 0;
	for (uint32_t j = i + 1; j < c->nodes[i].end; j = c->nodes[j].end) {
		if (c->nodes[j].tag == T_TEXT) {
			if (c->nodes[j].raw_chars)
				k++;
			continue;
		}
		k++;
	}
	return k;
}

/* Each paragraph scores its ancestors, less the further up they are. */
static void score_paragraphs(struct ctx *c, unsigned mode)
{
	for (uint32_t i = 0; i < c->n; i++) {
		struct node *nd = &c->nodes[i];
		if (c->removed[i] || nd->tag == T_TEXT || !(nd->flags & F_BLOCK))
			continue;
		const struct agg *a = &c->agg[i];
		if (a->own_chars < MIN_PARA_CHARS || !html_is_scored_tag(nd->tag))
			continue;
		float content = 1.0f + (float)a->own_commas;
		uint32_t hundreds = a->own_chars / 100;
		content += (float)(hundreds < 3 ? hundreds : 3);
		/* Text loose in a container of blocks is a paragraph of its
		 * own inside it (Readability wraps it in a <p>). */
		uint32_t anc = (nd->flags & F_HASBLOCK) && !html_is_para_tag(nd->tag) ? i : nd->parent;
		for (int level = 0; level < 5 && anc != NO_NODE; level++) {
			if (c->nodes[anc].parent == NO_NODE)
				break;
			init_score(c, anc, mode);
			float div = level == 0 ? 1.0f : level == 1 ? 2.0f : (float)level * 3.0f;
			c->agg[anc].score += content / div;
			anc = c->nodes[anc].parent;
		}
	}
}

/* Scale the scores by link density and keep the NTOP best in top[],
 * best first; returns how many. */
static size_t rank_candidates(struct ctx *c, uint32_t top[NTOP])
{
	size_t ntop = 0;
	for (uint32_t i = 0; i < c->n; i++) {
		if (!c->agg[i].scored || c->removed[i])
			continue;
		c->agg[i].score *= 1.0f - link_density(c, i);
		float s = c->agg[i].score;
		size_t k = ntop;
		while (k > 0 && c->agg[top[k - 1]].score < s)
			k--;
		if (k < NTOP) {
			size_t last = ntop < NTOP ? ntop : NTOP - 1;
			for (size_t j = last; j > k; j--)
				top[j] = top[j - 1];
			top[k] = i;
			if (ntop < NTOP)
				ntop++;
		}
	}
	return ntop;
}

/* Each node's best: the best score in its subtree. */
static void spread_best(struct ctx *c)
{
	for (uint32_t i = c->n; i-- > 0;) {
		struct agg *a = &c->agg[i];
		if (a->scored && a->score > a->best)
			a->best = a->score;
		uint32_t p = c->nodes[i].parent;
		if (p != NO_NODE && a->best > c->agg[p].best)
			c->agg[p].best = a->best;
	}
}

/* Several near-best candidates under one ancestor of top[0]: that
 * ancestor, else top[0]. */
static uint32_t common_ancestor(const struct ctx *c, const uint32_t *top, size_t ntop)
{
	uint32_t t = top[0];
	uint32_t alt[NTOP];
	size_t nalt = 0;
	float ts = c->agg[t].score;
	/* (candidates inside the top one say nothing about spread) */
	for (size_t i = 1; i < ntop; i++)
		if (ts > 0 && c->agg[top[i]].score / ts >= 0.75f && !is_ancestor(c, t, top[i]))
			alt[nalt++] = top[i];
	if (nalt < 3)
		return t;
	for (uint32_t p = c->nodes[t].parent; p != NO_NODE && c->nodes[p].tag != T_BODY;
	     p = c->nodes[p].parent) {
		size_t k = 0;
		for (size_t i = 0; i < nalt; i++)
			k += is_ancestor(c, p, alt[i]) && p != alt[i];
		if (k >= 3)
			return p;
	}
	return t;
}

/* Climb from t while the parents' scores rise. */
static uint32_t climb(const struct ctx *c, uint32_t t)
{
	float last = c->agg[t].score;
	float threshold = last / 3;
	for (uint32_t p = c->nodes[t].parent; p != NO_NODE && c->nodes[p].tag != T_BODY;
	     p = c->nodes[p].parent) {
		if (!c->agg[p].scored)
			continue;
		float ps = c->agg[p].score;
		if (ps < threshold)
			break;
		if (ps > last)
			return p;
		last = ps;
	}
	return t;
}

/* An only child: its parent is the container. */
static uint32_t widen_only_child(const struct ctx *c, uint32_t t)
{
	for (;;) {
		uint32_t p = c->nodes[t].parent;
		if (p == NO_NODE || c->nodes[p].tag == T_BODY || c->nodes[p].tag == T_HTML)
			return t;
		if (element_children(c, p) != 1)
			return t;
		t = p;
	}
}

uint32_t html_pick_top(struct ctx *c, unsigned mode)
{
	uint32_t top[NTOP];
	score_paragraphs(c, mode);
	size_t ntop = rank_candidates(c, top);
	if (ntop == 0)
		return NO_NODE;
	spread_best(c);
	uint32_t t = top[0];
	if (c->nodes[t].tag == T_BODY || c->nodes[t].tag == T_HTML)
		return t;
	t = common_ancestor(c, top, ntop);
	init_score(c, t, mode);
	t = climb(c, t);
	t = widen_only_child(c, t);
	init_score(c, t, mode);
	return t;
}
