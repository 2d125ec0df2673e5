/*
 * flatten.c - the parsed page as an array: struct ctx's lifecycle and the
 * walk that turns libxml2's parser events into nodes in document order, each
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

/* Add a text node of raw[0..rn): its text collapsed into c->text; a
 * leading space is kept (as one space) because it separates words from
 * what went before. */
static enum nd_err push_text(struct ctx *c, const char *raw, size_t rn, uint32_t parent)
{
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

/* ---- the walk: libxml2's parser events, in document order ---------------
 *
 * The events are those libxml2's own tree builder gets, so the nodes are
 * the elements and text nodes its tree would hold: character data runs
 * until the next element, end tag or comment make one text node.  The
 * text of script, style, svg, math, template, noscript and the head is
 * never shown, so nothing below them becomes a node; the head's own
 * children are still read for metadata. */

/* An element whose text is gathered (for a metadata field or JSON-LD). */
struct gather {
	uint32_t depth; /* the element's depth: it ends when that closes */
	char **slot;    /* the field; NULL for a JSON-LD script */
	struct buf text;
};

struct walk {
	struct ctx *c;
	htmlParserCtxtPtr px;
	enum nd_err err;
	bool done;            /* the walk is over: stopped or failed */
	bool run_cut;         /* it stopped at a run of text of MAX_TEXT_RUN */
	uint32_t depth;       /* elements open */
	uint32_t open[MAX_DEPTH + 1]; /* the node of each open element, or NO_NODE */
	uint32_t parent;      /* the innermost open node; NO_NODE at the top */
	uint32_t skip;        /* depth of the element whose inside is not walked; 0: none */
	bool skip_head;       /* that element is the head */
	struct buf pending;   /* character data since the last other event */
	struct gather g[8];
	size_t ng;
};

static void stop(struct walk *w, enum nd_err e)
{
	if (!w->err)
		w->err = e;
	if (!w->done) {
		w->done = true;
		if (w->px)
			html_xml.stop_parser(w->px);
	}
}

/* The character data since the last other event as one text node, and
 * into what is gathered. */
static void flush_text(struct walk *w)
{
	struct buf *p = &w->pending;
	if (!p->len)
		return;
	if (buf_error(p)) {
		stop(w, buf_error(p));
		return;
	}
	for (size_t i = 0; i < w->ng; i++) {
		struct gather *g = &w->g[i];
		if (g->slot && g->text.len < MAX_WANTED_TEXT)
			html_add_collapsed(&g->text, p->data, p->len);
		else if (!g->slot)
			buf_add(&g->text, p->data, p->len);
	}
	if (!w->skip && w->parent != NO_NODE && !w->done) {
		if (w->c->n >= MAX_NODES)
			stop(w, ND_E_OK);
		else {
			enum nd_err e = push_text(w->c, p->data, p->len, w->parent);
			if (e)
				stop(w, e);
		}
	}
	p->len = 0;
	p->data[0] = '\0';
}

static void on_characters(void *user, const xmlChar *s, int n)
{
	struct walk *w = user;
	/* text under a skipped element matters only to what is gathered */
	if (n <= 0 || w->done || (w->skip && !w->ng))
		return;
	/* (libxml2 reads on after this callback returns: the walk ends
	 * here but the parser is not stopped, which only it may do safely
	 * at this point) */
	if (w->pending.len + (size_t)n > MAX_TEXT_RUN) {
		w->run_cut = true; /* the text so far is kept (html_flatten) */
		w->done = true;
	} else if (buf_add(&w->pending, (const char *)s, (size_t)n)) {
		w->err = buf_error(&w->pending);
		w->done = true;
	}
}

/* Comments and processing instructions end a text node. */
static void on_comment(void *user, const xmlChar *s)
{
	(void)s;
	flush_text(user);
}

static void on_pi(void *user, const xmlChar *target, const xmlChar *data)
{
	(void)target;
	(void)data;
	flush_text(user);
}

static void gather(struct walk *w, char **slot)
{
	for (size_t i = 0; i < w->ng; i++)
		if (w->g[i].slot == slot)
			return; /* an outer element gathers it already */
	if (w->ng == sizeof w->g / sizeof w->g[0])
		return;
	struct gather *g = &w->g[w->ng++];
	g->depth = w->depth;
	g->slot = slot;
	buf_init(&g->text, slot ? MAX_BODY_BYTES : MAX_JSONLD_BYTES);
}

/* Element tag with attributes a at depth w->depth: noted for metadata,
 * and what its text is wanted for gathered. */
static void collect(struct walk *w, uint8_t tag, const struct attrs *a, uint32_t idx)
{
	struct wants want;
	html_collect_element(w->c, tag, a, idx, &want);
	if (w->c->oom) {
		stop(w, ND_E_NOMEM);
		return;
	}
	for (int i = 0; i < want.nslot; i++)
		gather(w, want.slot[i]);
	if (want.jsonld)
		gather(w, NULL);
}

static void on_start(void *user, const xmlChar *name, const xmlChar **atts)
{
	struct walk *w = user;
	if (w->done)
		return;
	flush_text(w);
	if (w->done)
		return;
	if (w->depth >= MAX_DEPTH) {
		stop(w, ND_E_OK);
		return;
	}
	struct ctx *c = w->c;
	/* Elements after the root element has closed (what follows an early
	 * </html>: libxml2 opens another <html> for them) go below the root,
	 * where libxml2's own tree put them on a page without a doctype. */
	if (w->depth == 0 && c->n)
		w->parent = 0;
	const struct tag_info *ti = html_tag_lookup((const char *)name);
	uint8_t tag = ti ? (uint8_t)ti->tag : T_OTHER;
	uint32_t idx = NO_NODE;
	w->depth++;
	w->open[w->depth] = NO_NODE;
	if (w->skip) {
		/* the head's own children are read for metadata */
		if (w->skip_head && w->depth == w->skip + 1) {
			struct attrs a;
			html_read_attrs(atts, &a);
			collect(w, tag, &a, NO_NODE);
		}
		return;
	}
	if (c->n >= MAX_NODES) {
		stop(w, ND_E_OK);
		return;
	}
	enum nd_err e = push_node(c, w->parent, &idx);
	if (e) {
		stop(w, e);
		return;
	}
	struct node *nd = &c->nodes[idx];
	nd->tag = tag;
	if (ti && ti->cls == JUNK)
		nd->flags |= F_JUNK;
	if (ti && ti->cls == BLK)
		nd->flags |= F_BLOCK;
	struct attrs a;
	html_read_attrs(atts, &a);
	html_element_flags(nd, &a);
	collect(w, tag, &a, idx);
	w->open[w->depth] = idx;
	w->parent = idx;
	/* The text of these is never shown (JSON-LD is gathered). */
	if (tag == T_SCRIPT || tag == T_STYLE || tag == T_HEAD || tag == T_SVG || tag == T_MATH ||
	    tag == T_TEMPLATE || tag == T_NOSCRIPT) {
		w->skip = w->depth;
		w->skip_head = tag == T_HEAD;
	}
}

/* The end of the gathering of g: its text to meta.c. */
static void end_gather(struct walk *w, struct gather *g)
{
	struct ctx *c = w->c;
	enum nd_err e = buf_error(&g->text);
	if (e == ND_E_NOMEM)
		c->oom = true;
	else if (g->slot)
		html_keep_first(c, g->slot, g->text.data ? g->text.data : "", g->text.len);
	else if (!e) /* a script cut short is not JSON */
		html_keep_jsonld(c, g->text.data ? g->text.data : "", g->text.len);
	buf_release(&g->text);
	if (c->oom)
		stop(w, ND_E_NOMEM);
}

static void on_end(void *user, const xmlChar *name)
{
	(void)name;
	struct walk *w = user;
	if (w->done || !w->depth)
		return;
	flush_text(w);
	while (w->ng && w->g[w->ng - 1].depth == w->depth)
		end_gather(w, &w->g[--w->ng]);
	if (w->done)
		return;
	struct ctx *c = w->c;
	uint32_t idx = w->open[w->depth];
	if (w->skip == w->depth)
		w->skip = 0;
	if (idx != NO_NODE) {
		c->nodes[idx].end = c->n;
		w->parent = c->nodes[idx].parent;
	}
	w->depth--;
}

/* Close what was left open when the parse stopped. */
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

enum nd_err html_flatten(struct ctx *c, const char *s, size_t n, const char *enc)
{
	static const xmlSAXHandler sax = {
		.startElement = on_start,
		.endElement = on_end,
		.characters = on_characters,
		.cdataBlock = on_characters,
		.comment = on_comment,
		.processingInstruction = on_pi,
	};
	struct walk *w = calloc(1, sizeof *w);
	if (!w)
		return ND_E_NOMEM;
	w->c = c;
	w->parent = NO_NODE;
	buf_init(&w->pending, MAX_TEXT_RUN + 16);
	enum nd_err e = html_sax_parse(s, n, enc, &sax, w, &w->px);
	if (!e && w->run_cut && !w->err)
		w->done = false; /* the run read so far is a text node */
	if (!e && !w->done)
		flush_text(w);
	/* what a stopped parse left open keeps the text read so far */
	while (!e && !w->err && w->ng)
		end_gather(w, &w->g[--w->ng]);
	if (!e)
		e = w->err;
	for (size_t i = 0; i < w->ng; i++)
		buf_release(&w->g[i].text);
	buf_release(&w->pending);
	uint32_t open = w->parent;
	free(w);
	if (e)
		return e;
	if (c->n) /* the root holds what came after it closed */
		c->nodes[0].end = c->n;
	close_open(c, open);
	sum_subtrees(c);
	mark_blocks(c);
	return ND_E_OK;
}
