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

const struct cell *row_cell(const struct row *r, uint32_t art)
{
	for (size_t i = 0; i < r->ncells; i++)
		if (r->cells[i].art == art)
			return &r->cells[i];
	return NULL;
}
