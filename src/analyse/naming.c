#include "analyse/naming.h"

#include <stdlib.h>
#include <string.h>

#include "analyse/lexicon.h"
#include "base/date.h"
#include "base/text.h"
#include "analyse/tokens.h"

/* Longest description kept, in words. */
#define PRE_WORDS 6
#define APPOSITION_WORDS 12

/* One name written once, with the description written with it (or none). */
struct mention {
	uint32_t art;
	const char *key;         /* the entity */
	const char *name;        /* as written */
	bool person;
	bool opening;            /* one word, opening its sentence */
	const char *desc, *desc_key;
	uint32_t sent_start, sent_end, start, end;
};

struct ctx {
	struct arena *ar;
	const struct story *s;
	const char **caps;       /* words the report capitalises inside a sentence */
	size_t ncaps;
	const struct report_facts *f;   /* the report read, for find_caps when needed */
	bool caps_found;
	size_t names_from;       /* its first name_ref of the sentence read */
	bool names_sorted;       /* its name_refs are in text order (else all are read) */
	struct mention *m;
	size_t n, cap;
};

/* ---- words ------------------------------------------------------------------ */

/* Words a description before a name may follow: determiners, prepositions
 * and conjunctions ("the", "by", "and").  Sorted for bsearch. */
static const char *const anchors[] = {
	"a", "about", "across", "after", "against", "amid", "among", "an", "and", "around",
	"as", "at", "before", "behind", "between", "beyond", "but", "by", "despite",
	"during", "for", "from", "her", "his", "in", "including", "into", "its", "like",
	"of", "on", "onto", "or", "our", "over", "than", "the", "their", "these", "this",
	"those", "through", "toward", "towards", "under", "upon", "versus", "via", "while",
	"with", "within", "without",
};

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool anchor(const char *w)
{
	return bsearch(&w, anchors, sizeof anchors / sizeof anchors[0], sizeof anchors[0],
		       cmp_str) != NULL;
}

static bool ends_with(const char *w, const char *end)
{
	size_t n = strlen(w), m = strlen(end);
	return n > m + 1 && strcmp(w + n - m, end) == 0;
}

/* Written as a plural ("pilots"; not "'s", "business", "news"). */
static bool plural(const char *w)
{
	return ends_with(w, "s") && !ends_with(w, "ss") && !ends_with(w, "us") &&
	       !ends_with(w, "is") && !text_same(w, "news");
}

/* Part of a name: capitalised, not a function word ("He", "The"). */
static bool name_word(const struct tokens *st, size_t i)
{
	const struct tok *t = &st->t[i];
	return t->word && !t->num && (t->cap || t->camel || t->allcaps) &&
	       !text_same(t->f, "'s") && !lex_function_word(t->f);
}

/* Does the sentence open at token i (its first word, or the first after
 * an opening quotation mark)? */
static bool opens(const struct tokens *st, size_t i)
{
	for (size_t k = 0; k < i; k++)
		if (st->t[k].word)
			return false;
	return true;
}

/* A word that can end the noun of a description before a name. */
static bool noun_like(const struct tokens *st, size_t i)
{
	const char *w = st->t[i].f;
	bool hyphen = strchr(w, '-') != NULL;
	enum event_class ev;
	if (lex_reporting_verb(st->t, st->n, i) || lex_event(st->t, st->n, i, &ev))
		return false;
	if (!hyphen && (ends_with(w, "ed") || ends_with(w, "ly")))
		return false;
	/* "the vote allows Lundco": a verb, or a plural, which describes
	 * no one name */
	if (plural(w))
		return false;
	return !ends_with(w, "ing");
}

/* A noun of a role or a trade: "reporter", "owner", "director". */
static bool role_noun(const struct tokens *st, size_t i)
{
	return lex_role_head(st->t[i].f) || lex_journalist_noun(st->t, st->n, i) ||
	       ends_with(st->t[i].f, "er") || ends_with(st->t[i].f, "or") ||
	       ends_with(st->t[i].f, "ist");
}

/* A name that qualifies the noun after it ("the Lundco director",
 * "Lundco employees") is no subject of a description. */
static bool qualifies_next(const struct tokens *st, size_t e)
{
	enum noun_class nc;
	if (e >= st->n || !st->t[e].word || st->t[e].cap || st->t[e].num)
		return false;
	return !text_same(st->t[e].f, "'s") &&
	       (role_noun(st, e) || lex_noun(st->t, st->n, e, &nc));
}

/* A number in a description makes it a count ("47 senators"), not a
 * description; an age written as one word ("73-year-old") is one. */
static bool counts(const struct tokens *st, size_t i)
{
	double v;
	return (st->t[i].num && !strchr(st->t[i].f, '-')) || lex_number(st->t, st->n, i, &v);
}

static bool keyword(const struct tok *t)
{
	return t->word && !text_same(t->f, "'s") && !lex_function_word(t->f);
}

/* The folded words of tokens [a, b), function words and marks left out,
 * one space between, "ex-" and "then-" written "former " ("ex-spy" and
 * "former spy" describe alike); NULL when none is left. */
static const char *key_of(struct ctx *c, const struct tokens *st, size_t a, size_t b)
{
	size_t len = 0;
	for (size_t i = a; i < b; i++)
		if (keyword(&st->t[i]))
			len += strlen(st->t[i].f) + sizeof "former";
	if (len == 0)
		return NULL;
	char *k = arena_alloc(c->ar, len);
	if (!k)
		return NULL;
	char *p = k;
	for (size_t i = a; i < b; i++)
		if (keyword(&st->t[i])) {
			if (p != k)
				*p++ = ' ';
			const char *f = st->t[i].f;
			size_t fp = lex_former_prefix(f);
			if (fp) {
				memcpy(p, "former ", 7);
				p += 7;
				f += fp;
			}
			size_t n = strlen(f);
			memcpy(p, f, n);
			p += n;
		}
	*p = '\0';
	return k;
}

/* key_of for text outside the tokens: the words of s folded, function
 * words left out. */
static const char *fold_key(struct ctx *c, const char *s)
{
	struct tokens t;
	if (tokens_split(s, 0, (uint32_t)strlen(s), c->ar, &t) != ND_E_OK)
		return NULL;
	const char *k = key_of(c, &t, 0, t.n);
	return k ? k : arena_strdup(c->ar, "");
}

/* ---- descriptions ------------------------------------------------------------ */

static enum nd_err find_caps(struct ctx *c, const struct report_facts *f);

/* Does the report capitalise w inside a sentence (a name)?  (The words
 * are gathered the first time it is asked.) */
static bool capitalised(struct ctx *c, const char *w)
{
	if (!c->caps_found) {
		c->caps_found = true;
		if (find_caps(c, c->f) != ND_E_OK)
			c->ncaps = 0;
	}
	return c->ncaps && bsearch(&w, c->caps, c->ncaps, sizeof *c->caps, cmp_str) != NULL;
}

/* The words report f capitalises inside its sentences, sorted. */
static enum nd_err find_caps(struct ctx *c, const struct report_facts *f)
{
	size_t n = 0, cap = 0;
	const char **v = NULL;
	for (size_t k = 0; k < f->ntoks; k++)
		for (size_t i = 0; i < f->toks[k].n; i++)
			if (name_word(&f->toks[k], i) && !opens(&f->toks[k], i)) {
				const char **nv = arena_reserve(c->ar, v, n, &cap, n + 1, sizeof *v);
				if (!nv)
					return ND_E_NOMEM;
				v = nv;
				v[n++] = f->toks[k].t[i].f;
			}
	if (n)
		qsort(v, n, sizeof *v, cmp_str);
	c->caps = v;
	c->ncaps = n;
	return ND_E_OK;
}

/* The description written before the name at token s: [*a, s), or false.
 * "the party's so-called Lundco plan": the name is a label others use,
 * and the words before "so-called" are of the label, not of what it
 * names. */
static bool before(struct ctx *c, const struct tokens *st, size_t s, size_t *a)
{
	size_t k = s, words = 0;
	bool named = false;   /* it begins with a name: "Harbour Post reporter" */
	if (s > 0 && text_same(st->t[s - 1].f, "so-called"))
		return false;
	while (k > 0 && words < PRE_WORDS) {
		const struct tok *t = &st->t[k - 1];
		if (anchor(t->f)) {
			/* "head of internal audit Lundco", "audit and risk
			 * control Lundco": the words go on before "of" or
			 * "and", a title the facts read whole */
			if (words && k >= 2 && st->t[k - 2].word && !st->t[k - 2].cap &&
			    !lex_function_word(st->t[k - 2].f) &&
			    (text_same(t->f, "of") || text_same(t->f, "and") ||
			     text_same(t->f, "or")))
				return false;
			break;
		}
		if (text_same(t->f, "'s") && words && k >= 2 && st->t[k - 2].word &&
		    !st->t[k - 2].cap) {
			/* "the ferry firm's parent company" */
			k--;
			continue;
		}
		if (text_same(t->f, "'s")) {
			/* a possessor: "Lundco's parent company"; alone ("Lundco's
			 * Varco") it says whose, not what */
			if (!words || k < 2 || !name_word(st, k - 2))
				return false;
			k--;
			while (k > 0 && name_word(st, k - 1))
				k--;
			break;
		}
		if (!t->word)
			break;
		if (lex_function_word(t->f)) {
			if (!anchor(t->f))
				return false;
			break;
		}
		const char *canon;
		if (counts(st, k - 1))
			return false;
		/* a sentence's first word is a description's only when the
		 * report writes it nowhere else capitalised ("Veteran pilot
		 * Lundco", not "Varco fined Lundco") */
		if (name_word(st, k - 1) && opens(st, k - 1) && capitalised(c, t->f))
			return false;
		if (name_word(st, k - 1) && !opens(st, k - 1) &&
		    !lex_country(st->t, st->n, k - 1, &canon)) {
			if (!words)
				return false;
			while (k > 0 && name_word(st, k - 1))
				k--;
			named = true;
			break;
		}
		k--;
		words++;
	}
	if (!words || (k > 0 && words >= PRE_WORDS && st->t[k - 1].word &&
		       !lex_function_word(st->t[k - 1].f)))
		return false;
	if (!noun_like(st, s - 1) || (named && !role_noun(st, s - 1)))
		return false;
	/* "in northeastern Brenland": a part of a place; "the entire
	 * Lundco caucus", "the top Lundco candidates": words of how much or
	 * which, of the noun after the name; none describes the name */
	static const char *const no_desc[] = { "central", "eastern", "entire", "full",
					       "northeastern", "northern", "northwestern", "other",
					       "own", "same", "southeastern", "southern",
					       "southwestern", "top", "very", "western", "whole",
					       NULL };
	bool part = true; /* every word is one of them */
	for (size_t i = k; i < s && part; i++) {
		part = false;
		for (size_t q = 0; no_desc[q] && !part; q++)
			part = strcmp(st->t[i].f, no_desc[q]) == 0;
	}
	if (part)
		return false;
	/* a plural among the words ("Pilots met Lundco") makes them a
	 * clause, not a description of one name */
	for (size_t i = k; i < s; i++)
		if (st->t[i].word && (lex_reporting_verb(st->t, st->n, i) ||
				      (!named && plural(st->t[i].f))))
			return false;
	*a = k;
	return true;
}

/* The apposition after the name ending before token e: [*a, *b), or
 * false. */
static bool after(const struct tokens *st, size_t e, size_t *a, size_t *b)
{
	if (e + 2 >= st->n || !text_same(st->t[e].f, ","))
		return false;
	const char *d = st->t[e + 1].f;
	/* "Lundco, the ferry operator,"; "Lundco, Varco's parent company," */
	bool possessor = name_word(st, e + 1) && e + 3 < st->n && text_same(st->t[e + 2].f, "'s");
	if (!text_same(d, "the") && !text_same(d, "a") && !text_same(d, "an") && !possessor)
		return false;
	size_t k = e + 1, words = 0;
	for (; k < st->n; k++) {
		const struct tok *t = &st->t[k];
		if (t->quote)
			return false;
		if (!t->word && !text_same(t->f, "'s") && !text_same(t->f, "-")) {
			if (strchr(",;()", t->f[0]) || text_same(t->f, "\xe2\x80\x94") ||
			    text_same(t->f, "\xe2\x80\x93") || text_same(t->f, "."))
				break;
			return false;
		}
		/* "Lundco, the ferry operator and was sold": the clause goes
		 * on after "and" with a verb of its own */
		if (text_same(t->f, "and") && k + 1 < st->n && words >= 2 &&
		    lex_function_word(st->t[k + 1].f) && !anchor(st->t[k + 1].f))
			break;
		if (t->word && (lex_reporting_verb(st->t, st->n, k) || counts(st, k) ||
				++words > APPOSITION_WORDS))
			return false;
	}
	/* "Lundco, the Varco Group and Brenmouth Port agreed": a list of
	 * names, not a description */
	bool lower = false;
	for (size_t i = e + (possessor ? 3 : 2); i < k; i++) {
		lower |= st->t[i].word && !st->t[i].cap && !lex_function_word(st->t[i].f);
		if ((text_same(st->t[i].f, "and") || text_same(st->t[i].f, "or")) &&
		    i + 1 < k && name_word(st, i + 1))
			return false;
	}
	const char *last = st->t[k - 1].f;
	if (words < 2 || !lower || (ends_with(last, "ed") && !strchr(last, '-')))
		return false;
	*a = e + 1;
	*b = k;
	return true;
}

/* The ending of a company's name: "Ltd", "Inc", "Corp". */
static bool corporate(const char *w)
{
	static const char *const ends[] = { "co", "corp", "inc", "limited", "llc", "ltd", "plc" };
	for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++)
		if (strcmp(w, ends[i]) == 0)
			return true;
	return false;
}

/* A noun for a body of people, not for a person: "an outside law firm
 * Lund" describes a firm, and a person of that surname is not
 * described by it. */
static bool body_noun(const char *w)
{
	static const char *const bodies[] = {
		"agency",  "bank",   "board",      "committee", "company",      "corporation",
		"council", "department", "firm",   "group",     "ministry",     "network",
		"office",  "organisation", "organization", "outlet", "party", "team", "union",
	};
	for (size_t i = 0; i < sizeof bodies / sizeof bodies[0]; i++)
		if (strcmp(w, bodies[i]) == 0)
			return true;
	return false;
}

/* ---- mentions ----------------------------------------------------------------- */

static enum nd_err add(struct ctx *c, const struct mention *m)
{
	struct mention *v = arena_reserve(c->ar, c->m, c->n, &c->cap, c->n + 1, sizeof *v);
	if (!v)
		return ND_E_NOMEM;
	c->m = v;
	c->m[c->n++] = *m;
	return ND_E_OK;
}

/* The person named at tokens [i, ...) of sentence k, or -1; *last is the
 * name's last token. */
static int person_at(const struct ctx *c, const struct report_facts *f, uint32_t k, size_t i,
		     size_t *last)
{
	for (size_t r = c->names_from; r < f->nnames && (!c->names_sorted || f->names[r].sent <= k);
	     r++)
		if (f->names[r].sent == k && f->names[r].first <= i && i <= f->names[r].last) {
			*last = f->names[r].last;
			return f->names[r].person;
		}
	return -1;
}

static enum nd_err sentence_mentions(struct ctx *c, uint32_t art, const struct report_facts *f,
				     uint32_t k, const struct sentence *se)
{
	const char *text = c->s->arts[art].text;
	const struct tokens *st = &f->toks[k];
	for (size_t i = 0; i < st->n;) {
		if (!name_word(st, i)) {
			i++;
			continue;
		}
		/* the run, with "of", "for" or "and" inside it */
		size_t j = i + 1;
		for (;;) {
			if (j < st->n && name_word(st, j)) {
				j++;
			} else if (j + 1 < st->n && (text_same(st->t[j].f, "of") ||
						     text_same(st->t[j].f, "for")) &&
				   name_word(st, j + 1) && !st->t[j].cap) {
				j += 2;
			} else {
				break;
			}
		}
		/* a day or a month ("late Thursday"), a country's adjective
		 * before a noun ("British spy"): not a name things are said of */
		const char *canon;
		const char *f0 = st->t[i].f;
		if (j == i + 1 && (date_month_word(f0, strlen(f0), DATE_FULL) > 0 ||
				   date_weekday_word(f0, strlen(f0), DATE_FULL) >= 0 ||
				   (lex_country(st->t, st->n, i, &canon) == 1 && j < st->n &&
				    st->t[j].word && !st->t[j].cap))) {
			i = j;
			continue;
		}
		struct mention m = { .art = art, .sent_start = se->start, .sent_end = se->end };
		size_t name_b = j, title_b = i;
		const struct person *pe = NULL;
		/* a person: the run may hold a title before the name */
		for (size_t p = i; p < j; p++) {
			size_t last;
			int who = person_at(c, f, k, p, &last);
			if (who >= 0 && f->people[who].surname) {
				m.person = true;
				m.key = arena_printf(c->ar, "person:%s", f->people[who].surname);
				m.name = f->people[who].name;
				pe = &f->people[who];
				name_b = last + 1 < j ? last + 1 : j;
				title_b = p;
				break;
			}
		}
		if (!m.person) {
			/* "Lundco Ltd." is Lundco */
			size_t kj = j;
			while (kj > i + 1 && corporate(st->t[kj - 1].f))
				kj--;
			m.key = key_of(c, st, i, kj);
			m.name = arena_strndup(c->ar, text + st->t[i].start,
					       st->t[j - 1].end - st->t[i].start);
			m.opening = j == i + 1 && opens(st, i);
			if (!m.key || !m.name) {
				i = j;
				continue;
			}
		}
		if (!m.key || !m.name)
			return ND_E_NOMEM;
		size_t a = 0, b = 0;
		if (title_b > i) {
			/* "Harbour Master Kim Lund" */
			a = i;
			b = title_b;
		} else if (!qualifies_next(st, j) && before(c, st, i, &a)) {
			b = i;
		} else if (after(st, name_b, &a, &b)) {
		} else {
			a = b = 0;
		}
		bool quoted = (b > a || (pe && pe->role_text && pe->role_at.sent == k)) &&
			      tokens_quoted(text, st, i);
		if (quoted || (m.person && b > a && body_noun(st->t[b - 1].f)))
			a = b = 0;
		if (b > a) {
			m.start = st->t[a].start;
			m.end = st->t[b - 1].end;
			m.desc = arena_strndup(c->ar, text + m.start, m.end - m.start);
			m.desc_key = key_of(c, st, a, b);
			if (!m.desc)
				return ND_E_NOMEM;
			if (!m.desc_key)
				m.desc = NULL;
		}
		/* the title the facts read in this sentence ("head of
		 * internal audit at Lundco, Kim Lund") */
		if (!m.desc && pe && pe->role_text && pe->role_at.sent == k &&
		    pe->role_at.end > pe->role_at.start && !quoted) {
			m.start = pe->role_at.start;
			m.end = pe->role_at.end;
			m.desc = arena_strndup(c->ar, text + m.start, m.end - m.start);
			m.desc_key = m.desc ? fold_key(c, m.desc) : NULL;
			if (!m.desc || !m.desc_key)
				return ND_E_NOMEM;
		}
		enum nd_err err = add(c, &m);
		if (err)
			return err;
		i = j > name_b ? j : name_b;
	}
	return ND_E_OK;
}

/* ---- entities ----------------------------------------------------------------- */

static int cmp_mention(const void *pa, const void *pb)
{
	const struct mention *a = pa, *b = pb;
	int d = strcmp(a->key, b->key);
	if (d)
		return d;
	if (a->art != b->art)
		return a->art < b->art ? -1 : 1;
	d = strcmp(a->desc_key ? a->desc_key : "", b->desc_key ? b->desc_key : "");
	if (d)
		return d;
	return (a->start > b->start) - (a->start < b->start);
}

static int cmp_use(const void *pa, const void *pb)
{
	const struct naming_use *a = pa, *b = pb;
	if (a->art != b->art)
		return a->art < b->art ? -1 : 1;
	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	return (a->start > b->start) - (a->start < b->start);
}

static int cmp_entity(const void *pa, const void *pb)
{
	const struct naming_entity *a = pa, *b = pb;
	if (a->nreports != b->nreports)
		return a->nreports > b->nreports ? -1 : 1;
	return strcmp(a->key, b->key);
}

/* Mentions [lo, hi) of one key as an entity; false when it is not one
 * (fewer than two reports, no description, a sentence's opening word
 * only). */
static enum nd_err make_entity(struct ctx *c, size_t lo, size_t hi, struct naming_entity *e,
			       bool *made)
{
	*made = false;
	/* the mentions are by report: a report names it when one of its
	 * mentions is inside a sentence; counted before anything is made,
	 * as most names are one report's alone */
	size_t ndesc = 0, nrep = 0;
	const char *name = NULL;
	for (size_t a = lo; a < hi;) {
		size_t b = a;
		bool in = false;
		while (b < hi && c->m[b].art == c->m[a].art)
			in |= !c->m[b++].opening;
		for (size_t i = a; in && i < b; i++) {
			const struct mention *m = &c->m[i];
			ndesc += m->desc != NULL;
			/* a person by the fullest name, a thing by its shortest
			 * form ("Lundco", not "Lundco Ltd") */
			if (!name || (m->person ? strlen(m->name) > strlen(name)
						: strlen(m->name) < strlen(name)))
				name = m->name;
		}
		nrep += in;
		a = b;
	}
	if (nrep < 2 || ndesc == 0)
		return ND_E_OK;
	size_t nr = c->s->n;
	unsigned *mentions = arena_alloc(c->ar, (nr ? nr : 1) * sizeof *mentions);
	bool *inside = arena_alloc(c->ar, (nr ? nr : 1) * sizeof *inside);
	if (!mentions || !inside)
		return ND_E_NOMEM;
	for (size_t i = lo; i < hi; i++)
		inside[c->m[i].art] |= !c->m[i].opening;
	for (size_t i = lo; i < hi; i++)
		mentions[c->m[i].art] += inside[c->m[i].art];
	struct naming_use *uses = arena_alloc(c->ar, ndesc * sizeof *uses);
	if (!uses)
		return ND_E_NOMEM;
	size_t nu = 0;
	for (size_t i = lo; i < hi; i++) {
		const struct mention *m = &c->m[i];
		if (!m->desc || !inside[m->art])
			continue;
		if (nu && uses[nu - 1].art == m->art && strcmp(uses[nu - 1].key, m->desc_key) == 0) {
			uses[nu - 1].count++;
			continue;
		}
		uses[nu++] = (struct naming_use){ .art = m->art, .text = m->desc, .key = m->desc_key,
						  .count = 1, .sent_start = m->sent_start,
						  .sent_end = m->sent_end, .start = m->start,
						  .end = m->end };
	}
	if (nu == 0)
		return ND_E_OK;
	qsort(uses, nu, sizeof *uses, cmp_use);
	*e = (struct naming_entity){ .name = name, .key = c->m[lo].key, .person = c->m[lo].person,
				     .mentions = mentions, .nreports = nrep, .uses = uses,
				     .nuses = nu };
	*made = true;
	return ND_E_OK;
}

enum nd_err naming_find(const struct story *s, const struct sentences *sents,
			const struct report_facts *facts, struct arena *ar, struct naming *out)
{
	struct ctx c = { .ar = ar, .s = s };
	memset(out, 0, sizeof *out);
	for (uint32_t a = 0; a < s->n; a++) {
		c.f = &facts[a];
		c.caps_found = false;
		c.ncaps = 0;
		c.names_from = 0;
		c.names_sorted = true;
		for (size_t r = 1; r < facts[a].nnames; r++)
			c.names_sorted &= facts[a].names[r - 1].sent <= facts[a].names[r].sent;
		enum nd_err err = ND_E_OK;
		for (uint32_t k = 0; !err && k < sents[a].n && k < facts[a].ntoks; k++) {
			while (c.names_sorted && c.names_from < facts[a].nnames &&
			       facts[a].names[c.names_from].sent < k)
				c.names_from++;
			err = sentence_mentions(&c, a, &facts[a], k, &sents[a].v[k]);
		}
		if (err)
			return err;
	}
	if (c.n == 0)
		return ND_E_OK;
	qsort(c.m, c.n, sizeof *c.m, cmp_mention);
	size_t cap = 0;
	for (size_t lo = 0; lo < c.n;) {
		size_t hi = lo + 1;
		while (hi < c.n && strcmp(c.m[hi].key, c.m[lo].key) == 0)
			hi++;
		struct naming_entity e;
		bool made;
		enum nd_err err = make_entity(&c, lo, hi, &e, &made);
		if (err)
			return err;
		if (made) {
			struct naming_entity *v = arena_reserve(ar, out->v, out->n, &cap, out->n + 1,
								sizeof *v);
			if (!v)
				return ND_E_NOMEM;
			out->v = v;
			out->v[out->n++] = e;
		}
		lo = hi;
	}
	if (out->n)
		qsort(out->v, out->n, sizeof *out->v, cmp_entity);
	return ND_E_OK;
}

/* ---- rows --------------------------------------------------------------------- */

bool naming_shared(const struct naming_entity *e, const struct naming_use *u)
{
	for (size_t k = 0; k < e->nuses; k++)
		if (e->uses[k].art != u->art && strcmp(e->uses[k].key, u->key) == 0)
			return true;
	return false;
}

enum nd_err naming_rows(const struct naming *nm, struct arena *ar, struct row **rows,
			size_t *nrows, size_t *cap)
{
	for (size_t i = 0; i < nm->n; i++) {
		const struct naming_entity *e = &nm->v[i];
		if (e->person)
			continue;
		/* each report's most used description is the first of its uses */
		size_t ncells = 0;
		for (size_t u = 0; u < e->nuses; u++)
			ncells += u == 0 || e->uses[u].art != e->uses[u - 1].art;
		if (ncells < 2)
			continue;
		struct row *v = arena_reserve(ar, *rows, *nrows, cap, *nrows + 1, sizeof *v);
		if (!v)
			return ND_E_NOMEM;
		*rows = v;
		struct row *r = &v[*nrows];
		memset(r, 0, sizeof *r);
		r->seq = *nrows;
		r->kind = FACT_NAMING;
		r->question = arena_printf(ar, "how %s is described", e->name);
		r->cells = arena_alloc(ar, ncells * sizeof *r->cells);
		if (!r->question || !r->cells)
			return ND_E_NOMEM;
		bool same = true, verbatim = true;
		for (size_t u = 0; u < e->nuses;) {
			size_t w = u + 1;
			while (w < e->nuses && e->uses[w].art == e->uses[u].art)
				w++;
			const struct naming_use *top = &e->uses[u];
			struct cell *cl = &r->cells[r->ncells++];
			cl->art = top->art;
			cl->value = top->text;
			cl->normalized = top->key;
			cl->sent_start = top->sent_start;
			cl->sent_end = top->sent_end;
			cl->start = top->start;
			cl->end = top->end;
			if (top->count > 1 || w > u + 1) {
				char *note = top->count > 1 ? arena_printf(ar, "%u times", top->count)
							    : arena_strdup(ar, "");
				for (size_t x = u + 1; x < w && note; x++) {
					const struct naming_use *o = &e->uses[x];
					note = arena_printf(ar, "%s%s\"%s\"", note,
							    x > u + 1 ? ", " : *note ? "; also " : "also ",
							    o->text);
					if (note && o->count > 1)
						note = arena_printf(ar, "%s (%u times)", note, o->count);
				}
				if (!note)
					return ND_E_NOMEM;
				cl->note = note;
			}
			same &= strcmp(top->key, r->cells[0].normalized) == 0;
			verbatim &= strcasecmp(top->text, r->cells[0].value) == 0;
			u = w;
		}
		r->verdict = same ? VERDICT_AGREE : VERDICT_PARTIAL;
		/* "ex-British spy" and "former British spy" are alike, not
		 * the same words */
		r->why = !same	    ? "described differently"
			 : verbatim ? "the reports describe it in the same words"
				    : "the reports describe it alike";
		(*nrows)++;
	}
	return ND_E_OK;
}
