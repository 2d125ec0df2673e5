#include "load/para.h"

bool para_is_content(const struct para *p)
{
	return p->kind == PARA_BODY || p->kind == PARA_HEADLINE ||
	       p->kind == PARA_STANDFIRST;
}

static const char *const rule_labels[] = {
#define ND_FURN_LABEL(name, label, tail) label,
	ND_FURNITURE_RULES(ND_FURN_LABEL)
#undef ND_FURN_LABEL
};

const char *para_label(const struct para *p)
{
	switch (p->kind) {
	case PARA_BODY: return "body";
	case PARA_HEADLINE: return "headline";
	case PARA_STANDFIRST: return "standfirst";
	case PARA_DATELINE: return "dateline";
	case PARA_BYLINE: return "byline";
	case PARA_FURNITURE:
		return (unsigned)p->rule < FURN__COUNT ? rule_labels[p->rule] : "furniture";
	}
	return "?";
}
