#include "analyse/rows.h"

static const char *const kind_names[] = {
#define ND_FK_NAME(name, json) json,
	ND_FACT_KINDS(ND_FK_NAME)
#undef ND_FK_NAME
};

const char *fact_kind_name(enum fact_kind k)
{
	return (unsigned)k < FACT__COUNT ? kind_names[k] : "?";
}

int row_compare(const struct row *a, const struct row *b)
{
	int d = verdict_rank(a->verdict) - verdict_rank(b->verdict);
	if (d)
		return d;
	/* more reports speaking first */
	if (a->ncells != b->ncells)
		return a->ncells > b->ncells ? -1 : 1;
	if (a->kind != b->kind)
		return (int)a->kind - (int)b->kind;
	return (a->seq > b->seq) - (a->seq < b->seq);
}

const struct cell *row_cell(const struct row *r, uint32_t art)
{
	for (size_t i = 0; i < r->ncells; i++)
		if (r->cells[i].art == art)
			return &r->cells[i];
	return NULL;
}
