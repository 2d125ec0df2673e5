/*
 * paragraphs.c - paragraphs of output: the list (struct plist), the
 * emission of a selection's text as paragraphs, and the body they are
 * joined into in the end.
 */
#include "load/html/internal.h"

#include <stdlib.h>
#include <string.h>

#include "base/text.h"
#include "base/vec.h"

void html_plist_init(struct plist *pl)
{
	memset(pl, 0, sizeof *pl);
	buf_init(&pl->text, MAX_BODY_BYTES);
}

void html_plist_release(struct plist *pl)
{
	buf_release(&pl->text);
	free(pl->v);
	memset(pl, 0, sizeof *pl);
}

enum nd_err html_plist_push(struct plist *pl, size_t off, uint32_t link_chars, uint8_t tag,
			    bool in_list)
{
	size_t len = pl->text.len - off;
	const char *s = pl->text.data ? pl->text.data + off : "";
	const char *t = text_trim(s, &len);
	if (len == 0) {
		pl->text.len = off;
		if (pl->text.data)
			pl->text.data[off] = '\0';
		return ND_E_OK;
	}
	struct opara *v = vec_reserve(pl->v, &pl->cap, pl->n + 1, sizeof *v);
	if (!v)
		return ND_E_NOMEM;
	pl->v = v;
	struct opara *o = &pl->v[pl->n++];
	o->off = (size_t)(t - pl->text.data);
	o->len = len;
	o->chars = html_count_chars(t, len);
	o->link_chars = link_chars > o->chars ? o->chars : link_chars;
	o->tag = tag;
	o->in_list = in_list;
	o->drop = false;
	return ND_E_OK;
}

size_t html_plist_chars(const struct plist *pl)
{
	size_t k = 0;
	for (size_t i = 0; i < pl->n; i++)
		if (!pl->v[i].drop)
			k += pl->v[i].chars;
	return k;
}

/* Where emission stands in one root of the selection. */
struct emitter {
	struct ctx *c;
	struct plist *pl;
	uint32_t root;
	size_t depth;     /* open blocks, on c->stack */
	size_t lists;     /* how many of them are lists */
	size_t start;     /* where the paragraph being built starts in pl->text */
	uint32_t links;   /* its characters in links */
	uint32_t cur;     /* the block the text goes to */
	bool in_list;
};

/* Append text node i to the paragraph being built. */
static enum nd_err emit_text(struct emitter *em, uint32_t i)
{
	const struct node *nd = &em->c->nodes[i];
	struct buf *b = &em->pl->text;
	const char *t = em->c->text.data + nd->text_off;
	uint32_t tl = nd->text_len;
	bool at_space = b->len == em->start || b->data[b->len - 1] == ' ';
	if (tl && t[0] == ' ' && at_space) {
		t++;
		tl--;
	}
	enum nd_err e = buf_add(b, t, tl);
	if (e)
		return e;
	if (em->c->in_link[i])
		em->links += nd->raw_chars;
	return ND_E_OK;
}

/* The paragraph being built ends; the next goes to the innermost open
 * block. */
static enum nd_err end_paragraph(struct emitter *em)
{
	struct ctx *c = em->c;
	enum nd_err e = html_plist_push(em->pl, em->start, em->links, c->nodes[em->cur].tag,
					em->in_list);
	if (e)
		return e;
	em->start = em->pl->text.len;
	em->links = 0;
	em->cur = em->depth ? c->stack[em->depth - 1] : em->root;
	em->in_list = em->lists > 0 || html_is_list_tag(c->nodes[em->root].tag);
	return ND_E_OK;
}

/*
 * Each block element ends the paragraph before it and starts a new one;
 * text after a nested block belongs to the enclosing block.
 */
static enum nd_err emit_root(struct ctx *c, uint32_t root, struct plist *pl)
{
	struct emitter em = { .c = c, .pl = pl, .root = root, .start = pl->text.len, .cur = root };
	uint32_t end = c->nodes[root].end;
	enum nd_err e;
	for (uint32_t i = root;;) {
		bool boundary = false;
		while (em.depth && c->nodes[c->stack[em.depth - 1]].end <= i) {
			em.lists -= html_is_list_tag(c->nodes[c->stack[em.depth - 1]].tag);
			em.depth--;
			boundary = true;
		}
		bool at_end = i >= end;
		bool opens = !at_end && !c->removed[i] && c->nodes[i].tag != T_TEXT &&
			     (c->nodes[i].flags & F_BLOCK);
		if ((boundary || opens || at_end) && (e = end_paragraph(&em)))
			return e;
		if (at_end)
			return ND_E_OK;
		const struct node *nd = &c->nodes[i];
		if (c->removed[i]) {
			i = nd->end;
			continue;
		}
		if (nd->tag == T_TEXT) {
			if ((e = emit_text(&em, i)))
				return e;
			i++;
			continue;
		}
		/* cells of a row are separated by a space */
		if ((nd->tag == T_TD || nd->tag == T_TH) && pl->text.len > em.start &&
		    pl->text.data[pl->text.len - 1] != ' ' && (e = buf_addc(&pl->text, ' ')))
			return e;
		if (opens) {
			c->stack[em.depth++] = i;
			em.lists += html_is_list_tag(nd->tag);
			em.cur = i;
			em.in_list = em.lists > 0 || html_is_list_tag(c->nodes[root].tag);
		}
		i++;
	}
}

enum nd_err html_emit(struct ctx *c, const uint32_t *roots, size_t nroots, struct plist *pl)
{
	enum nd_err e = ND_E_OK;
	for (size_t r = 0; r < nroots && !e; r++)
		e = emit_root(c, roots[r], pl);
	/* a body past the size limit is cut, not lost */
	return e == ND_E_TOO_LARGE ? ND_E_OK : e;
}

enum nd_err html_join_body(const struct plist *pl, struct html_doc *out)
{
	struct buf raw, clean;
	buf_init(&raw, MAX_BODY_BYTES);
	buf_init(&clean, MAX_BODY_BYTES);
	enum nd_err e = ND_E_OK;
	for (size_t i = 0; i < pl->n && !e; i++) {
		if (pl->v[i].drop)
			continue;
		if (raw.len)
			e = buf_adds(&raw, "\n\n");
		if (!e)
			e = buf_add(&raw, pl->text.data + pl->v[i].off, pl->v[i].len);
	}
	if (e == ND_E_TOO_LARGE)
		e = ND_E_OK; /* keep what fitted */
	if (!e)
		e = text_sanitize(raw.data ? raw.data : "", raw.len, &clean, NULL);
	if (!e) {
		out->body = buf_detach(&clean, &out->body_len);
		if (!out->body)
			e = ND_E_NOMEM;
	}
	buf_release(&raw);
	buf_release(&clean);
	return e;
}
