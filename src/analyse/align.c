#include "analyse/align.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyse/align_scan.h"
#include "analyse/qdiff.h"
#include "base/text.h"

/* ---- small helpers ------------------------------------------------------ */

struct row *align_new_row(struct rows_out *ro, enum fact_kind kind, const char *question)
{
	struct ctx *c = ro->c;
	struct row *v = arena_reserve(c->arena, c->rows, c->nrows, &ro->cap, c->nrows + 1, sizeof *v);
	if (!v)
		return NULL;
	c->rows = v;
	struct row *r = &c->rows[c->nrows++];
	memset(r, 0, sizeof *r);
	r->seq = c->nrows - 1;
	r->kind = kind;
	r->question = question;
	/* room for a few cells, more as they come: most rows hold few of
	 * hundreds of reports */
	r->cells_cap = c->story->n < 4 ? (c->story->n ? c->story->n : 1) : 4;
	r->cells = arena_alloc(c->arena, r->cells_cap * sizeof *r->cells);
	return r->cells ? r : NULL;
}

/* Add report art's cell (at most one per report and row). */
struct cell *align_add_cell(struct ctx *c, struct row *r, uint32_t art,
			     const struct where *w)
{
	for (size_t i = 0; i < r->ncells; i++)
		if (r->cells[i].art == art)
			return NULL;
	if (r->ncells == r->cells_cap) {
		struct cell *v = arena_reserve(c->arena, r->cells, r->ncells, &r->cells_cap,
					       r->ncells + 1, sizeof *v);
		if (!v)
			return NULL;
		r->cells = v;
	}
	/* keep cells in story order */
	size_t pos = r->ncells;
	while (pos > 0 && r->cells[pos - 1].art > art) {
		r->cells[pos] = r->cells[pos - 1];
		pos--;
	}
	struct cell *cl = &r->cells[pos];
	memset(cl, 0, sizeof *cl);
	r->ncells++;
	cl->art = art;
	const struct sentences *s = &c->sents[art];
	if (w && w->sent < s->n) {
		cl->sent_start = s->v[w->sent].start;
		cl->sent_end = s->v[w->sent].end;
		cl->start = w->start;
		cl->end = w->end;
	}
	return cl;
}

const char *align_outlet_of(const struct ctx *c, uint32_t art)
{
	return c->story->arts[art].outlet;
}

/* ---- people ------------------------------------------------------------- */

struct pref {
	uint32_t art;
	int idx;
	int group;
};

static int find(int *parent, int x)
{
	while (parent[x] != x) {
		parent[x] = parent[parent[x]];
		x = parent[x];
	}
	return x;
}

static void unite(int *parent, int a, int b)
{
	a = find(parent, a);
	b = find(parent, b);
	if (a != b)
		parent[a > b ? a : b] = a < b ? a : b;
}

static const struct person *person_of(const struct ctx *c, const struct pref *p)
{
	return &c->facts[p->art].people[p->idx];
}

/* A person's title as the report writes it, with its organisation where
 * the report puts it ("Energy Secretary", "chairman (Harbour Board)"), or
 * NULL when the report gives none. */
static const char *role_as_written(const struct ctx *c, const struct person *p)
{
	if (!p->role_text || !p->org || p->org_inside)
		return p->role_text;
	return p->org_first ? arena_printf(c->arena, "%s %s", p->org, p->role_text)
			    : arena_printf(c->arena, "%s (%s)", p->role_text, p->org);
}

/* Are a and b one edit apart, as text_edit_distance(a, b, 1) == 1 says
 * (a letter changed, added or dropped; neither longer than 63 bytes),
 * without its table? */
static bool one_edit_apart(const char *a, const char *b)
{
	size_t n = strlen(a), m = strlen(b);
	if (n > 63 || m > 63 || (n > m ? n - m : m - n) > 1)
		return false;
	if (n < m) {
		const char *t = a;
		a = b;
		b = t;
		size_t tn = n;
		n = m;
		m = tn;
	}
	size_t i = 0;
	while (i < m && a[i] == b[i])
		i++;
	if (n == m)  /* one letter changed: the rest alike */
		return i < n && strcmp(a + i + 1, b + i + 1) == 0;
	/* a has one letter more: the rest of b is the rest of a past it */
	return strcmp(a + i + 1, b + i) == 0;
}

/* Same person across two reports by name. */
static bool same_name(const struct person *a, const struct person *b)
{
	if (!a->surname || !b->surname)
		return false;
	if (strcmp(a->surname, b->surname) == 0)
		return facts_first_names_fit(a, b);
	bool firsts = !a->first || !b->first || strcmp(a->first, b->first) == 0;
	return firsts && a->first && b->first && strlen(a->surname) >= 5 &&
	       one_edit_apart(a->surname, b->surname);
}

/* A role worth matching an unnamed person by: two words or more. */
static bool specific_role(const char *role)
{
	return role && strchr(role, ' ') != NULL;
}

struct people {
	struct pref *v;
	size_t n;
	int *parent;
	size_t *order;        /* people sorted by group */
	size_t *run_start;    /* per group root: its members in order[] */
	size_t *run_len;
	const char **names;   /* per group root: the name shown */
	size_t *base;    /* first pref index of each article */
};

/* A person being sorted (qsort has no context argument, so the key
 * travels with the index): by surname, or by group, then by index. */
struct pkey {
	const char *surname;
	int group;
	size_t i;            /* index into people.v */
};

static int cmp_by_surname(const void *a, const void *b)
{
	const struct pkey *x = a, *y = b;
	int d = strcmp(x->surname, y->surname);
	return d ? d : (x->i > y->i) - (x->i < y->i);
}

static int cmp_by_group(const void *a, const void *b)
{
	const struct pkey *x = a, *y = b;
	if (x->group != y->group)
		return x->group < y->group ? -1 : 1;
	return (x->i > y->i) - (x->i < y->i);
}

static enum nd_err group_members(struct ctx *c, struct people *pp);

static int pref_index(const struct people *pp, uint32_t art, int idx)
{
	return (int)(pp->base[art] + (size_t)idx);
}

static enum nd_err link_people(struct ctx *c, struct people *pp)
{
	size_t n = 0;
	pp->base = arena_alloc(c->arena, (c->story->n + 1) * sizeof *pp->base);
	if (!pp->base)
		return ND_E_NOMEM;
	for (uint32_t a = 0; a < c->story->n; a++) {
		pp->base[a] = n;
		n += c->facts[a].npeople;
	}
	pp->base[c->story->n] = n;
	pp->n = n;
	pp->v = arena_alloc(c->arena, (n ? n : 1) * sizeof *pp->v);
	pp->parent = arena_alloc(c->arena, (n ? n : 1) * sizeof *pp->parent);
	if (!pp->v || !pp->parent)
		return ND_E_NOMEM;
	for (uint32_t a = 0; a < c->story->n; a++)
		for (size_t i = 0; i < c->facts[a].npeople; i++) {
			size_t k = pp->base[a] + i;
			pp->v[k] = (struct pref){ a, (int)i, (int)k };
			pp->parent[k] = (int)k;
		}
	/* By name: people sorted by surname; the same surname is compared
	 * within its run, and each distinct surname with the other distinct
	 * ones for a one-letter difference (few distinct surnames, however
	 * many reports). */
	size_t *ord = arena_alloc(c->arena, (n ? n : 1) * sizeof *ord);
	struct pkey *keys = arena_alloc(c->arena, (n ? n : 1) * sizeof *keys);
	if (!ord || !keys)
		return ND_E_NOMEM;
	size_t m = 0;
	for (size_t i = 0; i < n; i++) {
		const struct person *x = person_of(c, &pp->v[i]);
		if (x->mentions && x->surname)
			keys[m++] = (struct pkey){ x->surname, 0, i };
	}
	qsort(keys, m, sizeof *keys, cmp_by_surname);
	for (size_t i = 0; i < m; i++)
		ord[i] = keys[i].i;
	size_t *heads = arena_alloc(c->arena, (m ? m : 1) * sizeof *heads);
	size_t nheads = 0;
	if (!heads)
		return ND_E_NOMEM;
	for (size_t i = 0; i < m;) {
		size_t j = i + 1;
		const struct person *x = person_of(c, &pp->v[ord[i]]);
		while (j < m && strcmp(person_of(c, &pp->v[ord[j]])->surname, x->surname) == 0)
			j++;
		/* same surname: unite when the first names allow it */
		for (size_t a = i; a < j; a++)
			for (size_t b = a + 1; b < j && b < a + 64; b++) {
				const struct person *pa = person_of(c, &pp->v[ord[a]]);
				const struct person *pb = person_of(c, &pp->v[ord[b]]);
				if (same_name(pa, pb))
					unite(pp->parent, (int)ord[a], (int)ord[b]);
			}
		heads[nheads++] = i;
		i = j;
	}
	for (size_t a = 0; a < nheads; a++)
		for (size_t b = a + 1; b < nheads; b++) {
			const struct person *pa = person_of(c, &pp->v[ord[heads[a]]]);
			const struct person *pb = person_of(c, &pp->v[ord[heads[b]]]);
			if (strlen(pa->surname) < 5 || !one_edit_apart(pa->surname, pb->surname))
				continue;
			/* every pair of the two runs with the same first name */
			size_t ea = a + 1 < nheads ? heads[a + 1] : m, eb = b + 1 < nheads ? heads[b + 1] : m;
			for (size_t x = heads[a]; x < ea; x++)
				for (size_t y = heads[b]; y < eb; y++)
					if (same_name(person_of(c, &pp->v[ord[x]]), person_of(c, &pp->v[ord[y]])))
						unite(pp->parent, (int)ord[x], (int)ord[y]);
		}
	/* unnamed people: by a role of two words or more, then by relation */
	for (int round = 0; round < 2; round++)
		for (size_t i = 0; i < n; i++) {
			const struct person *x = person_of(c, &pp->v[i]);
			if (x->name || !x->mentions)
				continue;
			for (size_t j = 0; j < n; j++) {
				const struct person *y = person_of(c, &pp->v[j]);
				if (pp->v[i].art == pp->v[j].art || !y->name || !y->mentions)
					continue;
				bool by_role = x->rel == REL_NONE && specific_role(x->role) && y->role &&
					       strcmp(x->role, y->role) == 0;
				bool by_rel = x->rel == REL_MANAGER_OF && y->rel == REL_MANAGER_OF &&
					      x->rel_to >= 0 && y->rel_to >= 0 &&
					      find(pp->parent, pref_index(pp, pp->v[i].art, x->rel_to)) ==
						      find(pp->parent, pref_index(pp, pp->v[j].art, y->rel_to));
				if (by_role || by_rel) {
					unite(pp->parent, (int)i, (int)j);
					break;
				}
			}
		}
	for (size_t i = 0; i < n; i++)
		pp->v[i].group = find(pp->parent, (int)i);
	return group_members(c, pp);
}

/* The group of a person of report art, or -1. */
static int group_of(const struct people *pp, uint32_t art, int idx)
{
	if (idx < 0)
		return -1;
	return pp->v[pref_index(pp, art, idx)].group;
}

/* The name a group is shown by (see group_members). */
static const char *group_name(const struct people *pp, int g)
{
	return g >= 0 ? pp->names[g] : NULL;
}

#define FOR_MEMBERS(pp, g, j)                                                       \
	for (size_t _t = (pp)->run_start[g], j;                                       \
	     _t < (pp)->run_start[g] + (pp)->run_len[g] && ((j = (pp)->order[_t]), 1); _t++)

/* Equal names are interchangeable: only their text is used. */
static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Members of each group, and the name each is shown by: the full name
 * most reports use. */
static enum nd_err group_members(struct ctx *c, struct people *pp)
{
	size_t n = pp->n ? pp->n : 1;
	pp->order = arena_alloc(c->arena, n * sizeof *pp->order);
	pp->run_start = arena_alloc(c->arena, n * sizeof *pp->run_start);
	pp->run_len = arena_alloc(c->arena, n * sizeof *pp->run_len);
	pp->names = arena_alloc(c->arena, n * sizeof *pp->names);
	const char **tmp = arena_alloc(c->arena, n * sizeof *tmp);
	struct pkey *keys = arena_alloc(c->arena, n * sizeof *keys);
	if (!pp->order || !pp->run_start || !pp->run_len || !pp->names || !tmp || !keys)
		return ND_E_NOMEM;
	for (size_t i = 0; i < pp->n; i++)
		keys[i] = (struct pkey){ NULL, pp->v[i].group, i };
	qsort(keys, pp->n, sizeof *keys, cmp_by_group);
	for (size_t i = 0; i < pp->n; i++)
		pp->order[i] = keys[i].i;
	for (size_t i = 0; i < pp->n;) {
		int g = pp->v[pp->order[i]].group;
		size_t j = i, k = 0;
		while (j < pp->n && pp->v[pp->order[j]].group == g) {
			const struct person *p = person_of(c, &pp->v[pp->order[j]]);
			if (p->name && p->mentions)
				tmp[k++] = p->name;
			j++;
		}
		pp->run_start[g] = i;
		pp->run_len[g] = j - i;
		qsort(tmp, k, sizeof *tmp, cmp_name);
		const char *best = NULL;
		size_t best_n = 0;
		for (size_t a = 0; a < k;) {
			size_t b2 = a;
			while (b2 < k && strcmp(tmp[b2], tmp[a]) == 0)
				b2++;
			if (b2 - a > best_n) {
				best_n = b2 - a;
				best = tmp[a];
			}
			a = b2;
		}
		pp->names[g] = best;
		i = j;
	}
	return ND_E_OK;
}

static const char *fold_org(struct ctx *c, const char *org)
{
	if (!org)
		return NULL;
	char tmp[128];
	size_t o = 0, n = strlen(org);
	for (size_t i = 0; i < n && o + 4 < sizeof tmp;) {
		int32_t cp = text_fold(text_next(org, n, &i));
		if (cp != '.')   /* "C.I.A." is "cia" */
			o += text_encode(cp, tmp + o);
	}
	tmp[o] = '\0';
	/* "acme's" -> "acme" */
	if (o > 2 && text_same(tmp + o - 2, "'s"))
		tmp[o - 2] = '\0';
	/* "Japanese" and "Japan": a country however written */
	struct tok words[8];
	size_t nw = 0;
	char split[128];
	memcpy(split, tmp, sizeof split);
	for (char *p = split, *save = NULL; nw < 8 && (p = strtok_r(p, " ", &save)); p = NULL)
		words[nw++] = (struct tok){ .f = p, .lex = lex_word_id(p) };
	const char *canon;
	if (nw && lex_country(words, nw, 0, &canon) == nw) {
		size_t l = strlen(canon);
		for (size_t i = 0; i <= l && i < sizeof tmp; i++)
			tmp[i] = (char)tolower((unsigned char)canon[i]);
	}
	return arena_strdup(c->arena, tmp);
}

/*
 * Two cells of a title row naming the same role with different
 * organisations ("general counsel, vexor" against "general counsel,
 * vexor media"): a conflict.  Different roles may be held together or
 * one after the other ("director, spy agency" and "secretary nominee"),
 * so they never make one.  Cells' normalized values are "role" or
 * "role, organisation".
 */
/* Is a (folded, dots aside) the initials of b's words, "of", "the",
 * "and", "for" aside: "cia" of "central intelligence agency"? */
static bool initials_of(const char *a, const char *b)
{
	char ini[32], ac[32];
	size_t n = 0, m = 0;
	for (const char *p = a; *p && m + 1 < sizeof ac; p++) {
		if (*p == ' ')
			return false;
		if (*p != '.')
			ac[m++] = *p;
	}
	ac[m] = '\0';
	for (const char *p = b; *p;) {
		while (*p == ' ')
			p++;
		size_t l = strcspn(p, " ");
		if (l && !(l == 2 && strncmp(p, "of", 2) == 0) && !(l == 3 && strncmp(p, "the", 3) == 0) &&
		    !(l == 3 && strncmp(p, "and", 3) == 0) && !(l == 3 && strncmp(p, "for", 3) == 0) &&
		    n + 1 < sizeof ini)
			ini[n++] = *p;
		p += l;
	}
	ini[n] = '\0';
	return m >= 2 && n == m && strcmp(ini, ac) == 0;
}

static bool same_org(const char *a, const char *b)
{
	return strcmp(a, b) == 0 || strstr(a, b) || strstr(b, a) || initials_of(a, b) ||
	       initials_of(b, a);
}

/* A role one holds in many bodies at once: "member", "board member". */
static bool membership(const char *role, size_t n)
{
	return n >= 6 && strncmp(role + n - 6, "member", 6) == 0 && (n == 6 || role[n - 7] == ' ');
}

static bool same_role_other_org(const struct row *r, const char **org_a, const char **org_b)
{
	for (size_t i = 0; i < r->ncells; i++) {
		const char *a = r->cells[i].normalized, *ca = strstr(a, ", ");
		if (!ca)
			continue;
		for (size_t j = i + 1; j < r->ncells; j++) {
			const char *b = r->cells[j].normalized, *cb = strstr(b, ", ");
			/* "harbour authority" within "pellingford harbour
			 * authority" is a shorter name of the same body */
			/* one may be a member of many bodies at once: "member"
			 * with two bodies is no conflict */
			if (cb && ca - a == cb - b && strncmp(a, b, (size_t)(ca - a)) == 0 &&
			    !same_org(ca + 2, cb + 2) && !membership(a, (size_t)(ca - a))) {
				*org_a = ca + 2;
				*org_b = cb + 2;
				return true;
			}
		}
	}
	return false;
}

/* The different roles of a title row's cells ("dictator; leader"). */
static const char *join_roles(struct ctx *c, const struct row *r)
{
	const char *seen[16];
	size_t n = 0;
	for (size_t i = 0; i < r->ncells && n < 16; i++) {
		const char *v = r->cells[i].normalized, *comma = strstr(v, ", ");
		const char *role = comma ? arena_strndup(c->arena, v, (size_t)(comma - v)) : v;
		bool dup = !role;
		for (size_t k = 0; k < n && !dup; k++)
			dup = strcmp(seen[k], role) == 0;
		if (!dup)
			seen[n++] = role;
	}
	return align_join_set(c, seen, n);
}

/* A spelling written once while the report's own spelling is written at
 * least three times: a slip of that report. */
static bool slip(const struct person *p)
{
	return p->variant_mentions == 1 && p->mentions >= 4;
}

static enum nd_err people_rows(struct rows_out *ro, struct people *pp)
{
	struct ctx *c = ro->c;
	for (size_t i = 0; i < pp->n; i++) {
		int g = pp->v[i].group;
		if (g != (int)i)
			continue; /* one pass per group, from its root */
		const char *name = group_name(pp, g);
		if (!name)
			continue; /* nobody names them */
		unsigned reports = 0;
		uint32_t last_art = (uint32_t)-1;
		FOR_MEMBERS(pp, g, j) {
			if (!person_of(c, &pp->v[j])->mentions)
				continue;
			if (pp->v[j].art != last_art)
				reports++;
			last_art = pp->v[j].art;
		}
		if (reports == 0)
			continue;
		if (reports == 1) {
			struct row *r = align_new_row(ro, FACT_PERSON, arena_printf(c->arena, "who is %s", name));
			if (!r)
				return ND_E_NOMEM;
			const struct person *p = person_of(c, &pp->v[i]);
			struct cell *cl = align_add_cell(c, r, pp->v[i].art, &p->first_at);
			/* the organisation only as the report writes it before
			 * the title ("Energy Secretary"); one read from after it
			 * ("director of ...") may be cut short and is left to the
			 * title row */
			const char *title = p->org && p->org_first && !p->org_inside
						    ? role_as_written(c, p) : p->role_text;
			cl->value = title ? arena_printf(c->arena, "%s, %s", p->name, title) : p->name;
			cl->normalized = p->name;
			r->verdict = VERDICT_SINGLE;
			r->why = arena_printf(c->arena, "only %s names %s", align_outlet_of(c, pp->v[i].art), name);
			continue;
		}
		/* title or role */
		struct row *r = align_new_row(ro, FACT_PERSON, arena_printf(c->arena, "%s: title or role", name));
		if (!r)
			return ND_E_NOMEM;
		struct row *f = align_new_row(ro, FACT_EVENT, arena_printf(c->arena, "%s: what happened to them", name));
		struct row *sp = align_new_row(ro, FACT_PERSON, arena_printf(c->arena, "%s: spelling of the name", name));
		struct row *wh = align_new_row(ro, FACT_DATE, arena_printf(c->arena, "%s: when it happened", name));
		if (!f || !sp || !wh)
			return ND_E_NOMEM;
		/* rows were appended; re-take them after possible moves */
		r = &c->rows[c->nrows - 4];
		f = &c->rows[c->nrows - 3];
		sp = &c->rows[c->nrows - 2];
		wh = &c->rows[c->nrows - 1];
		const char *orgs[64];
		size_t norgs = 0;
		bool roles_differ = false;
		const char *org_a = NULL, *org_b = NULL;
		const char *role0 = NULL;
		bool unplaced_member = false;
		unsigned fates[EVENT__COUNT] = { 0 };
		const char *spell0 = NULL;
		bool spell_differ = false, spell_main_differ = false;
		unsigned slips = 0, variants = 0;
		FOR_MEMBERS(pp, g, j) {
			const struct person *p = person_of(c, &pp->v[j]);
			if (!p->mentions)
				continue;
			uint32_t art = pp->v[j].art;
			if (p->role) {
				struct cell *cl = align_add_cell(c, r, art, &p->role_at);
				if (cl) {
					cl->value = role_as_written(c, p);
					cl->normalized = p->org ? arena_printf(c->arena, "%s, %s", p->role,
									       fold_org(c, p->org))
								: p->role;
					if (!p->name)
						cl->note = "not named in this report";
					if (role0 && strcmp(role0, p->role) != 0)
						roles_differ = true;
					role0 = role0 ? role0 : p->role;
					const char *fo = fold_org(c, p->org);
					/* "member" names no role without its body: "a
					 * member of the public" and "a member of the
					 * Harbour Board" are not one title */
					unplaced_member |= !fo && membership(p->role, strlen(p->role));
					bool seen = !fo;
					for (size_t k = 0; k < norgs && fo; k++)
						seen |= same_org(orgs[k], fo);
					if (!seen && norgs < 64)
						orgs[norgs++] = fo;
				}
			}
			if (p->fate != EVENT_NONE) {
				struct cell *cl = align_add_cell(c, f, art, &p->fate_at);
				if (cl) {
					cl->value = p->fate_text;
					cl->normalized = event_label(p->fate);
					fates[p->fate]++;
				}
			}
			if (p->fate != EVENT_NONE && p->fate_when) {
				struct cell *cl = align_add_cell(c, wh, art, &p->when_at);
				if (cl) {
					cl->value = p->fate_when;
					cl->normalized = p->fate_date ? p->fate_date : "unknown";
					if (!p->fate_date)
						cl->note = "the report gives no date to work the day out from";
				}
			}
			if (p->name) {
				struct cell *cl = align_add_cell(c, sp, art, p->variant ? &p->variant_at : &p->first_at);
				if (cl) {
					const char *sur = p->name + strlen(p->name);
					while (sur > p->name && sur[-1] != ' ')
						sur--;
					cl->value = p->variant ? arena_printf(c->arena, "%s, once %s", sur, p->variant)
							       : sur;
					cl->normalized = p->surname;
					if (p->variant) {
						spell_differ = true;
						slips += slip(p);
						variants++;
					}
					if (spell0 && strcmp(spell0, p->surname) != 0)
						spell_main_differ = true;
					spell0 = spell0 ? spell0 : p->surname;
				}
			}
		}
		/* verdicts */
		if (r->ncells == 0) {
			r->question = NULL;
		} else if (r->ncells == 1) {
			r->verdict = VERDICT_SINGLE;
			r->why = "one report gives a title";
		} else if (norgs > 1 && same_role_other_org(r, &org_a, &org_b)) {
			r->verdict = VERDICT_DISAGREE;
			r->why = arena_printf(c->arena, "the title is given with different organisations (%s vs %s)",
					      org_a, org_b);
		} else if (roles_differ || norgs > 1 || (unplaced_member && norgs > 0)) {
			/* "dictator" and "leader": how each report names the
			 * person, never a conflict of fact */
			r->verdict = VERDICT_PARTIAL;
			r->why = roles_differ ? arena_printf(c->arena, "described differently: %s",
							     join_roles(c, r))
					      : "the role is worded differently";
		} else {
			r->verdict = VERDICT_AGREE;
			r->why = "same title";
		}
		if (f->ncells == 0) {
			f->question = NULL;
		} else if (f->ncells == 1) {
			f->verdict = VERDICT_SINGLE;
			f->why = "one report says";
		} else {
			unsigned kinds = 0;
			for (int e = 0; e < EVENT__COUNT; e++)
				kinds += fates[e] > 0;
			bool firm_conflict = (fates[EVENT_DISMISSED] > 0) + (fates[EVENT_RESIGNED] > 0) +
						     (fates[EVENT_SUSPENDED] > 0) > 1;
			if (kinds == 1) {
				f->verdict = VERDICT_AGREE;
				f->why = arena_printf(c->arena, "all say %s", f->cells[0].normalized);
			} else if (firm_conflict) {
				f->verdict = VERDICT_DISAGREE;
				f->why = fates[EVENT_RESIGNED] && fates[EVENT_DISMISSED]
						 ? "resigned against dismissed"
						 : "different fates";
			} else {
				/* the words of the report that does not say how */
				const char *vague = "left";
				for (size_t k = 0; k < f->ncells; k++)
					if (text_same(f->cells[k].normalized, "left"))
						vague = f->cells[k].value;
				f->verdict = VERDICT_PARTIAL;
				f->why = arena_printf(c->arena,
						      "\"%s\" does not say whether they resigned or were dismissed",
						      vague);
			}
		}
		if (wh->ncells == 0) {
			wh->question = NULL;
		} else if (wh->ncells == 1) {
			wh->verdict = VERDICT_SINGLE;
			wh->why = "one report gives a date";
		} else {
			bool unknown = false, differ = false;
			for (size_t k = 0; k < wh->ncells; k++) {
				unknown |= text_same(wh->cells[k].normalized, "unknown");
				differ |= strcmp(wh->cells[k].normalized, wh->cells[0].normalized) != 0;
			}
			wh->verdict = unknown ? VERDICT_UNCLEAR : differ ? VERDICT_DISAGREE : VERDICT_AGREE;
			wh->why = unknown ? "a day cannot be worked out without the report's date"
				  : differ ? "different days" : "the same day";
		}
		if ((!spell_differ && !spell_main_differ) || sp->ncells < 1) {
			sp->question = NULL;
		} else if (!spell_main_differ && slips == variants && sp->ncells > 1) {
			/* every report spells it one way; another spelling
			 * written once among many is a slip, not a conflict */
			sp->verdict = VERDICT_PARTIAL;
			sp->why = "every report spells it the same way; one also has a slip once";
		} else {
			sp->verdict = VERDICT_DISAGREE;
			sp->why = "the name is spelt differently";
		}
	}
	return ND_E_OK;
}


/* A count cell that gives an exact number (no qualifier, "exactly" or
 * "all"). */
static bool exact_count(const struct cell *cl)
{
	return cl->qualifier == NULL || strcmp(cl->qualifier, qual_label(QUAL_ALL)) == 0 ||
	       strcmp(cl->qualifier, qual_label(QUAL_EXACT)) == 0;
}

/* Is count p of cell cl, written with a scale word ("1.5 million"), q
 * rounded to the digit it is written to (1,512,000: yes; 1,560,000: no)?
 * A count written out in full rounds nothing; one in words ("two
 * million") is to its scale. */
static bool count_rounds(const struct cell *cl, double p, double q)
{
	static const struct { const char *w; double x; } scale[] = {
		{ "thousand", 1e3 }, { "million", 1e6 }, { "billion", 1e9 }, { "trillion", 1e12 },
	};
	const char *t = cl->value;
	double x = 0;
	for (size_t i = 0; i < sizeof scale / sizeof *scale && !x; i++)
		if (strstr(t, scale[i].w))
			x = scale[i].x;
	if (!x)
		return false;
	/* the digits after the point: "1.5 million" is to 0.1 million;
	 * "two million" to a million */
	const char *d = strpbrk(t, "0123456789");
	if (!d)
		return fabs(p - q) <= x / 2 * (1 + 1e-9);
	const char *pt = d;
	while (isdigit((unsigned char)*pt) || *pt == ',')
		pt++;
	size_t decimals = 0;
	if (*pt == '.')
		for (const char *e = pt + 1; isdigit((unsigned char)*e); e++)
			decimals++;
	double u = x;
	for (size_t i = 0; i < decimals; i++)
		u /= 10;
	/* within half a digit, the half itself either way (lineup.c rounded) */
	return fabs(p - q) <= u / 2 * (1 + 1e-9);
}

/* Does exact number v lie outside bound n of qualifier q ("more than
 * 20": 15 does, 25 does not)?  False for a qualifier that is no bound.
 * The bound itself is not outside ("more than 20" and "20" may be one
 * toll told at two times, or rounded): partial, as "at least" is. */
static bool outside_bound(enum qual q, double n, double v)
{
	return ((q == QUAL_AT_LEAST || q == QUAL_MORE_THAN) && v < n) ||
	       ((q == QUAL_AT_MOST || q == QUAL_FEWER_THAN) && v > n);
}

/* outside_bound of the bound cell cl gives; false for a cell with none. */
static bool beyond_bound(const struct cell *cl, double v)
{
	if (!cl->qualifier || isnan(v))
		return false;
	char *end;
	double b = strtod(cl->normalized, &end);
	if (end == cl->normalized || isnan(b))
		return false;
	for (int q = 0; q < QUAL__COUNT; q++)
		if (strcmp(cl->qualifier, qual_label((enum qual)q)) == 0)
			return outside_bound((enum qual)q, b, v);
	return false;
}

/* ---- counts ------------------------------------------------------------- */

static int count_rank(const struct quantity *q)
{
	if (q->qual == QUAL_UNDISCLOSED)
		return 0;
	if (isnan(q->value))
		return 1;
	if (q->qual == QUAL_NONE || q->qual == QUAL_EXACT || q->qual == QUAL_ALL)
		return 3;
	return 2;
}

static bool person_noun(int nc)
{
	return nc != NOUN_STATES && nc != NOUN_COUNTRIES && nc != NOUN_COMPANIES && nc != NOUN_NONE;
}

static const char *count_question(struct ctx *c, enum noun_class nc, enum event_class ev,
				  bool agent)
{
	const char *noun = noun_class_label(nc);
	if (nc == NOUN_STATES || nc == NOUN_COUNTRIES || nc == NOUN_COMPANIES)
		return arena_printf(c->arena, "how many %s: %s", noun, event_label(ev));
	if (ev == EVENT_NONE)
		return arena_printf(c->arena, "how many %s", noun);
	if (agent)
		return arena_printf(c->arena, "how many %s took part (%s)", noun, event_label(ev));
	return arena_printf(c->arena, "how many %s were %s", noun, event_label(ev));
}

/* Do two counts of one report for one event contradict each other ("At
 * least 37 people died", and "a quake three years ago killed 9 people")?
 * Then the report tells of more than one event, or the rules cannot tell
 * which count is the story's. */
static bool counts_clash(const struct quantity *x, const struct quantity *y)
{
	if (isnan(x->value) || isnan(y->value))
		return false;
	bool ex = count_rank(x) == 3, ey = count_rank(y) == 3;
	if (ex && ey)
		return x->value != y->value;
	if (!(ex || ey))
		return false;
	const struct quantity *e = ex ? x : y, *b = ex ? y : x;
	return outside_bound(b->qual, b->value, e->value);
}

/* Is q a count of the row for event ev, its doers (agent) or not, of
 * noun class nc (people too when the one specific class is nc)? */
static bool count_in_row(const struct quantity *q, int ev, int agent, int nc, int nspecific,
			 int specific)
{
	bool mine = (int)q->noun == nc || (q->noun == NOUN_PEOPLE && nspecific == 1 && nc == specific);
	return (int)q->event == ev && q->agent == (agent != 0) && mine;
}

static enum nd_err count_rows(struct rows_out *ro)
{
	struct ctx *c = ro->c;
	/* the reports whose counts of the row's kind clash (counts_clash) */
	bool *clash = arena_alloc(c->arena, c->story->n ? c->story->n : 1);
	if (!clash)
		return ND_E_NOMEM;
	/* For each event and part: the specific noun classes used.  Counts
	 * with no event are left to the claims (lineup.c), which line them up
	 * by what they count and the words around them, not by a noun class
	 * alone. */
	for (int ev = EVENT_NONE + 1; ev < EVENT__COUNT; ev++)
		for (int agent = 0; agent < 2; agent++) {
			bool used[NOUN__COUNT] = { false };
			for (uint32_t a = 0; a < c->story->n; a++)
				for (size_t i = 0; i < c->facts[a].ncounts; i++) {
					const struct quantity *q = &c->facts[a].counts[i];
					if ((int)q->event == ev && q->agent == (agent != 0))
						used[q->noun] = true;
				}
			/* "people" (others, colleagues...) joins the specific class that
			 * most reports use for this event; otherwise it is its own row. */
			int specific = -1, nspecific = 0;
			unsigned best_reports = 0;
			for (int nc = 0; nc < NOUN__COUNT; nc++) {
				if (!used[nc] || nc == NOUN_PEOPLE || nc == NOUN_NONE)
					continue;
				unsigned reports = 0;
				for (uint32_t a = 0; a < c->story->n; a++) {
					bool has = false;
					for (size_t i = 0; i < c->facts[a].ncounts; i++) {
						const struct quantity *q = &c->facts[a].counts[i];
						has |= (int)q->event == ev && q->agent == (agent != 0) &&
						       (int)q->noun == nc;
					}
					reports += has;
				}
				if (reports > best_reports && person_noun(nc)) {
					best_reports = reports;
					specific = nc;
				}
				nspecific++;
			}
			/* with no event, "people" are only themselves */
			nspecific = specific >= 0 && ev != EVENT_NONE ? 1 : 0;
			for (int nc = 0; nc < NOUN__COUNT; nc++) {
				if (!used[nc] || nc == NOUN_NONE)
					continue;
				if (nc == NOUN_PEOPLE && nspecific == 1)
					continue;
				struct row *r = align_new_row(ro, FACT_QUANTITY,
							count_question(c, (enum noun_class)nc,
								       (enum event_class)ev, agent));
				if (!r)
					return ND_E_NOMEM;
				for (uint32_t a = 0; a < c->story->n; a++) {
					const struct quantity *best = NULL;
					unsigned others = 0;
					clash[a] = false;
					const struct quantity *qs = c->facts[a].counts;
					for (size_t i = 0; i < c->facts[a].ncounts; i++) {
						const struct quantity *q = &qs[i];
						if (!count_in_row(q, ev, agent, nc, nspecific, specific))
							continue;
						for (size_t k = 0; k < i && !clash[a]; k++)
							clash[a] = count_in_row(&qs[k], ev, agent, nc, nspecific,
										specific) &&
								   counts_clash(&qs[k], q);
						if (!best || count_rank(q) > count_rank(best))
							best = q;
						others++;
					}
					if (!best)
						continue;
					struct cell *cl = align_add_cell(c, r, a, &best->at);
					cl->value = best->text;
					cl->normalized = isnan(best->value) ? qual_label(best->qual)
									    : arena_printf(c->arena, "%.15g", best->value);
					if (best->qual != QUAL_NONE)
						cl->qualifier = qual_label(best->qual);
					cl->note = best->note;
					if (others > 1)
						cl->note = arena_printf(c->arena, "%s%s%u mentions; the most precise is shown",
									best->note ? best->note : "",
									best->note ? "; " : "", others);
				}
				/* verdict; a count one report gives is left to the
				 * claims, which may line it up with another worded
				 * differently (lineup.c) */
				if (r->ncells == 1) {
					r->question = NULL;
					continue;
				}
				bool conflict = false, loose = false, outside = false, round = false;
				for (size_t k = 0; k < r->ncells; k++) {
					/* find the quantity again through its value text */
					const struct cell *cl = &r->cells[k];
					if (!exact_count(cl)) {
						loose = true;
						continue;
					}
					double v = strtod(cl->normalized, NULL);
					/* each pair of exact numbers: equal, one the
					 * other rounded, or a conflict (whatever the
					 * order of the reports) */
					for (size_t o = 0; o < k; o++) {
						const struct cell *co = &r->cells[o];
						if (!exact_count(co))
							continue;
						double w = strtod(co->normalized, NULL);
						if (w == v)
							continue;
						if (count_rounds(co, w, v) || count_rounds(cl, v, w))
							round = true;
						else
							conflict = true;
					}
					for (size_t o = 0; o < r->ncells; o++)
						outside |= o != k && beyond_bound(&r->cells[o], v);
				}
				bool clashing = false;
				for (size_t k = 0; k < r->ncells; k++)
					clashing |= clash[r->cells[k].art];
				if ((conflict || outside) && clashing) {
					/* "at least 37 died" and "killed 9 people" three
					 * years ago, in one report: which is the story's,
					 * the rules cannot tell */
					r->verdict = VERDICT_UNCLEAR;
					r->why = "a report gives numbers that do not fit together (of "
						 "other events?)";
				} else if (conflict) {
					r->verdict = VERDICT_DISAGREE;
					r->why = "the reports give different numbers";
				} else if (outside) {
					/* "more than 20 people" and "15 people" */
					r->verdict = VERDICT_DISAGREE;
					r->why = "a number lies outside the bound another report gives";
				} else if (round) {
					/* "1.5 million people" and "1,512,000 people" */
					r->verdict = VERDICT_PARTIAL;
					r->why = "one number may be the other rounded";
				} else if (loose) {
					r->verdict = VERDICT_PARTIAL;
					r->why = "some reports give only an approximate, vague or undisclosed count";
				} else {
					r->verdict = VERDICT_AGREE;
					r->why = "same number";
				}
			}
		}
	return ND_E_OK;
}

/* ---- quotations --------------------------------------------------------- */

struct qref {
	uint32_t art;
	const struct quote *q;
	struct qwords w;
	uint64_t *h;   /* a hash of each folded word */
	int who;       /* the speaker's group across reports, or -1 */
};

/* The longest run of equal words of two quotations, on word hashes; it
 * starts at word *xi of x and *yj of y. */
static size_t longest_run(const struct qref *x, const struct qref *y, size_t *xi, size_t *yj)
{
	size_t best = 0, nx = x->w.n, ny = y->w.n;
	*xi = *yj = 0;
	if (!nx || !ny)
		return 0;
	/* each diagonal (a fixed shift between x and y) read once, its runs
	 * counted as they end; of the longest runs, the first by x's word,
	 * then y's, as a search of every start in that order finds */
	for (size_t d = 0; d < nx + ny - 1; d++) {
		size_t i = d < ny ? 0 : d - (ny - 1), j = d < ny ? ny - 1 - d : 0;
		size_t left = nx - i < ny - j ? nx - i : ny - j;
		if (left < best)
			continue;
		size_t run = 0;
		for (size_t t = 0; t <= left; t++) {
			if (t < left && x->h[i + t] == y->h[j + t]) {
				run++;
				continue;
			}
			if (run && (run > best || (run == best && (i + t - run < *xi ||
								    (i + t - run == *xi && j + t - run < *yj))))) {
				best = run;
				*xi = i + t - run;
				*yj = j + t - run;
			}
			run = 0;
		}
	}
	return best;
}

/* Words x[xa..xb) and y[ya..yb) share in order (their longest common
 * subsequence); 0 for stretches over 255 words. */
static size_t shared_between(const struct qref *x, size_t xa, size_t xb, const struct qref *y,
			     size_t ya, size_t yb)
{
	uint16_t prev[256], cur[256];
	size_t ny = yb - ya;
	if (xb - xa > 255 || ny > 255)
		return 0;
	memset(prev, 0, sizeof prev);
	for (size_t i = xa; i < xb; i++) {
		cur[0] = 0;
		for (size_t j = 0; j < ny; j++) {
			uint16_t best = prev[j + 1] > cur[j] ? prev[j + 1] : cur[j];
			cur[j + 1] = x->h[i] == y->h[ya + j] ? (uint16_t)(prev[j] + 1) : best;
		}
		memcpy(prev, cur, (ny + 1) * sizeof *cur);
	}
	return prev[ny];
}

/* Words two quotations share in order. */
static size_t shared_in_order(const struct qref *x, const struct qref *y)
{
	return shared_between(x, 0, x->w.n, y, 0, y->w.n);
}

/* Do two quotations, each going on past a shared run on one side, go on
 * with other words there (a phrase both use, not one text)?  They go on
 * alike when they share in order at least half the words of the shorter
 * side (a word or two changed). */
static bool part_ways(const struct qref *x, size_t xa, size_t xb, const struct qref *y, size_t ya,
		      size_t yb)
{
	size_t nx = xb - xa, ny = yb - ya, lo = nx < ny ? nx : ny;
	if (lo == 0)
		return false;
	return shared_between(x, xa, xb, y, ya, yb) * 2 < lo;
}

/* Does the longer of x and y open with every word of the shorter? */
static bool opens(const struct qref *x, const struct qref *y)
{
	const struct qref *s = x->w.n <= y->w.n ? x : y, *l = s == x ? y : x;
	for (size_t i = 0; i < s->w.n; i++)
		if (s->h[i] != l->h[i])
			return false;
	return s->w.n > 0;
}

/* Two quotations are the same when they share a run of seven words, or
 * (six words or more each) four words that make up most of the shorter
 * one, or four words in five of the longer one in the same order: a word
 * changed in the middle does not make another quotation.  Quotations of
 * five words or fewer are the same only when their words are, or (four
 * words or five) when the other opens with all of it and both reports give
 * the words to the same person ("It is, alone, not enough", "It is alone
 * not enough. It is not ..."); one of fewer than ten words is the same
 * as one half as long again only when all of it is inside it. */
static bool same_quote(const struct qref *x, const struct qref *y)
{
	size_t xi, yj;
	size_t run = longest_run(x, y, &xi, &yj);
	size_t shorter = x->w.n < y->w.n ? x->w.n : y->w.n;
	size_t longer = x->w.n < y->w.n ? y->w.n : x->w.n;
	/* two cuts of one text part where the run does: before it one of
	 * them starts, after it one ends, or they go on alike.  Both going
	 * on with other words on one side ("Does the Church have the power
	 * to give the blessing to unions of persons of the same sex?", "the
	 * negative judgment on the blessing of unions of persons of the
	 * same sex does not imply") share a phrase, not a quotation, unless
	 * it is half the shorter */
	if (run >= 7 && (run * 2 >= shorter ||
			 (!part_ways(x, 0, xi, y, 0, yj) &&
			  !part_ways(x, xi + run, x->w.n, y, yj + run, y->w.n))))
		return true;
	/* a phrase of five words or fewer joins only the same phrase: inside
	 * a longer quotation it may be a stock phrase ("the rule of law"), and
	 * a fragment that short says too little to be that quotation */
	if (shorter <= 5)
		return (run == x->w.n && run == y->w.n) ||
		       (shorter >= 4 && x->who >= 0 && x->who == y->who && opens(x, y));
	/* a short quotation that a much longer one only starts like ("The
	 * deal is a disaster", "The deal is a terrible deal. We ...") is
	 * another remark unless all of it is there */
	if (longer * 2 >= shorter * 3 && run < shorter && shorter < 10)
		return false;
	if (run >= 4 && run * 10 >= shorter * 8)
		return true;
	return run >= 3 && shorter >= 6 && shared_in_order(x, y) * 5 >= longer * 4;
}

struct gram {
	uint64_t h;
	uint32_t q;
};

/* Sort g[0..n), made in order of q, by hash then q: a byte of the hash
 * at a time from the lowest, each pass keeping the order of the one
 * before (the order a comparison sort by (h, q) gives, at a fraction of
 * its cost); a byte every gram shares costs no pass. */
static enum nd_err sort_grams(struct ctx *c, struct gram *g, size_t n)
{
	if (n < 2)
		return ND_E_OK;
	struct gram *tmp = arena_alloc_raw(c->arena, n * sizeof *tmp);
	if (!tmp)
		return ND_E_NOMEM;
	struct gram *from = g, *to = tmp;
	for (unsigned shift = 0; shift < 64; shift += 8) {
		size_t at[256] = { 0 };
		for (size_t i = 0; i < n; i++)
			at[from[i].h >> shift & 255]++;
		if (at[from[0].h >> shift & 255] == n)
			continue;
		for (size_t b = 0, sum = 0; b < 256; b++) {
			size_t k = at[b];
			at[b] = sum;
			sum += k;
		}
		for (size_t i = 0; i < n; i++)
			to[at[from[i].h >> shift & 255]++] = from[i];
		struct gram *t = from;
		from = to;
		to = t;
	}
	if (from != g)
		memcpy(g, from, n * sizeof *g);
	return ND_E_OK;
}

/* A quotation by its own words: a hash of them, their number, then the
 * outlet and place that give it (for the same words in two reports). */
struct qkey {
	uint64_t h;
	size_t n;
	const char *outlet;
	uint32_t start, q;
};

static struct qkey quote_key(const struct ctx *c, const struct qref *v, uint32_t q)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < v[q].w.n; i++)
		h = (h ^ v[q].h[i]) * 1099511628211ull;
	const char *outlet = c->story->arts[v[q].art].outlet;
	return (struct qkey){ h, v[q].w.n, outlet ? outlet : "", v[q].q->at.start, q };
}

static int cmp_qkey(const void *pa, const void *pb)
{
	const struct qkey *a = pa, *b = pb;
	if (a->h != b->h)
		return a->h < b->h ? -1 : 1;
	if (a->n != b->n)
		return a->n < b->n ? -1 : 1;
	int k = strcmp(a->outlet, b->outlet);
	if (k)
		return k;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return (a->q > b->q) - (a->q < b->q);
}

/* Group quotations that are the same: only those sharing a run of four
 * words are compared (found by sorting every four-word run), and each
 * against a few earlier ones of that run, so the work grows with the
 * number of quotations, not its square; "earlier" in an order of the
 * quotations' own words (quote_key), so that the groups do not depend
 * on the order of the files. */
static enum nd_err group_quotes(struct ctx *c, struct qref *v, size_t n, int *parent)
{
	size_t ng = 0;
	for (size_t k = 0; k < n; k++)
		ng += v[k].w.n >= 4 ? v[k].w.n - 3 : 0;
	struct gram *g = arena_alloc(c->arena, (ng ? ng : 1) * sizeof *g);
	if (!g)
		return ND_E_NOMEM;
	size_t o = 0;
	for (size_t k = 0; k < n; k++)
		for (size_t p = 0; p + 4 <= v[k].w.n; p++) {
			uint64_t h = 0;
			for (size_t i = 0; i < 4; i++)
				h = (h ^ v[k].h[p + i]) * 1099511628211ull + 0x9e3779b97f4a7c15ull;
			g[o++] = (struct gram){ h, (uint32_t)k };
		}
	if (sort_grams(c, g, ng) != ND_E_OK)
		return ND_E_NOMEM;
	struct qkey *keys = arena_alloc(c->arena, (ng ? ng : 1) * sizeof *keys);
	struct qkey *own = arena_alloc(c->arena, (n ? n : 1) * sizeof *own);
	if (!keys || !own)
		return ND_E_NOMEM;
	for (size_t k = 0; k < n; k++)
		own[k] = quote_key(c, v, (uint32_t)k);
	for (size_t i = 0; i < ng;) {
		size_t j = i;
		while (j < ng && g[j].h == g[i].h)
			j++;
		/* the run's quotations in an order of their own words, not of
		 * the files: which are compared, and joined, is the same
		 * whatever order the reports come in */
		for (size_t x = i; x < j; x++)
			keys[x - i] = own[g[x].q];
		if (j - i > 1)
			qsort(keys, j - i, sizeof *keys, cmp_qkey);
		for (size_t x = i; x < j; x++)
			g[x].q = keys[x - i].q;
		j = i;
		uint32_t reps[8];
		size_t nreps = 0;
		while (j < ng && g[j].h == g[i].h) {
			uint32_t q = g[j].q;
			bool joined = false;
			for (size_t r = 0; r < nreps && !joined; r++) {
				if (find(parent, (int)reps[r]) == find(parent, (int)q))
					joined = true;
				else if (same_quote(&v[q], &v[reps[r]])) {
					unite(parent, (int)q, (int)reps[r]);
					joined = true;
				}
			}
			if (!joined && nreps < 8)
				reps[nreps++] = q;
			j++;
		}
		i = j;
	}
	return ND_E_OK;
}

static const char *short_quote(struct ctx *c, const char *text)
{
	size_t n = strlen(text), words = 0, i = 0;
	for (; i < n; i++)
		if (text[i] == ' ' && ++words == 8)
			break;
	return arena_printf(c->arena, "\xe2\x80\x9c%.*s%s\xe2\x80\x9d", (int)i, text,
			    i < n ? "\xe2\x80\xa6" : "");
}

/* A report that quotes in pieces shows them joined, and the fullest of
 * the joined values may not be the longest piece: the diffs made while
 * the row was built are not what the quotation view shows, so split and
 * compare the joined values again. */
/* Is quotation a (na words) fuller than b (nb words)?  More words, or as
 * many and first in byte order: the fullest version of a row never
 * depends on the order the reports were given in. */
static bool fuller(size_t na, const char *a, size_t nb, const char *b)
{
	return na != nb ? na > nb : strcmp(a, b) < 0;
}

/* The words of each cell's value (qdiff_words), in *out (in the arena). */
static enum nd_err cells_words(struct ctx *c, const struct row *r, struct qwords **out)
{
	struct qwords *w = arena_alloc(c->arena, r->ncells * sizeof *w);
	if (!w)
		return ND_E_NOMEM;
	for (size_t k = 0; k < r->ncells; k++) {
		const char *value = r->cells[k].value;
		if (qdiff_words(value, strlen(value), c->arena, &w[k]) != ND_E_OK)
			return ND_E_NOMEM;
	}
	*out = w;
	return ND_E_OK;
}

static enum nd_err diff_joined(struct ctx *c, struct row *r)
{
	struct qwords *w;
	if (cells_words(c, r, &w) != ND_E_OK)
		return ND_E_NOMEM;
	size_t ref = 0;
	for (size_t k = 1; k < r->ncells; k++)
		if (fuller(w[k].n, r->cells[k].value, w[ref].n, r->cells[ref].value))
			ref = k;
	for (size_t k = 0; k < r->ncells; k++) {
		struct cell *cl = &r->cells[k];
		struct qop *ops = NULL;
		size_t nops = 0;
		if (k != ref && qdiff_diff(&w[k], &w[ref], c->arena, &ops, &nops) != ND_E_OK)
			return ND_E_NOMEM;
		cl->words = w[k].v;
		cl->nwords = w[k].n;
		cl->ops = ops;
		cl->nops = nops;
	}
	return ND_E_OK;
}

/* The n quotations of the story in story order, with their words and the
 * words' hashes, each in a group of its own (parent[k] == k).  NULL on no
 * memory. */
static struct qref *collect_quotes(struct ctx *c, const struct people *pp, size_t n,
				   int *parent)
{
	struct qref *v = arena_alloc(c->arena, n * sizeof *v);
	if (!v)
		return NULL;
	size_t k = 0;
	for (uint32_t a = 0; a < c->story->n; a++)
		for (size_t i = 0; i < c->facts[a].nquotes; i++, k++) {
			v[k].art = a;
			v[k].q = &c->facts[a].quotes[i];
			v[k].who = v[k].q->speaker >= 0 ? group_of(pp, a, v[k].q->speaker) : -1;
			parent[k] = (int)k;
			/* (found with the report's facts, on its thread) */
			v[k].w = v[k].q->words;
			v[k].h = v[k].q->hashes;
		}
	return v;
}

/* Who speaks a quotation in each report that gives a speaker: the
 * person's group, with those of a joint statement. */
#define MAX_JOINT 4
struct speakers {
	int g[64][MAX_JOINT];   /* -1 past the last */
	size_t n;
};

/* Record the speakers of quotation q of report art in sp; returns how the
 * cell names them ("A", or "A, B and C" for a joint statement). */
static const char *speaker_set(struct ctx *c, const struct people *pp, struct speakers *sp,
			       uint32_t art, const struct quote *q)
{
	int set[MAX_JOINT];
	size_t n = 0;
	set[n++] = group_of(pp, art, q->speaker);
	for (unsigned k = 0; k < q->njoint && n < MAX_JOINT; k++) {
		int g = group_of(pp, art, q->joint[k]);
		if (g >= 0)
			set[n++] = g;
	}
	if (sp->n < 64) {
		for (size_t k = 0; k < MAX_JOINT; k++)
			sp->g[sp->n][k] = k < n ? set[k] : -1;
		sp->n++;
	}
	const char *name = group_name(pp, set[0]);
	for (size_t k = 1; k < n; k++)
		name = arena_printf(c->arena, "%s%s%s", name, k + 1 == n ? " and " : ", ",
				    group_name(pp, set[k]));
	return name;
}

static bool share_speaker(const int *a, const int *b)
{
	for (size_t i = 0; i < MAX_JOINT && a[i] >= 0; i++)
		for (size_t j = 0; j < MAX_JOINT && b[j] >= 0; j++)
			if (a[i] == b[j])
				return true;
	return false;
}

/* Two reports that give the words to speakers with no one in common:
 * their indexes in sp, or false. */
static bool other_speakers(const struct speakers *sp, size_t *x, size_t *y)
{
	for (size_t i = 0; i < sp->n; i++)
		for (size_t j = i + 1; j < sp->n; j++)
			if (!share_speaker(sp->g[i], sp->g[j])) {
				*x = i;
				*y = j;
				return true;
			}
	return false;
}

static void quote_verdict(struct ctx *c, struct row *r, const struct people *pp,
			  const struct speakers *sp, bool changed, bool parts)
{
	size_t x, y;
	if (r->ncells == 1) {
		r->verdict = VERDICT_SINGLE;
		r->why = "one report quotes this";
	} else if (other_speakers(sp, &x, &y)) {
		r->verdict = VERDICT_DISAGREE;
		r->why = arena_printf(c->arena, "the same words are given to different speakers (%s, %s)",
				      group_name(pp, sp->g[x][0]), group_name(pp, sp->g[y][0]));
	} else if (changed) {
		r->verdict = VERDICT_PARTIAL;
		r->why = "the wording differs";
	} else {
		r->verdict = VERDICT_AGREE;
		r->why = parts ? "same words; the reports quote different parts" : "same words";
	}
}

/* A second quotation j of one report in a row is a piece of the first, k,
 * only when the report gives them to the same speaker (or to no one) and
 * they stand within three paragraphs of each other: otherwise they are
 * two quotations that share words (a letter quoted, then a remark that
 * repeats it). */
static bool other_piece_speaker(const struct ctx *c, const struct qref *v, size_t k, size_t j)
{
	int a = v[k].q->speaker, b = v[j].q->speaker;
	if (a >= 0 && b >= 0 && a != b)
		return true;
	const struct sentences *s = &c->sents[v[j].art];
	uint32_t si = v[k].q->at.sent, sj = v[j].q->at.sent;
	if (si < s->n && sj < s->n) {
		uint32_t pi = s->v[si].para, pj = s->v[sj].para;
		return (pi > pj ? pi - pj : pj - pi) > 3;
	}
	return false;
}

/* The quotations of each group in story order, when every node points
 * straight at its group's root, the group's first: next[k] is the one
 * after k in k's group, or -1.  NULL on no memory. */
static int *quote_groups(struct ctx *c, const int *parent, size_t n)
{
	int *next = arena_alloc(c->arena, 2 * n * sizeof *next);
	if (!next)
		return NULL;
	int *last = next + n;  /* the last member of each root's group so far */
	for (size_t k = 0; k < n; k++) {
		next[k] = -1;
		int root = parent[k];
		if (root != (int)k)
			next[last[root]] = (int)k;
		last[root] = (int)k;
	}
	return next;
}

/* A quotation of a report that another of the same report drew into its
 * group but that is no piece of it (other_piece_speaker) becomes a row
 * of its own rather than a piece: every node first points straight at
 * its group, so that one can leave without taking others along.  Each
 * group is walked on its own (quote_groups), its quotations in story
 * order, so the work grows with the groups, not with all pairs. */
static enum nd_err detach_other_pieces(struct ctx *c, const struct qref *v, size_t n, int *parent)
{
	for (size_t k = 0; k < n; k++)
		parent[k] = find(parent, (int)k);
	int *next = quote_groups(c, parent, n);
	if (!next)
		return ND_E_NOMEM;
	for (size_t root = 0; root < n; root++) {
		if (parent[root] != (int)root)
			continue;
		for (int j = next[root]; j >= 0; j = next[j]) {
			/* the first quotation of j's report still in the group */
			int k = (int)root;
			while (k != j && !(parent[k] == (int)root && v[k].art == v[j].art))
				k = next[k];
			if (k != j && other_piece_speaker(c, v, (size_t)k, (size_t)j))
				parent[j] = j;
		}
	}
	return ND_E_OK;
}

/* Length of the longest run of words of x starting at x[i] that y holds. */
static size_t run_from(const struct qwords *x, size_t i, const struct qwords *y)
{
	size_t best = 0;
	for (size_t j = 0; j < y->n && best < x->n - i; j++) {
		size_t n = 0;
		while (i + n < x->n && j + n < y->n && strcmp(x->v[i + n].fold, y->v[j + n].fold) == 0)
			n++;
		if (n > best)
			best = n;
	}
	return best;
}

/* The sentence of cell cl's report where the words run[0..n) begin, from
 * its quotation on to the end of the third paragraph after it (a
 * quotation given in pieces, group_quotes): the cell's evidence sentence
 * moves there.  Its span (start, end) stays the quotation's first piece,
 * which the rules that come after leave to this row. */
static enum nd_err point_at_run(struct ctx *c, struct cell *cl, const struct qword *run, size_t n)
{
	const char *text = c->story->arts[cl->art].text;
	const struct sentences *s = &c->sents[cl->art];
	uint32_t end = cl->end, para = UINT32_MAX;
	for (size_t i = 0; i < s->n; i++) {
		if (para == UINT32_MAX && s->v[i].start <= cl->start && cl->start < s->v[i].end)
			para = s->v[i].para;
		if (para != UINT32_MAX && s->v[i].para <= para + 3 && s->v[i].end > end)
			end = s->v[i].end;
	}
	struct qwords q;
	if (end <= cl->start)
		return ND_E_OK;
	if (qdiff_words(text + cl->start, end - cl->start, c->arena, &q) != ND_E_OK)
		return ND_E_NOMEM;
	for (size_t j = 0; j + n <= q.n; j++) {
		size_t k = 0;
		while (k < n && strcmp(q.v[j + k].fold, run[k].fold) == 0)
			k++;
		if (k < n)
			continue;
		uint32_t at = cl->start + q.v[j].off;
		for (size_t i = 0; i < s->n; i++)
			if (s->v[i].start <= at && at < s->v[i].end) {
				cl->sent_start = s->v[i].start;
				cl->sent_end = s->v[i].end;
				break;
			}
		return ND_E_OK;
	}
	return ND_E_OK;
}

/* A row whose versions differ, where some reports quote the whole and
 * others a part of it in their own words around it ("It is standard
 * practice ... in this case individuals misused their authority to
 * obtain access", and "The individuals involved misused their authority
 * to obtain access"): the longest run of words every version holds, when
 * it has QDIFF_MIN_RUN words or more, names the row, and each report's
 * evidence is the sentence where that run begins, not the opening of the
 * whole, which some reports do not give. */
static enum nd_err point_at_words_all_quote(struct ctx *c, struct row *r)
{
	struct qwords *w;
	if (cells_words(c, r, &w) != ND_E_OK)
		return ND_E_NOMEM;
	size_t part = 0;  /* the shortest version */
	for (size_t k = 1; k < r->ncells; k++)
		if (fuller(w[part].n, r->cells[part].value, w[k].n, r->cells[k].value))
			part = k;
	size_t at = 0, len = 0;
	for (size_t i = 0; i < w[part].n; i++) {
		size_t n = w[part].n - i;
		for (size_t k = 0; k < r->ncells && n > len; k++)
			if (k != part) {
				size_t m = run_from(&w[part], i, &w[k]);
				n = m < n ? m : n;
			}
		if (n > len) {
			at = i;
			len = n;
		}
	}
	if (len < QDIFF_MIN_RUN)
		return ND_E_OK;
	const struct qword *a = &w[part].v[at], *b = &w[part].v[at + len - 1];
	const char *words = arena_strndup(c->arena, r->cells[part].value + a->off,
					  b->off + b->len - a->off);
	const char *q = words ? arena_printf(c->arena, "quotation %s", short_quote(c, words)) : NULL;
	if (!q)
		return ND_E_NOMEM;
	r->question = q;
	for (size_t k = 0; k < r->ncells; k++)
		if (point_at_run(c, &r->cells[k], a, len) != ND_E_OK)
			return ND_E_NOMEM;
	return ND_E_OK;
}

static enum nd_err quote_rows(struct rows_out *ro, const struct people *pp)
{
	struct ctx *c = ro->c;
	size_t n = 0;
	for (uint32_t a = 0; a < c->story->n; a++)
		n += c->facts[a].nquotes;
	if (n == 0)
		return ND_E_OK;
	int *parent = arena_alloc(c->arena, n * sizeof *parent);
	struct qref *v = parent ? collect_quotes(c, pp, n, parent) : NULL;
	if (!v || group_quotes(c, v, n, parent) != ND_E_OK)
		return ND_E_NOMEM;
	if (detach_other_pieces(c, v, n, parent) != ND_E_OK)
		return ND_E_NOMEM;
	/* every node points straight at its group still */
	int *next = quote_groups(c, parent, n);
	if (!next)
		return ND_E_NOMEM;
	for (size_t i = 0; i < n; i++) {
		if (parent[i] != (int)i)
			continue;
		/* the longest version names the row */
		size_t longest = i;
		for (int j = (int)i; j >= 0; j = next[j])
			if (fuller(v[j].w.n, v[j].q->text, v[longest].w.n, v[longest].q->text))
				longest = (size_t)j;
		struct row *r = align_new_row(ro, FACT_QUOTE,
					arena_printf(c->arena, "quotation %s", short_quote(c, v[longest].q->text)));
		if (!r)
			return ND_E_NOMEM;
		struct speakers sp = { { { 0 } }, 0 };
		bool changed = false, parts = false, pieces = false;
		for (int j = (int)i; j >= 0; j = next[j]) {
			struct cell *cl = NULL;
			for (size_t x = 0; x < r->ncells; x++)
				if (r->cells[x].art == v[j].art)
					cl = &r->cells[x];
			if (cl) { /* a second piece from the same report */
				/* the same words quoted again (a post that
				 * repeats a statement) add nothing */
				bool again = false;
				for (int k = (int)i; k != j && !again; k = next[k]) {
					size_t xi, yj;
					again = v[k].art == v[j].art &&
						longest_run(&v[k], &v[j], &xi, &yj) == v[j].w.n;
				}
				if (again)
					continue;
				cl->value = arena_printf(c->arena, "%s \xe2\x80\xa6 %s", cl->value, v[j].q->text);
				cl->normalized = cl->value;
				cl->note = "quoted in pieces";
				parts = pieces = true;
				continue;
			}
			cl = align_add_cell(c, r, v[j].art, &v[j].q->at);
			cl->value = v[j].q->text;
			cl->normalized = v[j].q->text;
			cl->speaker = v[j].q->speaker_text;
			cl->words = v[j].w.v;
			cl->nwords = v[j].w.n;
			int g = group_of(pp, v[j].art, v[j].q->speaker);
			if (g >= 0) {
				cl->speaker = speaker_set(c, pp, &sp, v[j].art, v[j].q);
				const struct person *who = &c->facts[v[j].art].people[v[j].q->speaker];
				if (who->variant && cl->speaker)
					cl->note = arena_printf(c->arena, "speaker spelt %s here", who->variant);
			}
			if ((size_t)j != longest) {
				struct qop *ops;
				size_t nops;
				/* a diff lost to a lack of memory would read as "same words" */
				if (qdiff_diff(&v[j].w, &v[longest].w, c->arena, &ops, &nops) != ND_E_OK)
					return ND_E_NOMEM;
				cl->ops = ops;  /* what the view shows, unless in pieces */
				cl->nops = nops;
				enum qrel rel = qdiff_relation(ops, nops);
				if (rel == QREL_CHANGED)
					changed = true;
				if (rel == QREL_A_IN_B)
					parts = true;
				if (rel != QREL_SAME) {
					const char *d = qdiff_describe(&v[j].w, v[j].q->text, &v[longest].w,
								       v[longest].q->text, c->arena);
					if (!d)
						return ND_E_NOMEM;
					cl->note = cl->note ? arena_printf(c->arena, "%s; %s", cl->note, d) : d;
				}
			}
		}
		if (pieces && diff_joined(c, r) != ND_E_OK)
			return ND_E_NOMEM;
		if ((parts || changed) && point_at_words_all_quote(c, r) != ND_E_OK)
			return ND_E_NOMEM;
		quote_verdict(c, r, pp, &sp, changed, parts);
	}
	return ND_E_OK;
}

/* ---- order -------------------------------------------------------------- */

static int cmp_row(const void *a, const void *b)
{
	return row_compare(a, b);
}

static bool same_str(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

/*
 * Reports that state a fact in the same words and the same way cannot
 * disagree, whatever the rule that built the row found inside one of them
 * (two counts of one report, a name spelt two ways in one report, a
 * quotation given in pieces): the rows compare reports with each other,
 * so a report compared with a copy of itself agrees on everything.
 */
static void same_statements_agree(struct row *r)
{
	if (r->ncells < 2 || (r->verdict != VERDICT_DISAGREE && r->verdict != VERDICT_PARTIAL))
		return;
	const struct cell *a = &r->cells[0];
	for (size_t k = 1; k < r->ncells; k++) {
		const struct cell *b = &r->cells[k];
		if (!same_str(a->value, b->value) || !same_str(a->normalized, b->normalized) ||
		    !same_str(a->qualifier, b->qualifier) || !same_str(a->speaker, b->speaker))
			return;
	}
	r->verdict = VERDICT_AGREE;
	r->why = "every report that gives it says the same";
}

enum nd_err align_rows(const struct story *s, const struct sentences *sents,
		       const struct report_facts *facts, struct arena *arena,
		       struct row **rows, size_t *nrows)
{
	struct ctx cx = { arena, s, sents, facts, NULL, 0 };
	struct ctx *c = &cx;
	struct rows_out ro = { c, 0 };
	*rows = NULL;
	*nrows = 0;
	struct people pp;
	enum nd_err err = link_people(c, &pp);
	if (!err)
		err = people_rows(&ro, &pp);
	if (!err)
		err = count_rows(&ro);
	if (!err)
		err = quote_rows(&ro, &pp);
	if (!err)
		err = align_outlet_rows(&ro);
	if (!err)
		err = align_place_rows(&ro);
	if (!err)
		err = align_outcome_rows(&ro);
	if (!err)
		err = align_term_rows(&ro);
	if (err)
		return err;
	/* drop rows that found nothing to say */
	size_t o = 0;
	for (size_t i = 0; i < c->nrows; i++)
		if (c->rows[i].question && c->rows[i].ncells > 0) {
			same_statements_agree(&c->rows[i]);
			c->rows[o++] = c->rows[i];
		}
	c->nrows = o;
	/* the key ends with the order rows were made in: qsort need not be stable */
	qsort(c->rows, c->nrows, sizeof *c->rows, cmp_row);
	if (c->arena->failed)
		return ND_E_NOMEM;
	*rows = c->rows;
	*nrows = c->nrows;
	return ND_E_OK;
}
