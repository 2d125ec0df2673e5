#include "analyse/compare.h"

#include <string.h>

#include "analyse/align.h"
#include "analyse/facts.h"

static const char *const kind_names[] = {
#define ND_FK_NAME(name, json) json,
	ND_FACT_KINDS(ND_FK_NAME)
#undef ND_FK_NAME
};

const char *fact_kind_name(enum fact_kind k)
{
	return (unsigned)k < FACT__COUNT ? kind_names[k] : "?";
}

const struct cell *row_cell(const struct row *r, uint32_t art)
{
	for (size_t i = 0; i < r->ncells; i++)
		if (r->cells[i].art == art)
			return &r->cells[i];
	return NULL;
}

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
	enum nd_err err = align_rows(c);
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
