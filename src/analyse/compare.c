#include "analyse/compare.h"

#include <string.h>

#include "analyse/align.h"
#include "analyse/facts.h"

enum nd_err compare_story(const struct story *s, struct comparison *c)
{
	memset(c, 0, sizeof *c);
	arena_init(&c->arena);
	c->story = s;
	size_t n = s->n ? s->n : 1;
	c->sents = arena_alloc(&c->arena, n * sizeof *c->sents);
	c->facts = arena_alloc(&c->arena, n * sizeof *c->facts);
	if (!c->sents || !c->facts)
		goto nomem;
	for (size_t i = 0; i < s->n; i++) {
		enum nd_err err = sentences_split(&s->arts[i], &c->arena, &c->sents[i]);
		if (!err)
			err = facts_extract(&s->arts[i], (uint32_t)i, &c->sents[i], &c->arena, &c->facts[i]);
		if (err) {
			comparison_release(c);
			return err;
		}
	}
	enum nd_err err = align_rows(s, c->sents, c->facts, &c->arena, &c->rows, &c->nrows);
	if (err) {
		comparison_release(c);
		return err;
	}
	return ND_E_OK;
nomem:
	comparison_release(c);
	return ND_E_NOMEM;
}

void comparison_release(struct comparison *c)
{
	if (!c)
		return;
	arena_release(&c->arena);
	memset(c, 0, sizeof *c);
}
