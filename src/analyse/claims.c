/*
 * claims.c - typed values with what they are about and their modality.
 * See claims.h.
 */
#include "analyse/claims.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyse/lexicon.h"
#include "analyse/tokens.h"
#include "base/date.h"
#include "base/intern.h"
#include "base/sort.h"
#include "base/text.h"

/* How far from the value a word still counts as near it. */
#define NEAR_WORDS 6
/* How far back in its clause a modal word still governs a value. */
#define MODAL_WINDOW 8

static int cmp_word(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Sort the strings v[0..n), stably.  Most sets hold a few words, which
 * insertion sorts in a fraction of qsort's calls through a pointer. */
static void sort_words(const char **v, size_t n)
{
	if (n > 16) {
		qsort(v, n, sizeof *v, cmp_word);
		return;
	}
	for (size_t i = 1; i < n; i++) {
		const char *x = v[i];
		size_t j = i;
		for (; j > 0 && strcmp(v[j - 1], x) > 0; j--)
			v[j] = v[j - 1];
		v[j] = x;
	}
}

const char *modality_label(enum modality m)
{
	static const char *const labels[] = {
#define ND_MOD_LABEL(name, label) label,
		ND_MODALITIES(ND_MOD_LABEL)
#undef ND_MOD_LABEL
	};
	return (unsigned)m < MOD__COUNT ? labels[m] : "?";
}

size_t stems_shared(const struct stems *a, const struct stems *b)
{
	size_t i = 0, j = 0, k = 0;
	if (a->id && b->id) {
		/* a set is a set in either order: the numbers' order counts
		 * what the words' does */
		while (i < a->n && j < b->n) {
			uint32_t x = a->id[i], y = b->id[j];
			k += x == y;
			i += x <= y;
			j += y <= x;
		}
		return k;
	}
	while (i < a->n && j < b->n) {
		int c = strcmp(a->v[i], b->v[j]);
		if (c == 0) {
			k++;
			i++;
			j++;
		} else if (c < 0) {
			i++;
		} else {
			j++;
		}
	}
	return k;
}

/* ---- modality ------------------------------------------------------------ */

static bool in_list(const char *w, const char *const *list)
{
	for (; *list; list++)
		if (text_same(w, *list))
			return true;
	return false;
}

static bool clause_edge(const struct tokens *tk, size_t k)
{
	const char *w = tk->w[k];
	return (!tk->t[k].word && (w[0] == ';' || w[0] == ':' || w[0] == '(' || w[0] == ')')) ||
	       text_same(w, "but") || text_same(w, "while") || text_same(w, "although");
}

/* The first reporting verb of a sentence ("said", "according to"), or
 * SIZE_MAX: worked out once per sentence. */
size_t claims_first_report(const struct tokens *tk)
{
	for (size_t k = 0; k < tk->n; k++)
		if (lex_reporting_verb(tk->t, tk->n, k))
			return k;
	return SIZE_MAX;
}

/* The modality of the value starting at token first: the nearest modal
 * word before it in its clause decides; else a reporting verb anywhere in
 * the sentence (the first at token report, SIZE_MAX for none) makes it
 * attributed. */
enum modality claims_modality(const struct tokens *tk, size_t report, size_t first,
			      const char **cue)
{
	static const char *const hedges[] = {
		"may", "might", "could", "would", "reportedly", "possibly", "perhaps", "likely",
		"unlikely", "whether", "allegedly", "expected", "estimated", "projected",
		"rumored", "rumoured", "speculated", "considering", "suggest", "suggests",
		"suggested", NULL,
	};
	static const char *const negations[] = { "not", "never", "no", "n't", "neither", "nor", NULL };
	static const char *const demands[] = {
		"demand", "demands", "demanded", "demanding", "urge", "urged", "urges", "urging",
		"want", "wants", "wanted", "hope", "hopes", "hoped", "seek", "seeks", "sought",
		"proposed", "proposes", "propose", "proposal", NULL,
	};
	static const char *const conditions[] = { "if", "unless", NULL };
	*cue = NULL;
	bool until = false;
	for (size_t k = first; k-- > 0 && k + MODAL_WINDOW >= first;) {
		const char *w = tk->w[k];
		if (clause_edge(tk, k))
			break;
		/* "won't be released until April 7": the day it happens */
		if (text_same(w, "until"))
			until = true;
		else if (until && (in_list(w, negations) ||
				   (strlen(w) > 3 && text_same(w + strlen(w) - 3, "n't"))))
			continue;
		if (in_list(w, negations) || (strlen(w) > 3 && text_same(w + strlen(w) - 3, "n't"))) {
			*cue = w;
			return MOD_NEGATED;
		}
		if (in_list(w, conditions)) {
			*cue = w;
			return MOD_HYPOTHETICAL;
		}
		/* "said the repairs would cost": reported speech, not a hedge */
		if (text_same(w, "would") && report < k)
			break;
		/* "to May 9": the month, not the modal; "likely GOP nominee":
		 * a word of a title, not a hedge */
		if (in_list(w, hedges) && !(k > 0 && tk->t[k].cap && text_same(w, "may")) &&
		    !(text_same(w, "likely") && k + 1 < tk->n &&
		      (tk->t[k + 1].cap || lex_tok_role_word(&tk->t[k + 1])))) {
			*cue = w;
			return MOD_HEDGED;
		}
		/* "a ploy to ensure Roe meets Lund": what is aimed at */
		if (in_list(w, demands) ||
		    ((text_same(w, "ensure") || text_same(w, "guarantee")) && k > 0 &&
		     text_same(tk->w[k - 1], "to")) ||
		    ((text_same(w, "call") || text_same(w, "calls") || text_same(w, "called") ||
		      text_same(w, "calling")) && k + 1 < tk->n && text_same(tk->w[k + 1], "for"))) {
			*cue = w;
			return MOD_DEMANDED;
		}
	}
	/* "If Congress does not pay, he will shut the port": the clause
	 * after an "if" clause that opens the sentence or a clause ("said
	 * that if ..."), and its comma, holds
	 * only if it does; never across a quotation ("it bothered him if
	 * his wife doubted it," Roe recounts in a memo dated ...) */
	bool comma = false;
	for (size_t k = first; k-- > 0;) {
		const char *w = tk->w[k];
		if (clause_edge(tk, k) || text_same(w, ".") || tk->t[k].quote ||
		    (!tk->t[k].word && !text_same(w, ",") && !text_same(w, "-")))
			break;
		if (text_same(w, ","))
			comma = true;
		else if (comma && in_list(w, conditions) &&
			 (k == 0 || text_same(tk->w[k - 1], "that") || text_same(tk->w[k - 1], "and") ||
			  text_same(tk->w[k - 1], "but"))) {
			*cue = w;
			return MOD_HYPOTHETICAL;
		}
	}
	return report != SIZE_MAX ? MOD_ATTRIBUTED : MOD_STATED;
}

/* Does the clause before token first speak of what is to come ("will",
 * "won't", "is scheduled", "due")?  For reports with no date, whose
 * dates cannot be placed. */
static bool to_come(const struct tokens *tk, size_t first)
{
	static const char *const future[] = { "will", "won't", "wo", "'ll", "shall", "scheduled",
					      "slated", "due", NULL };
	for (size_t k = first; k-- > 0 && k + MODAL_WINDOW >= first;) {
		if (clause_edge(tk, k))
			break;
		if (in_list(tk->w[k], future))
			return true;
	}
	return false;
}

/* A photo caption left in the text: it ends "... on September 23, 2019
 * in New York City." or "... in Washington, U.S. August 24, 2021." (the
 * agencies' forms).  Its date is the picture's,
 * not the story's; its values are not claims. */
static bool photo_caption(const struct tokens *tk)
{
	size_t n = tk->n;
	while (n > 0 && !tk->t[n - 1].word)
		n--;
	/* the other agencies' form: "... in Washington, U.S. August 24, 2021." */
	if (n >= 8 && tk->t[n - 1].num && strlen(tk->w[n - 1]) == 4 && text_same(tk->w[n - 2], ",") &&
	    tk->t[n - 3].num) {
		size_t m = n - 4;
		if (text_same(tk->w[m], "."))
			m--;
		if (date_month_word(tk->w[m], strlen(tk->w[m]),
				    DATE_FULL | DATE_ABBR3 | DATE_ABBR_OTHER) &&
		    (tk->t[m - 1].cap || tk->t[m - 1].allcaps || text_same(tk->w[m - 1], ".")))
			for (size_t k = m - 1; k > 0 && k + 6 > m; k--)
				if (text_same(tk->w[k], "in"))
					return true;
	}
	/* back over the place: capitalised words and commas */
	size_t k = n;
	while (k > 0 && (tk->t[k - 1].cap || tk->t[k - 1].allcaps || text_same(tk->w[k - 1], ",") ||
			 text_same(tk->w[k - 1], ".")))
		k--;
	if (k == n || k < 6 || !text_same(tk->w[k - 1], "in"))
		return false;
	/* "on Month D, YYYY in" */
	size_t y = k - 2;
	if (!tk->t[y].num || strlen(tk->w[y]) != 4 || !text_same(tk->w[y - 1], ",") ||
	    !tk->t[y - 2].num)
		return false;
	size_t m = y - 3;
	if (m > 0 && text_same(tk->w[m], "."))
		m--;
	return m > 0 && date_month_word(tk->w[m], strlen(tk->w[m]), DATE_FULL | DATE_ABBR3 |
							     DATE_ABBR_OTHER) &&
	       text_same(tk->w[m - 1], "on");
}

/* ---- what a claim is about ----------------------------------------------- */

static bool content_tok(const struct tok *t)
{
	return t->word && !t->num && t->f && t->f[0] && !lex_tok_function_word(t) &&
	       !text_same(t->f, "'s");
}

/* "two", "dozen": a number in words says nothing of what a sentence is
 * about. */
static bool number_word(const char *w)
{
	double x;
	return lex_number_word(w, &x);
}

/* The stem of each content word of a sentence, NULL for other tokens:
 * worked out once per sentence, whatever the number of its values.  The
 * array is in scratch, the stems in ar. */
static const char **token_stems(const struct tokens *tk, struct stemmer *st, struct arena *ar,
				struct arena *scratch)
{
	const char **stem = arena_alloc(scratch, (tk->n + 1) * sizeof *stem);
	for (size_t k = 0; stem && k < tk->n; k++) {
		/* a year ("in 2015") other than the value is a word two
		 * sentences about one fact share */
		if (tk->t[k].num && strlen(tk->w[k]) == 4 && tk->t[k].value >= 1800 &&
		    tk->t[k].value <= 2100)
			stem[k] = tk->w[k];
		else if (content_tok(&tk->t[k]) && !number_word(tk->w[k]) &&
			 !(stem[k] = stemmer_stem(st, tk->w[k], strlen(tk->w[k]), ar)))
			return NULL;
	}
	return stem;
}

/* Stems of the content words and years of tokens lo..hi-1 (stem: token_stems),
 * leaving out the value (val->first..val->last) but not the noun it counts;
 * with caps (the sentence's tokens), only its capitalised words past the
 * first, the whole value and its noun left out. */
static enum nd_err stem_set(const char *const *stem, size_t lo, size_t hi, const struct value *val,
			    const struct tokens *caps, struct arena *ar, struct stems *out)
{
	/* gathered on the stack when they fit, then kept at their number:
	 * the set is mostly a fraction of the words it is drawn from */
	const char *local[256];
	const char **v = hi - lo + 1 <= sizeof local / sizeof *local
				 ? local
				 : arena_alloc_raw(ar, (hi - lo + 1) * sizeof *v);
	if (!v)
		return ND_E_NOMEM;
	size_t n = 0;
	for (size_t k = lo; k < hi; k++) {
		bool in_value = k >= val->first && k <= val->last;
		bool in_noun = val->noun_first != SIZE_MAX && k >= val->noun_first &&
			       k <= val->noun_last;
		if (!stem[k] || (in_value && (caps || !in_noun)))
			continue;
		if (caps && (k == 0 || !caps->t[k].cap))
			continue;
		v[n++] = stem[k];
	}
	sort_words(v, n);
	size_t o = 0;
	for (size_t k = 0; k < n; k++)
		if (o == 0 || strcmp(v[o - 1], v[k]) != 0)
			v[o++] = v[k];
	out->n = o;
	if (v != local) {
		v[o] = NULL;
		out->v = v;
		return ND_E_OK;
	}
	/* a NULL past the last, as in the array above */
	out->v = arena_alloc(ar, (o + 1) * sizeof *out->v);
	if (!out->v)
		return ND_E_NOMEM;
	memcpy(out->v, local, o * sizeof *out->v);
	return ND_E_OK;
}

static bool has_stem(const struct stems *s, const char *w)
{
	return bsearch(&w, s->v, s->n, sizeof *s->v, cmp_word) != NULL;
}

/* Put w into the sorted set s (in a new array in ar). */
static enum nd_err add_stem(struct stems *s, const char *w, struct arena *ar)
{
	const char **v = arena_alloc(ar, (s->n + 1) * sizeof *v);
	if (!v)
		return ND_E_NOMEM;
	size_t k = 0;
	while (k < s->n && strcmp(s->v[k], w) < 0) {
		v[k] = s->v[k];
		k++;
	}
	v[k] = w;
	memcpy(v + k + 1, s->v + k, (s->n - k) * sizeof *v);
	s->v = v;
	s->n++;
	return ND_E_OK;
}

/* The stems of the capitalised content words of tokens lo..hi-1 (near
 * the value) past the sentence's first word, the value v aside: the
 * names the value is told with.  A headline in title case names
 * nothing this way (most of its words are capitalised). */
static enum nd_err name_stems(const struct tokens *tk, const char *const *stem,
			      const struct value *v, size_t lo, size_t hi, struct arena *ar,
			      struct stems *out)
{
	size_t content = 0;
	for (size_t k = 1; k < tk->n; k++)
		content += stem[k] && !(k >= v->first && k <= v->last);
	if (stem_set(stem, lo > 1 ? lo : 1, hi, v, tk, ar, out) != ND_E_OK)
		return ND_E_NOMEM;
	if (out->n * 2 > content)
		out->n = 0;
	return ND_E_OK;
}

/* Words of the value's clause next to it, as written: up to six before
 * it (back to a comma, a quotation mark or "that"), or after it (and its
 * noun) when fewer than two content words stand before it. */
static const char *about_of(const char *text, const struct tokens *tk, size_t first,
			    size_t last, struct arena *ar)
{
	size_t lo = first, content = 0;
	/* "told reporters on Friday that 14 berths had": the words before
	 * "that" say who told, not what the value is of */
	while (lo > 0 && first - lo < NEAR_WORDS && !clause_edge(tk, lo - 1) &&
	       !(tk->t[lo - 1].quote) && !text_same(tk->w[lo - 1], ",") &&
	       !text_same(tk->w[lo - 1], "that")) {
		lo--;
		content += content_tok(&tk->t[lo]);
	}
	size_t b = lo, e = first;
	if (content < 2) {
		size_t hi = last + 1;
		while (hi < tk->n && hi - last <= NEAR_WORDS && !clause_edge(tk, hi) &&
		       !tk->t[hi].quote && tk->t[hi].word)
			hi++;
		b = last + 1;
		e = hi;
	}
	/* no function words at either end: "undermined", not "undermined by
	 * the" */
	while (e > b && (lex_tok_function_word(&tk->t[e - 1]) || !tk->t[e - 1].word))
		e--;
	while (b < e && (lex_tok_function_word(&tk->t[b]) || !tk->t[b].word))
		b++;
	if (b >= e)
		return "";
	return arena_strndup(ar, text + tk->t[b].start, tk->t[e - 1].end - tk->t[b].start);
}

/* The report's own date as days since 1970-01-01, or NAN. */
static double report_day(const struct article *a)
{
	char iso[DATE_ISO_SIZE];
	long y;
	unsigned m, d;
	if (!a->date || !a->date[0] || !date_normalize(a->date, iso))
		return NAN;
	if (sscanf(iso, "%ld-%u-%u", &y, &m, &d) != 3)
		return NAN;
	return (double)date_days_from_civil(y, m, d);
}

/* "22 Democrats supported the first bill, and 35 the second": a bare
 * number right after "and", "while" or "but" (or a comma) in the clause
 * after a count of something counts the same thing.  It takes that
 * count's noun. */
static void elliptic(const struct tokens *tk, const struct value *prev, struct value *v)
{
	if (v->type != VALUE_COUNT || v->noun_first != SIZE_MAX || prev->type != VALUE_COUNT ||
	    prev->noun_first == SIZE_MAX || !prev->head || v->first <= prev->last ||
	    v->first > prev->last + 12 || v->first == 0 || (v->lo == 1 && v->hi == 1))
		return;
	const char *w = tk->w[v->first - 1];
	if (!text_same(w, "and") && !text_same(w, "while") && !text_same(w, "but") &&
	    !text_same(w, ","))
		return;
	v->noun_first = prev->noun_first;
	v->noun_last = prev->noun_last;
	v->head = prev->head;
}

/* Values that say nothing on their own: a bare number with nothing
 * counted, "one question" (a singular, not a count), a date word in
 * capitals (an outlet's name: "USA TODAY"). */
static bool worth_keeping(const struct value *v, const struct tokens *tk)
{
	if (v->type == VALUE_COUNT && (v->noun_first == SIZE_MAX || (v->lo == 1 && v->hi == 1)))
		return false;
	if (v->type == VALUE_DATE && tk->t[v->first].allcaps)
		return false;
	return true;
}

/* A word of a person's name: capitalised, not all capitals, no title. */
static bool name_like(const struct tok *t)
{
	return t->word && t->cap && !t->allcaps && !t->num && !lex_tok_role_word(t) &&
	       !lex_tok_honorific(t) && !lex_tok_function_word(t);
}

static enum nd_err claim_of(const struct article *a, const struct tokens *tk,
			    const char *const *stem, size_t report, uint32_t si,
			    const struct value *v, struct stemmer *st, struct arena *ar,
			    struct claim *c)
{
	memset(c, 0, sizeof *c);
	c->v = *v;
	c->sent = si;
	size_t last = v->last;
	if (v->noun_first != SIZE_MAX && v->noun_last > last && v->noun_last < v->last + 8)
		last = v->noun_last;
	c->start = tk->t[v->first].start;
	c->end = tk->t[last].end;
	c->text = arena_strndup(ar, a->text + c->start, c->end - c->start);
	if (v->noun_first != SIZE_MAX && v->noun_first <= v->noun_last && v->noun_last < tk->n)
		c->noun = arena_strndup(ar, a->text + tk->t[v->noun_first].start,
					tk->t[v->noun_last].end - tk->t[v->noun_first].start);
	if (v->head)
		c->head = stemmer_stem(st, v->head, strlen(v->head), ar);
	c->mod = claims_modality(tk, report, v->first, &c->cue);
	/* "proposed a replacement to the 2012 rule": the year is part of
	 * the name of a thing that is, whatever is said of it */
	if (v->type == VALUE_YEAR && v->head && c->mod != MOD_STATED && c->mod != MOD_ATTRIBUTED) {
		c->mod = MOD_STATED;
		c->cue = NULL;
	}
	c->about = about_of(a->text, tk, v->first, last, ar);
	/* "Peter Haller, 45,": the age is the name's before the comma, its
	 * capitalised words (up to three; not a title: "Mayor Linda Park") */
	if (v->type == VALUE_AGE && v->first >= 2 && text_same(tk->w[v->first - 1], ",") &&
	    name_like(&tk->t[v->first - 2])) {
		size_t e = v->first - 2, b = e;
		while (b > 0 && e - b < 2 && name_like(&tk->t[b - 1]))
			b--;
		c->who = arena_strndup(ar, a->text + tk->t[b].start, tk->t[e].end - tk->t[b].start);
		if (!c->who)
			return ND_E_NOMEM;
	}
	size_t nlo = v->first > NEAR_WORDS ? v->first - NEAR_WORDS : 0;
	size_t nhi = last + 1 + NEAR_WORDS < tk->n ? last + 1 + NEAR_WORDS : tk->n;
	enum nd_err err = stem_set(stem, 0, tk->n, v, NULL, ar, &c->sentence);
	if (!err)
		err = stem_set(stem, nlo, nhi, v, NULL, ar, &c->near);
	if (!err)
		err = name_stems(tk, stem, v, nlo, nhi, ar, &c->names);
	if (!err && (!c->text || (v->head && !c->head)))
		err = ND_E_NOMEM;
	/* what it counts is near it, wherever the noun was written */
	if (!err && c->head && !has_stem(&c->near, c->head))
		err = add_stem(&c->near, c->head, ar);
	return err;
}

/* claims_extract, with what only it reads (each sentence's values and
 * stems, the claims while they are found) in scratch. */
static enum nd_err extract(const struct article *a, const struct sentences *s,
			   const struct tokens *toks, struct stemmer *st, struct arena *arena,
			   struct arena *scratch, struct report_claims *out)
{
	double day = report_day(a);
	size_t cap = 0, body = 0;
	for (size_t si = 0; si < s->n; si++) {
		bool headline = s->v[si].para < a->npara && a->paras[s->v[si].para].kind == PARA_HEADLINE;
		body += !headline;
		const struct tokens tk = toks[si];
		struct values vals = { NULL, 0 };
		size_t vcap = 0;
		if (photo_caption(&tk))
			continue;
		if (values_find(a->text, &tk, day, scratch, &vals, &vcap) != ND_E_OK)
			return ND_E_NOMEM;
		const char **stem = NULL;
		size_t report = SIZE_MAX;
		for (size_t k = 0; k < vals.n; k++) {
			if (k > 0)
				elliptic(&tk, &vals.v[k - 1], &vals.v[k]);
			if (!worth_keeping(&vals.v[k], &tk))
				continue;
			if (!stem) {
				if (!(stem = token_stems(&tk, st, arena, scratch)))
					return ND_E_NOMEM;
				report = claims_first_report(&tk);
			}
			struct claim *v = arena_reserve(scratch, out->v, out->n, &cap, out->n + 1, sizeof *v);
			if (!v)
				return ND_E_NOMEM;
			out->v = v;
			if (claim_of(a, &tk, stem, report, (uint32_t)si, &vals.v[k], st, arena,
				     &out->v[out->n]) != ND_E_OK)
				return ND_E_NOMEM;
			out->v[out->n].lede = !headline && body <= 2;
			out->v[out->n].ahead =
				vals.v[k].type == VALUE_DATE &&
				(isnan(day) ? isnan(vals.v[k].lo) && to_come(&tk, vals.v[k].first)
					    : vals.v[k].lo > day);
			out->n++;
		}
	}
	return arena->failed || scratch->failed ? ND_E_NOMEM : ND_E_OK;
}

enum nd_err claims_extract(const struct article *a, const struct sentences *s,
			   const struct tokens *toks, struct stemmer *st, struct arena *arena,
			   struct report_claims *out)
{
	struct arena scratch;
	arena_init(&scratch);
	memset(out, 0, sizeof *out);
	enum nd_err err = extract(a, s, toks, st, arena, &scratch, out);
	/* the claims, copied to arena at their number (grown in scratch,
	 * each larger array left the last behind) */
	struct claim *v = NULL;
	if (!err && out->n && !(v = arena_alloc_raw(arena, out->n * sizeof *v)))
		err = ND_E_NOMEM;
	if (v)
		memcpy(v, out->v, out->n * sizeof *v);
	out->v = v;
	if (err)
		out->n = 0;
	arena_release(&scratch);
	return err;
}

enum nd_err claims_people(struct report_claims *rc, const struct report_facts *f,
			  struct arena *arena)
{
	/* the names of each sentence: first[s]..first[s + 1] of by_sent */
	size_t ns = f->ntoks;
	uint32_t *first = arena_alloc(arena, (ns + 2) * sizeof *first);
	uint32_t *by_sent = arena_alloc(arena, (f->nnames ? f->nnames : 1) * sizeof *by_sent);
	if (!first || !by_sent)
		return ND_E_NOMEM;
	memset(first, 0, (ns + 2) * sizeof *first);
	for (size_t k = 0; k < f->nnames; k++)
		if (f->names[k].sent < ns)
			first[f->names[k].sent + 2]++;
	for (size_t i = 2; i < ns + 2; i++)
		first[i] += first[i - 1];
	for (size_t k = 0; k < f->nnames; k++)
		if (f->names[k].sent < ns)
			by_sent[first[f->names[k].sent + 1]++] = (uint32_t)k;
	for (size_t i = 0; i < rc->n; i++) {
		struct claim *c = &rc->v[i];
		c->people.n = 0;
		if (c->sent >= ns)
			continue;
		size_t lo = first[c->sent], hi = first[c->sent + 1];
		if (lo == hi)
			continue;
		c->people.v = arena_alloc(arena, (hi - lo) * sizeof *c->people.v);
		if (!c->people.v)
			return ND_E_NOMEM;
		for (size_t k = lo; k < hi; k++) {
			const char *sur = f->people[f->names[by_sent[k]].person].surname;
			if (sur)
				c->people.v[c->people.n++] = sur;
		}
		sort_words(c->people.v, c->people.n);
		size_t o = 0;
		for (size_t k = 0; k < c->people.n; k++)
			if (o == 0 || strcmp(c->people.v[o - 1], c->people.v[k]) != 0)
				c->people.v[o++] = c->people.v[k];
		c->people.n = o;
	}
	return ND_E_OK;
}

/* ---- numbered stems -------------------------------------------------------- */

static enum nd_err number_stems(struct intern *t, struct stems *s, struct arena *arena)
{
	uint32_t *id = arena_alloc_raw(arena, (s->n ? s->n : 1) * sizeof *id);
	if (!id)
		return ND_E_NOMEM;
	for (size_t k = 0; k < s->n; k++)
		if (intern_id(t, s->v[k], strlen(s->v[k]), &id[k]) != ND_E_OK)
			return ND_E_NOMEM;
	uint32_t room[256], *tmp = s->n <= 256 ? room : malloc(s->n * sizeof *tmp);
	if (!tmp)
		return ND_E_NOMEM;
	sort_u32(id, s->n, tmp);
	if (tmp != room)
		free(tmp);
	s->id = id;
	return ND_E_OK;
}

enum nd_err claims_intern(struct report_claims *rc, size_t n, struct arena *arena)
{
	struct intern t;
	intern_init(&t);
	enum nd_err err = ND_E_OK;
	for (size_t a = 0; a < n && !err; a++)
		for (size_t i = 0; i < rc[a].n && !err; i++) {
			struct claim *c = &rc[a].v[i];
			struct stems *sets[] = { &c->sentence, &c->near, &c->names, &c->people };
			for (size_t k = 0; k < 4 && !err; k++)
				err = number_stems(&t, sets[k], arena);
		}
	intern_release(&t);
	return err;
}
