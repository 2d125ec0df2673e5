/*
 * flatten.c - the parsed page as an array: struct ctx's lifecycle and the
 * walk that turns libxml2's tree into nodes in document order, each
 * knowing its parent, the end of its subtree and the block it belongs
 * to, with the collapsed text of the text nodes in one buffer.
 */
#include "load/html/internal.h"

#include <stdlib.h>
#include <string.h>

#include "base/vec.h"

void html_ctx_init(struct ctx *c, size_t text_max, size_t jsonld_max)
{
	memset(c, 0, sizeof *c);
	buf_init(&c->text, text_max);
	buf_init(&c->jsonld, jsonld_max);
	c->body_node = NO_NODE;
}

void html_ctx_release(struct ctx *c)
{
	free(c->nodes);
	free(c->agg);
	free(c->removed);
	free(c->in_link);
	free(c->mark);
	free(c->stack);
	free(c->itemprop_body);
	buf_release(&c->text);
	buf_release(&c->jsonld);
	html_meta_release(&c->meta);
	html_ld_release(&c->ld);
	memset(c, 0, sizeof *c);
}

enum nd_err html_ctx_alloc(struct ctx *c)
{
	c->agg = calloc(c->n, sizeof *c->agg);
	c->removed = calloc(c->n, 1);
	c->in_link = calloc(c->n, 1);
	c->mark = calloc(c->n, 1);
	c->stack = calloc((size_t)c->n + 1, sizeof *c->stack);
	if (!c->agg || !c->removed || !c->in_link || !c->mark || !c->stack)
		return ND_E_NOMEM;
	return ND_E_OK;
}

static enum nd_err push_node(struct ctx *c, uint32_t parent, uint32_t *idx)
{
	struct node *v = vec_reserve(c->nodes, &c->cap, (size_t)c->n + 1, sizeof *v);
	if (!v)
		return ND_E_NOMEM;
	c->nodes = v;
	struct node *nd = &c->nodes[c->n];
	memset(nd, 0, sizeof *nd);
	nd->parent = parent;
	*idx = c->n++;
	return ND_E_OK;
}

/* Add text node x: its text collapsed into c->text; a leading space is
 * kept (as one space) because it separates words from what went before. */
static enum nd_err push_text(struct ctx *c, xmlNode *x, uint32_t parent)
{
	const char *raw = (const char *)x->content;
	size_t rn = strlen(raw);
	size_t before = c->text.len;
	enum nd_err e;
	/* a '\n' first, so that add_collapsed adds no space of its own */
	if ((e = buf_addc(&c->text, '\n')) || (e = html_add_collapsed(&c->text, raw, rn)))
		return e;
	if (c->text.len > UINT32_MAX - 16)
		return ND_E_TOO_LARGE;
	bool lead = rn && (is_space((unsigned char)raw[0]) ||
			   (rn > 1 && (unsigned char)raw[0] == 0xC2 && (unsigned char)raw[1] == 0xA0));
	size_t start = before + 1, len = c->text.len - start;
	if (len == 0 && !lead) {
		c->text.len = before;
		c->text.data[before] = '\0';
		return ND_E_OK;
	}
	uint32_t idx;
	if ((e = push_node(c, parent, &idx)))
		return e;
	struct node *nd = &c->nodes[idx];
	nd->tag = T_TEXT;
	if (lead) {
		c->text.data[before] = ' ';
		start--;
		len++;
	}
	nd->text_off = (uint32_t)start;
	nd->text_len = (uint32_t)len;
	nd->raw_chars = html_count_chars(c->text.data + start, len);
	nd->end = idx + 1;
	return ND_E_OK;
}

/* The head is not walked (its text is never shown), but its meta, link,
 * title and JSON-LD elements are read. */
static enum nd_err collect_head(struct ctx *c, xmlNode *head)
{
	for (xmlNode *h = head->children; h; h = h->next) {
		if (h->type != XML_ELEMENT_NODE || !h->name)
			continue;
		const struct tag_info *hi = html_tag_lookup((const char *)h->name);
		struct node tmp = { 0 };
		tmp.tag = hi ? (uint8_t)hi->tag : T_OTHER;
		html_collect_element(c, &tmp, h, NO_NODE);
	}
	return c->oom ? ND_E_NOMEM : ND_E_OK;
}

/* Add element x below parent as node *idx; *descend says whether its
 * children are to be walked. */
static enum nd_err add_element(struct ctx *c, xmlNode *x, uint32_t parent, uint32_t *idx,
			       bool *descend)
{
	enum nd_err e = push_node(c, parent, idx);
	if (e)
		return e;
	struct node *nd = &c->nodes[*idx];
	const struct tag_info *ti = html_tag_lookup((const char *)x->name);
	nd->tag = ti ? (uint8_t)ti->tag : T_OTHER;
	if (ti && ti->cls == JUNK)
		nd->flags |= F_JUNK;
	if (ti && ti->cls == BLK)
		nd->flags |= F_BLOCK;
	html_element_flags(nd, x);
	html_collect_element(c, nd, x, *idx);
	if (c->oom)
		return ND_E_NOMEM;
	if (nd->tag == T_HEAD && (e = collect_head(c, x)))
		return e;
	/* The text of these is never shown (JSON-LD was read above). */
	*descend = x->children && nd->tag != T_SCRIPT && nd->tag != T_STYLE && nd->tag != T_HEAD &&
		   nd->tag != T_SVG && nd->tag != T_MATH && nd->tag != T_TEMPLATE &&
		   nd->tag != T_NOSCRIPT;
	return ND_E_OK;
}

/* Walk the tree in document order up to MAX_NODES nodes; *open is the
 * innermost node still open where a node cap stopped the walk. */
static enum nd_err walk(struct ctx *c, xmlNode *root, uint32_t *open)
{
	uint32_t parent = NO_NODE;
	xmlNode *cur = root;
	enum nd_err e;

	while (c->n < MAX_NODES) {
		bool descend = false;
		uint32_t idx = NO_NODE;
		if (cur->type == XML_ELEMENT_NODE && cur->name) {
			if ((e = add_element(c, cur, parent, &idx, &descend)))
				return e;
		} else if ((cur->type == XML_TEXT_NODE || cur->type == XML_CDATA_SECTION_NODE) &&
			   cur->content && parent != NO_NODE) {
			if ((e = push_text(c, cur, parent)))
				return e;
		}

		if (descend) {
			parent = idx;
			cur = cur->children;
			continue;
		}
		if (idx != NO_NODE)
			c->nodes[idx].end = c->n;
		/* the next sibling, closing the subtrees left on the way up */
		while (cur != root && !cur->next) {
			cur = cur->parent;
			if (parent != NO_NODE) {
				c->nodes[parent].end = c->n;
				parent = c->nodes[parent].parent;
			}
		}
		if (cur == root)
			break;
		cur = cur->next;
	}
	*open = parent;
	return ND_E_OK;
}

/* Close what a node cap left open. */
static void close_open(struct ctx *c, uint32_t parent)
{
	while (parent != NO_NODE) {
		c->nodes[parent].end = c->n;
		parent = c->nodes[parent].parent;
	}
	for (uint32_t i = 0; i < c->n; i++)
		if (c->nodes[i].end < i + 1)
			c->nodes[i].end = c->n;
}

/* Raw character sums and which nodes hold blocks, bottom up. */
static void sum_subtrees(struct ctx *c)
{
	for (uint32_t i = c->n; i-- > 0;) {
		struct node *nd = &c->nodes[i];
		if (nd->parent == NO_NODE)
			continue;
		struct node *p = &c->nodes[nd->parent];
		p->raw_chars += nd->raw_chars;
		if ((nd->flags & (F_BLOCK | F_HASBLOCK)) && !(nd->flags & F_JUNK))
			p->flags |= F_HASBLOCK;
	}
}

/* A table of data rather than of layout: headers, or many rows or cells. */
static bool is_data_table(const struct ctx *c, uint32_t i)
{
	if (c->nodes[i].flags & F_LAYOUT)
		return false;
	/* (a nested table ends the scan: each node is scanned once, by its
	 * nearest table) */
	uint32_t rows = 0, cells = 0;
	bool header = false, nested = false;
	for (uint32_t j = i + 1; j < c->nodes[i].end && !nested; j++) {
		uint8_t t = c->nodes[j].tag;
		rows += t == T_TR;
		cells += t == T_TD || t == T_TH;
		header |= t == T_TH || t == T_THEAD || t == T_CAPTION;
		nested = t == T_TABLE;
	}
	return !nested && (header || rows >= 10 || cells > 10);
}

/* Each node's block (its paragraph), and the data tables. */
static void mark_blocks(struct ctx *c)
{
	for (uint32_t i = 0; i < c->n; i++) {
		struct node *nd = &c->nodes[i];
		/* A cell of plain text is part of its row's line. */
		if ((nd->tag == T_TD || nd->tag == T_TH) && !(nd->flags & F_HASBLOCK))
			nd->flags &= (uint16_t)~F_BLOCK;
		nd->block = (nd->flags & F_BLOCK) || nd->parent == NO_NODE ? i
							: c->nodes[nd->parent].block;
		if (nd->tag == T_TABLE && is_data_table(c, i))
			nd->flags |= F_DATATABLE;
	}
}

enum nd_err html_flatten(struct ctx *c, xmlNode *root)
{
	uint32_t open = NO_NODE;
	enum nd_err e = walk(c, root, &open);
	if (e)
		return e;
	close_open(c, open);
	sum_subtrees(c);
	mark_blocks(c);
	return ND_E_OK;
}
