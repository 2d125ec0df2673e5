/*
 * align_sets.c - rows of the sets each report names: the outlets whose
 * journalists the story is about, who each report relies on (outlets and
 * documents), where people were based, outcomes and technical terms.
 * Part of the align module (see align.h); private helpers in
 * align_scan.h.
 */
#include "analyse/align_scan.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyse/lexicon.h"
#include "base/text.h"

/* ---- sets: outlets, sources, places, outcomes --------------------------- */

/* Verdict for cells whose normalized values are "; "-joined sorted sets. */
static void set_verdict(struct row *r)
{
	if (r->ncells == 1) {
		r->verdict = VERDICT_SINGLE;
		r->why = "one report says";
		return;
	}
	bool all_same = true, overlap_all = true;
	for (size_t i = 1; i < r->ncells; i++) {
		if (strcmp(r->cells[i].normalized, r->cells[0].normalized) != 0)
			all_same = false;
	}
	/* does every pair share at least one member? */
	for (size_t i = 0; i < r->ncells && overlap_all; i++)
		for (size_t j = i + 1; j < r->ncells && overlap_all; j++) {
			bool shared = false;
			const char *a = r->cells[i].normalized;
			while (*a && !shared) {
				size_t l = strcspn(a, ";");
				const char *b = r->cells[j].normalized;
				while (*b) {
					size_t m = strcspn(b, ";");
					if (m == l && strncmp(b, a, l) == 0)
						shared = true;
					b += m;
					while (*b == ';' || *b == ' ')
						b++;
				}
				a += l;
				while (*a == ';' || *a == ' ')
					a++;
			}
			if (!shared)
				overlap_all = false;
		}
	if (all_same) {
		r->verdict = VERDICT_AGREE;
		r->why = "the same in every report that says";
	} else if (overlap_all) {
		r->verdict = VERDICT_PARTIAL;
		r->why = "the reports overlap but differ";
	} else {
		r->verdict = VERDICT_DISAGREE;
		r->why = "some reports name entirely different ones";
	}
}

/* Equal strings are interchangeable: join_set keeps one of them. */
static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Join a set of names: sorted, unique, "; " between. */
const char *align_join_set(struct ctx *c, const char **items, size_t n)
{
	qsort(items, n, sizeof *items, cmp_str);
	char tmp[1024];
	size_t o = 0;
	tmp[0] = '\0';
	for (size_t i = 0; i < n; i++) {
		if (i && strcmp(items[i], items[i - 1]) == 0)
			continue;
		int w = snprintf(tmp + o, sizeof tmp - o, "%s%s", o ? "; " : "", items[i]);
		if (w < 0 || (size_t)w >= sizeof tmp - o)
			break;
		o += (size_t)w;
	}
	return arena_strdup(c->arena, tmp);
}

/* One source a report relies on: an outlet it cites or a kind of
 * document ("emails" for "internal emails" and "leaked emails"). */
struct source {
	const char *key;      /* what rows are made of: the outlet, the head noun */
	const char *shown;    /* as the report has it */
	bool document;        /* a kind of document, not a named outlet */
	uint32_t art;
	size_t seq;           /* the order found: the last sort key */
	const struct where *at;
	/* documents: the surnames named within six words of it (issuers),
	 * found when first asked for (found) */
	const char *by[4];
	size_t nby;
	bool found;
};

static int cmp_source(const void *a, const void *b)
{
	const struct source *x = a, *y = b;
	int d = strcmp(x->key, y->key);
	if (d)
		return d;
	if (x->art != y->art)
		return x->art < y->art ? -1 : 1;
	return (x->seq > y->seq) - (x->seq < y->seq);
}

/* Is outlet a (as cited) the report's own outlet b (its header, or its
 * file name)?  Case, a leading "the" and '-' or '_' for spaces aside:
 * "The Daily Example" is "daily-example". */
/* The same outlet written two ways: "The Daily Flare", "daily-flare",
 * "DailyFlare", "Daily Flare (Online)" (case, spaces, hyphens, dots,
 * underscores and a part in brackets aside). */
static bool same_outlet(const char *a, const char *b)
{
	if (strncasecmp(a, "the ", 4) == 0)
		a += 4;
	if (strncasecmp(b, "the ", 4) == 0)
		b += 4;
	for (;;) {
		while (*a == ' ' || *a == '-' || *a == '_' || *a == '.')
			a++;
		while (*b == ' ' || *b == '-' || *b == '_' || *b == '.')
			b++;
		/* "CNN (Online News)": what the brackets add is not the name */
		bool ea = !*a || *a == '(', eb = !*b || *b == '(';
		if (ea || eb)
			return ea && eb;
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
			return false;
		a++;
		b++;
	}
}

/* The last word of name, and how many words it has. */
static const char *last_word(const char *name, size_t *words)
{
	const char *last = name;
	*words = 0;
	for (const char *p = name; *p; p++)
		if (*p != ' ' && (p == name || p[-1] == ' ')) {
			last = p;
			(*words)++;
		}
	return last;
}

/* The outlets a one-word name may stand for (full_outlet): those the
 * reports name with two words or more ("The Post" aside), by their last
 * word (strcasecmp), then in story order. */
struct longer_outlet {
	const char *last;    /* its last word */
	const char *name;
	size_t seq;
};

static int cmp_longer(const void *a, const void *b)
{
	const struct longer_outlet *x = a, *y = b;
	int d = strcasecmp(x->last, y->last);
	return d ? d : (x->seq > y->seq) - (x->seq < y->seq);
}

/* The story's longer outlets in *out (*n of them); false on no memory. */
static bool longer_outlets(struct ctx *c, struct longer_outlet **out, size_t *n)
{
	size_t total = 0, k = 0;
	for (uint32_t a = 0; a < c->story->n; a++)
		total += c->facts[a].noutlets;
	struct longer_outlet *v = arena_alloc(c->arena, (total ? total : 1) * sizeof *v);
	if (!v)
		return false;
	for (uint32_t a = 0; a < c->story->n; a++)
		for (size_t i = 0; i < c->facts[a].noutlets; i++) {
			const char *o = c->facts[a].outlets[i].name;
			size_t words;
			const char *w = last_word(o, &words);
			if (words < 2 || (words == 2 && strncasecmp(o, "the ", 4) == 0))
				continue;
			v[k] = (struct longer_outlet){ w, o, k };
			k++;
		}
	qsort(v, k, sizeof *v, cmp_longer);
	*out = v;
	*n = k;
	return true;
}

/* "the Times" for "The New York Times": a one-word name (with or
 * without "the") stands for the one longer outlet of the story that ends
 * in that word, when there is exactly one; otherwise for itself.  The
 * longer outlets are lo[0..nlo) (longer_outlets). */
static const char *full_outlet(const struct longer_outlet *lo, size_t nlo, const char *name)
{
	size_t words;
	const char *bare = strncasecmp(name, "the ", 4) == 0 ? name + 4 : name;
	last_word(bare, &words);
	if (words != 1)
		return name;
	/* the first that ends in the word, then each after it that does */
	size_t at = 0, hi = nlo;
	while (at < hi) {
		size_t mid = at + (hi - at) / 2;
		if (strcasecmp(lo[mid].last, bare) < 0)
			at = mid + 1;
		else
			hi = mid;
	}
	const char *found = NULL;
	for (; at < nlo && strcasecmp(lo[at].last, bare) == 0; at++) {
		const char *o = lo[at].name;
		if (found && !same_outlet(found, o))
			return name;   /* two: "the Post" may be either */
		if (!found || strcmp(o, found) < 0)
			found = o;
	}
	return found ? found : name;
}

/* The last word of a document kind: "internal emails" is "emails". */
static const char *document_head(const char *kind)
{
	const char *sp = strrchr(kind, ' ');
	return sp ? sp + 1 : kind;
}

/* The surnames of the people named within six words of document x's
 * word ("Roe said in an email", "an email from Kim Roe"): who wrote or
 * sent it, most often; the first four. */
static void find_issuers(const struct ctx *c, struct source *x)
{
	if (x->found)
		return;
	x->found = true;
	const struct report_facts *f = &c->facts[x->art];
	const struct tokens *tk = &f->toks[x->at->sent];
	size_t d = 0;
	while (d < tk->n && tk->t[d].start < x->at->start)
		d++;
	x->nby = 0;
	for (size_t i = 0; i < f->nnames && x->nby < 4; i++) {
		const struct name_ref *nr = &f->names[i];
		const char *sur = f->people[nr->person].surname;
		if (nr->sent != x->at->sent || !sur)
			continue;
		size_t gap = nr->last < d ? d - nr->last : nr->first > d ? nr->first - d : 0;
		if (gap <= 6)
			x->by[x->nby++] = sur;
	}
}

/* Is the sentence at w of report a the sentence at u of report b, word
 * for word (a copy: the same document, whoever sent it)? */
static bool same_sentence(const struct ctx *c, uint32_t a, const struct where *w, uint32_t b,
			  const struct where *u)
{
	const struct sentence *x = &c->sents[a].v[w->sent], *y = &c->sents[b].v[u->sent];
	return x->end - x->start == y->end - y->start &&
	       memcmp(c->story->arts[a].text + x->start, c->story->arts[b].text + y->start,
		      x->end - x->start) == 0;
}

/* Were one report's documents v[i..j) and another's v[bi..bj) written
 * or sent by one person, as the words next to them name it, or cited in
 * the same sentence? */
static bool documents_share_person(const struct ctx *c, struct source *v, size_t i, size_t j,
				   size_t bi, size_t bj)
{
	for (size_t x = i; x < j; x++)
		for (size_t y = bi; y < bj; y++)
			if (same_sentence(c, v[x].art, v[x].at, v[y].art, v[y].at))
				return true;
	for (size_t x = i; x < j; x++)
		find_issuers(c, &v[x]);
	for (size_t y = bi; y < bj; y++)
		find_issuers(c, &v[y]);
	for (size_t x = i; x < j; x++)
		for (size_t p = 0; p < v[x].nby; p++)
			for (size_t y = bi; y < bj; y++)
				for (size_t q = 0; q < v[y].nby; q++)
					if (strcmp(v[x].by[p], v[y].by[q]) == 0)
						return true;
	return false;
}

static size_t doc_root(size_t *parent, size_t x)
{
	while (parent[x] != x)
		x = parent[x] = parent[parent[x]];
	return x;
}

/* Sources v[i..j) are one kind of document in several reports: put the
 * documents linked to the first one, by one person who wrote or sent
 * them or one sentence they are named in, through any chain of such
 * links, first (in their order), the others after them (their own rows
 * in turn); returns the end of the first group.  Each group is the same
 * whatever the order of the reports: "an email from Roe" in one report
 * and "Roe's internal email" and "leaked emails from Lund" in another,
 * and "an email from Lund" in a third, are two groups. */
static size_t group_documents(const struct ctx *c, struct source *v, size_t i, size_t j)
{
	size_t m = j - i;
	size_t *parent = arena_alloc(c->arena, m * sizeof *parent);
	struct source *tmp = arena_alloc(c->arena, m * sizeof *tmp);
	if (!parent || !tmp)
		return j;
	for (size_t x = 0; x < m; x++)
		parent[x] = x;
	for (size_t x = 0; x < m; x++)
		for (size_t y = x + 1; y < m; y++)
			if (v[i + x].art != v[i + y].art &&
			    documents_share_person(c, v, i + x, i + x + 1, i + y, i + y + 1))
				parent[doc_root(parent, y)] = doc_root(parent, x);
	size_t first = doc_root(parent, 0), o = 0;
	for (size_t x = 0; x < m; x++)
		if (doc_root(parent, x) == first)
			tmp[o++] = v[i + x];
	size_t end = o;
	for (size_t x = 0; x < m; x++)
		if (doc_root(parent, x) != first)
			tmp[o++] = v[i + x];
	memcpy(&v[i], tmp, m * sizeof *tmp);
	return i + end;
}

/*
 * Who or what each report relies on, one row per source: reports that
 * cite the same outlet agree, a source only one report cites is single.
 * Reports that cite the same kind of document ("emails", "a statement")
 * from one person (named within six words of it) may mean one or
 * different ones: unclear; otherwise each is a row of its own.  Citing different sources is never a
 * disagreement, and a report's own outlet is not a source of it ("told
 * the Daily Example" in the Daily Example's report).  "The Flare" is the
 * story's one outlet named "... Flare" (full_outlet).
 */
enum nd_err align_source_rows(struct rows_out *ro)
{
	struct ctx *c = ro->c;
	size_t n = 0;
	for (uint32_t a = 0; a < c->story->n; a++)
		n += c->facts[a].noutlets + c->facts[a].ndocs;
	if (n == 0)
		return ND_E_OK;
	struct source *v = arena_alloc(c->arena, n * sizeof *v);
	struct longer_outlet *lo;
	size_t nlo;
	if (!v || !longer_outlets(c, &lo, &nlo))
		return ND_E_NOMEM;
	size_t k = 0;
	for (uint32_t a = 0; a < c->story->n; a++) {
		const struct report_facts *f = &c->facts[a];
		for (size_t i = 0; i < f->noutlets; i++) {
			const struct outlet_ref *o = &f->outlets[i];
			const char *full = full_outlet(lo, nlo, o->name);
			if (o->part == ORG_SOURCE && !same_outlet(o->name, c->story->arts[a].outlet) &&
			    !same_outlet(full, c->story->arts[a].outlet)) {
				v[k] = (struct source){ full, o->name, false, a, k, &o->at, { NULL }, 0, false };
				k++;
			}
		}
		for (size_t i = 0; i < f->ndocs; i++)
		{
			v[k] = (struct source){ document_head(f->docs[i].kind), f->docs[i].kind, true,
						a, k, &f->docs[i].at, { NULL }, 0, false };
			k++;
		}
	}
	qsort(v, k, sizeof *v, cmp_source);
	size_t key_end = 0, key_reports = 0;
	for (size_t i = 0; i < k;) {
		size_t j = i;
		while (j < k && strcmp(v[j].key, v[i].key) == 0)
			j++;
		/* how many reports cite this kind at all (counted once a kind) */
		if (i >= key_end) {
			key_end = j;
			key_reports = 0;
			for (size_t x = i; x < j; x++)
				key_reports += x == i || v[x].art != v[x - 1].art;
		}
		/* documents of one kind are one row only where the words next
		 * to them name one person: "an email from Roe" and "Roe said
		 * in an email"; "the NRA said in a statement" and "Senator Lund
		 * said in a statement" cite two statements */
		if (v[i].document)
			j = group_documents(c, v, i, j);
		struct row *r = align_new_row(ro, FACT_ATTRIBUTION,
					arena_printf(c->arena, "relies on: %s", v[i].key));
		if (!r)
			return ND_E_NOMEM;
		for (size_t x = i; x < j;) {
			size_t y = x;
			const char *shown[16];
			size_t ns = 0;
			for (; y < j && v[y].art == v[x].art; y++)
				if (ns < 16)
					shown[ns++] = v[y].shown;
			struct cell *cl = align_add_cell(c, r, v[x].art, v[x].at);
			cl->value = align_join_set(c, shown, ns);
			cl->normalized = v[x].key;
			x = y;
		}
		if (r->ncells == 1 && v[i].document && key_reports > 1) {
			/* "emails" in other reports too, from other people or none
			 * named: not shown to be the same, nor to be others */
			r->verdict = VERDICT_SINGLE;
			r->why = arena_printf(c->arena, "%s's own; %zu other report%s cite%s this kind "
					      "of document too, not shown to be the same",
					      align_outlet_of(c, r->cells[0].art), key_reports - 1,
					      key_reports == 2 ? "" : "s", key_reports == 2 ? "s" : "");
		} else if (r->ncells == 1) {
			r->verdict = VERDICT_SINGLE;
			r->why = arena_printf(c->arena, "only %s relies on it", align_outlet_of(c, r->cells[0].art));
		} else if (v[i].document) {
			r->verdict = VERDICT_UNCLEAR;
			r->why = "the same kind of document; whether it is the same one is not known";
		} else {
			r->verdict = VERDICT_AGREE;
			r->why = "each of these reports cites it";
		}
		i = j;
	}
	return ND_E_OK;
}

enum nd_err align_outlet_rows(struct rows_out *ro)
{
	struct ctx *c = ro->c;
	struct row *emp = align_new_row(ro, FACT_ORGANISATION, "outlets whose journalists the story is about");
	if (!emp)
		return ND_E_NOMEM;
	size_t emp_i = c->nrows - 1;
	for (uint32_t a = 0; a < c->story->n; a++) {
		const char *items[64];
		size_t n = 0;
		const struct where *first = NULL;
		for (size_t i = 0; i < c->facts[a].noutlets && n < 64; i++) {
			const struct outlet_ref *o = &c->facts[a].outlets[i];
			if (o->part != ORG_EMPLOYER)
				continue;
			items[n++] = o->name;
			if (!first)
				first = &o->at;
		}
		if (!n)
			continue;
		emp = &c->rows[emp_i];
		struct cell *cl = align_add_cell(c, emp, a, first);
		cl->value = cl->normalized = align_join_set(c, items, n);
	}
	emp = &c->rows[emp_i];
	if (emp->ncells)
		set_verdict(emp);
	else
		emp->question = NULL;

	return align_source_rows(ro);
}

enum nd_err align_place_rows(struct rows_out *ro)
{
	struct ctx *c = ro->c;
	for (int nc = 1; nc < NOUN__COUNT; nc++) {
		bool any = false;
		for (uint32_t a = 0; a < c->story->n; a++)
			for (size_t i = 0; i < c->facts[a].nplaces; i++)
				any |= (int)c->facts[a].places[i].group == nc;
		if (!any)
			continue;
		struct row *r = align_new_row(ro, FACT_PLACE,
					arena_printf(c->arena, "where the %s were based",
						     noun_class_label((enum noun_class)nc)));
		if (!r)
			return ND_E_NOMEM;
		for (uint32_t a = 0; a < c->story->n; a++) {
			const char *items[32];
			size_t n = 0;
			const struct where *first = NULL;
			for (size_t i = 0; i < c->facts[a].nplaces && n < 32; i++) {
				const struct place_ref *p = &c->facts[a].places[i];
				if ((int)p->group != nc)
					continue;
				items[n++] = p->country;
				if (!first)
					first = &p->at;
			}
			if (!n)
				continue;
			struct cell *cl = align_add_cell(c, r, a, first);
			cl->value = cl->normalized = align_join_set(c, items, n);
		}
		set_verdict(r);
	}
	return ND_E_OK;
}

enum nd_err align_outcome_rows(struct rows_out *ro)
{
	struct ctx *c = ro->c;
	bool any = false;
	for (uint32_t a = 0; a < c->story->n; a++)
		any |= c->facts[a].noutcomes > 0;
	if (!any)
		return ND_E_OK;
	struct row *r = align_new_row(ro, FACT_EVENT, "did the effort succeed");
	if (!r)
		return ND_E_NOMEM;
	for (uint32_t a = 0; a < c->story->n; a++) {
		if (!c->facts[a].noutcomes)
			continue;
		const struct outcome_ref *o = &c->facts[a].outcomes[0];
		struct cell *cl = align_add_cell(c, r, a, &o->at);
		cl->value = o->text;
		cl->normalized = o->success ? "succeeded" : "failed";
	}
	set_verdict(r);
	return ND_E_OK;
}

/* Technical terms that two or more reports use ("SMS messages"): what
 * the story turns on, told the same way.  One row per term. */
struct tpair {
	const struct term_ref *t;
	uint32_t art;
	size_t seq;     /* in story order, then in report order */
};

/* By key, then in story order: the first use in a report gives its cell. */
static int cmp_term(const void *a, const void *b)
{
	const struct tpair *x = a, *y = b;
	int d = strcmp(x->t->key, y->t->key);
	return d ? d : (x->seq > y->seq) - (x->seq < y->seq);
}

/* Word w of a term's key (its last without the plural ending) written
 * as token word f? */
static bool term_word(const char *key_word, size_t kl, const char *f, bool last)
{
	size_t fl = strlen(f);
	if (fl == kl)
		return strncmp(f, key_word, kl) == 0;
	return last && fl > kl && strncmp(f, key_word, kl) == 0 &&
	       (text_same(f + kl, "s") || text_same(f + kl, "es"));
}

/* Do the words of key stand in tokens b... of tk (any case, the last
 * also plural)?  The token past the last, or 0. */
static size_t term_at(const struct tokens *tk, size_t b, const char *key)
{
	const char *p = key;
	size_t k = b;
	for (; *p && k < tk->n; k++) {
		size_t kl = strcspn(p, " ");
		if (!tk->t[k].word || !term_word(p, kl, tk->w[k], !p[kl]))
			return 0;
		p += kl + (p[kl] == ' ');
	}
	return *p ? 0 : k;
}

/* The first of the sorted keys[0..n) that start with word w and a space. */
static size_t first_with(const char *const *keys, size_t n, const char *w)
{
	size_t lo = 0, hi = n, wl = strlen(w);
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int d = strncmp(keys[mid], w, wl);
		if (d < 0 || (d == 0 && (unsigned char)keys[mid][wl] < ' '))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The keys whose first word is w: keys[lo..hi), sorted keys sharing
 * the bytes "w " standing together. */
struct first_word {
	const char *w;      /* NULL: an empty slot */
	size_t len;
	size_t lo, hi;
};

/* The open-addressed table (*cap slots, a power of two) of the first
 * words of the sorted keys[0..nk) that hold a space; NULL on no memory. */
static struct first_word *first_words(struct ctx *c, const char *const *keys, size_t nk,
				      size_t *cap)
{
	size_t n = 16;
	while (n < 2 * nk)
		n *= 2;
	struct first_word *t = arena_alloc(c->arena, n * sizeof *t);
	if (!t)
		return NULL;
	struct first_word *last = NULL;
	for (size_t i = 0; i < nk; i++) {
		const char *sp = strchr(keys[i], ' ');
		if (!sp)
			continue;
		size_t len = (size_t)(sp - keys[i]);
		if (last && last->hi == i && last->len == len && memcmp(last->w, keys[i], len) == 0) {
			last->hi = i + 1;
			continue;
		}
		size_t at = (size_t)text_hash(keys[i], len) & (n - 1);
		while (t[at].w)
			at = (at + 1) & (n - 1);
		t[at] = (struct first_word){ keys[i], len, i, i + 1 };
		last = &t[at];
	}
	*cap = n;
	return t;
}

/* The keys whose first word is w (of wl bytes, no space): *lo, *hi. */
static void keys_of(const struct first_word *t, size_t cap, const char *w, size_t wl,
		    size_t *lo, size_t *hi)
{
	*lo = *hi = 0;
	for (size_t at = (size_t)text_hash(w, wl) & (cap - 1); t[at].w; at = (at + 1) & (cap - 1))
		if (t[at].len == wl && memcmp(t[at].w, w, wl) == 0) {
			*lo = t[at].lo;
			*hi = t[at].hi;
			return;
		}
}

/* The first two bytes of word w, or of the first word of a key (a space
 * read as the end), as one number below 1 << 16. */
static unsigned start_pair(const char *w)
{
	unsigned char a = (unsigned char)w[0], b = a ? (unsigned char)w[1] : 0;
	return (unsigned)a << 8 | (b == ' ' ? 0u : b);
}

/* Append to v (from *k) each report's first use of a marked key it has
 * no term for: every token is looked up once among the keys that start
 * with its word, so the work grows with the story's words; a token
 * whose first two bytes start no key's first word is passed over at one
 * look (starts). */
static enum nd_err find_marked(struct ctx *c, struct tpair *v, size_t *k, size_t end)
{
	const char **keys = arena_alloc(c->arena, (end ? end : 1) * sizeof *keys);
	if (!keys)
		return ND_E_NOMEM;
	size_t nk = 0;
	for (size_t i = 0; i < end; i++)
		if (v[i].t->marked)
			keys[nk++] = v[i].t->key;
	if (!nk)
		return ND_E_OK;
	qsort(keys, nk, sizeof *keys, cmp_str);
	size_t o = 0;
	for (size_t i = 0; i < nk; i++)
		if (o == 0 || strcmp(keys[o - 1], keys[i]) != 0)
			keys[o++] = keys[i];
	nk = o;
	bool *seen = arena_alloc(c->arena, nk * sizeof *seen);
	uint64_t *starts = arena_alloc(c->arena, (1u << 16) / 64 * sizeof *starts);
	size_t fcap;
	struct first_word *firsts = first_words(c, keys, nk, &fcap);
	if (!seen || !starts || !firsts)
		return ND_E_NOMEM;
	memset(starts, 0, (1u << 16) / 64 * sizeof *starts);
	for (size_t i = 0; i < nk; i++)
		if (keys[i][0]) {
			unsigned p = start_pair(keys[i]);
			starts[p / 64] |= 1ull << p % 64;
		}
	for (uint32_t a = 0; a < c->story->n; a++) {
		const struct report_facts *f = &c->facts[a];
		memset(seen, 0, nk * sizeof *seen);
		for (size_t i = 0; i < f->nterms; i++) {
			const char **hit = bsearch(&f->terms[i].key, keys, nk, sizeof *keys, cmp_str);
			if (hit)
				seen[hit - keys] = true;
		}
		for (size_t si = 0; si < f->ntoks; si++) {
			const struct tokens *tk = &f->toks[si];
			for (size_t b = 0; b < tk->n; b++) {
				if (!tk->t[b].word)
					continue;
				unsigned p = start_pair(tk->w[b]);
				if (!(starts[p / 64] >> p % 64 & 1))
					continue;
				/* the keys that start with the word and a space: those
				 * of its first word (a word that holds a space, by a
				 * search of the sorted keys) */
				size_t wl = strlen(tk->w[b]), lo, hi;
				if (memchr(tk->w[b], ' ', wl)) {
					lo = hi = first_with(keys, nk, tk->w[b]);
					while (hi < nk && strncmp(keys[hi], tk->w[b], wl) == 0 && keys[hi][wl] == ' ')
						hi++;
				} else {
					keys_of(firsts, fcap, tk->w[b], wl, &lo, &hi);
				}
				for (size_t q = lo; q < hi; q++) {
					size_t e = seen[q] ? 0 : term_at(tk, b, keys[q]);
					if (!e)
						continue;
					seen[q] = true;
					struct term_ref *t = arena_alloc(c->arena, sizeof *t);
					if (!t)
						return ND_E_NOMEM;
					t->key = keys[q];
					t->at = (struct where){ (uint32_t)si, tk->t[b].start, tk->t[e - 1].end };
					t->text = arena_strndup(c->arena, c->story->arts[a].text + tk->t[b].start,
								tk->t[e - 1].end - tk->t[b].start);
					if (!t->text)
						return ND_E_NOMEM;
					v[*k] = (struct tpair){ t, a, *k };
					(*k)++;
				}
			}
		}
	}
	return ND_E_OK;
}

enum nd_err align_term_rows(struct rows_out *ro)
{
	struct ctx *c = ro->c;
	size_t n = 0, marked = 0;
	for (uint32_t a = 0; a < c->story->n; a++)
		for (size_t i = 0; i < c->facts[a].nterms; i++) {
			n++;
			marked += c->facts[a].terms[i].marked;
		}
	if (!n)
		return ND_E_OK;
	/* a name one report marks ("a "working visit"") is looked for in
	 * the others, which may write it plainly */
	size_t room = n + marked * c->story->n;
	struct tpair *v = arena_alloc(c->arena, room * sizeof *v);
	if (!v)
		return ND_E_NOMEM;
	size_t k = 0;
	for (uint32_t a = 0; a < c->story->n; a++)
		for (size_t i = 0; i < c->facts[a].nterms; i++, k++)
			v[k] = (struct tpair){ &c->facts[a].terms[i], a, k };
	if (marked && find_marked(c, v, &k, k) != ND_E_OK)
		return ND_E_NOMEM;
	n = k;
	qsort(v, n, sizeof *v, cmp_term);
	for (size_t i = 0; i < n;) {
		size_t j = i, reports = 0;
		uint32_t last = (uint32_t)-1;
		while (j < n && strcmp(v[j].t->key, v[i].t->key) == 0) {
			if (v[j].art != last)
				reports++;
			last = v[j].art;
			j++;
		}
		if (reports >= 2) {
			struct row *r = align_new_row(ro, FACT_EVENT,
						arena_printf(c->arena, "detail named: %s", v[i].t->text));
			if (!r)
				return ND_E_NOMEM;
			for (size_t q = i; q < j; q++) {
				struct cell *cl = align_add_cell(c, r, v[q].art, &v[q].t->at);
				if (cl) {
					cl->value = v[q].t->text;
					cl->normalized = v[q].t->key;
				}
			}
			r->verdict = VERDICT_AGREE;
			r->why = "the reports that speak name the same thing";
		}
		i = j;
	}
	return ND_E_OK;
}

