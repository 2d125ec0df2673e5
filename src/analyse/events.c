/*
 * events.c - what named people did, and the rows of events two reports
 * state.  See events.h.
 */
#include "analyse/events.h"

#include <stdlib.h>
#include <string.h>

#include "analyse/lexicon.h"
#include "analyse/tokens.h"
#include "base/text.h"

/* How far a verb may stand from the name, past what may come between. */
#define VERB_REACH 6

static bool is(const struct tokens *tk, size_t k, const char *w)
{
	return k < tk->n && text_same(tk->w[k], w);
}

static bool in(const char *w, const char *const *list)
{
	for (; *list; list++)
		if (text_same(w, *list))
			return true;
	return false;
}

static const char *const auxiliaries[] = {
	"has", "have", "had", "will", "would", "could", "may", "might", "can", "should",
	"did", "does", "do", "is", "was", "were", "are", "be", "been", "being", NULL,
};

/* Auxiliaries that put a verb's event to come. */
static const char *const future[] = { "will", "would", "shall", "'ll", "wo", NULL };

/* Adverbs that may stand between a subject and its verb ("also", "later",
 * "never"); unlike an auxiliary, none makes the next word a verb. */
static const char *const adverbs[] = {
	"also", "then", "later", "earlier", "again", "finally", "formally", "late", "last",
	"still", "never", "not", "n't", NULL,
};

static const char *const irregular[] = {
	"met", "won", "lost", "left", "made", "took", "gave", "sent", "held", "sought",
	"brought", "fought", "bought", "struck", "chose", "drew", "fell", "rose", "ran",
	"saw", "kept", "quit", "led", "paid", "sold", "became", "began", "came", "went",
	"spent", "won", "beat", "hit", "cut", "put", "set", "shut", "broke", "spoke", NULL,
};

/* Words before "to" and a verb that say how sure the verb's event is:
 * "expected to meet" (hedged), "vowed to veto" (demanded), "refused to
 * sign" and "unlikely to meet" (it did not or will not happen). */
static const char *const hedging[] = {
	"expected", "likely", "set", "due", "going", "plans", "planned", "planning", "poised",
	"slated", "scheduled", "aims", "aimed", "intends", "intended", "hopes", "hoped", "ready",
	NULL,
};
static const char *const demanding[] = {
	"wants", "wanted", "seeks", "sought", "vowed", "vows", "pledged", "pledges", "promised",
	"promises", "threatened", "threatens", NULL,
};
static const char *const refusing[] = {
	"unlikely", "refused", "refuses", "declined", "declines", "failed", "fails", "unable", NULL,
};

/* Of those, the words that say what is expected: "expected to meet" and
 * "unlikely to meet" are opposite expectations of one event. */
static const char *const expecting[] = {
	"expected", "likely", "unlikely", "set", "due", "poised", "slated", "scheduled", NULL,
};

static bool controls(const char *w)
{
	return in(w, hedging) || in(w, demanding) || in(w, refusing);
}

static bool weekday_or_time(const struct tokens *tk, size_t k)
{
	static const char *const w[] = {
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"on", "today", "yesterday", "tonight", "morning", "night", "evening", "afternoon",
		NULL,
	};
	return in(tk->w[k], w);
}

/* After the name at token e (one past it), skip a description between
 * commas, adverbs, time words and auxiliaries; the verb's token or
 * SIZE_MAX.  *neg: a "not" or "never" was passed; *passive: a form of
 * "be" came right before the verb; *from (when not NULL): the first token
 * past the description. */
static size_t find_verb(const struct tokens *tk, size_t e, bool *neg, bool *passive,
			size_t *from)
{
	*neg = false;
	*passive = false;
	size_t k = e;
	if (is(tk, k, ",")) {
		size_t c = k + 1;
		while (c < tk->n && c < k + 15 && !is(tk, c, ",") && !is(tk, c, "."))
			c++;
		if (!is(tk, c, ","))
			return SIZE_MAX;
		k = c + 1;
	}
	if (from)
		*from = k;
	for (size_t steps = 0; k < tk->n && steps < VERB_REACH; k++, steps++) {
		const struct tok *t = &tk->t[k];
		const char *w = tk->w[k];
		if (!t->word || t->quote)
			return SIZE_MAX;
		/* "is likely to", "unlikely to": read with the verb after */
		if (!t->cap && controls(w) && is(tk, k + 1, "to"))
			return k;
		if (in(w, auxiliaries) || in(w, adverbs) || weekday_or_time(tk, k) ||
		    (strlen(w) > 4 && text_same(w + strlen(w) - 2, "ly") && !t->cap)) {
			*neg |= text_same(w, "not") || text_same(w, "n't") || text_same(w, "never");
			*passive = text_same(w, "was") || text_same(w, "were") ||
				   text_same(w, "been") || text_same(w, "is") || text_same(w, "be");
			continue;
		}
		if (t->cap || t->num || lex_tok_function_word(t) || lex_reporting_verb(tk->t, tk->n, k))
			return SIZE_MAX;
		size_t n = strlen(w);
		/* an auxiliary, perhaps with adverbs after it ("did not", "has
		 * also") */
		size_t b = k;
		while (b > e && in(tk->w[b - 1], adverbs))
			b--;
		bool after_aux = b > e && in(tk->w[b - 1], auxiliaries);
		/* "is running": a form of "be" before an -ing word is no passive */
		if (*passive && n > 4 && text_same(w + n - 3, "ing"))
			*passive = false;
		if (n >= 3 && (after_aux || in(w, irregular) || text_same(w + n - 2, "ed") ||
			       (w[n - 1] == 's' && w[n - 2] != 's')))
			return k;
		return SIZE_MAX;
	}
	return SIZE_MAX;
}

/* The first word after the verb that is not a function word, within four
 * words; SIZE_MAX when the clause ends first. */
static size_t find_object(const struct tokens *tk, size_t v)
{
	for (size_t k = v + 1; k < tk->n && k <= v + 4; k++) {
		if (!tk->t[k].word || tk->t[k].quote)
			return SIZE_MAX;
		if (!lex_tok_function_word(&tk->t[k]) && !text_same(tk->w[k], "'s"))
			return k;
	}
	return SIZE_MAX;
}

/* The last word of the object's phrase from token o: up to three more
 * words, none a function word. */
static size_t object_end(const struct tokens *tk, size_t o)
{
	size_t oe = o;
	while (oe + 1 < tk->n && oe < o + 3 && tk->t[oe + 1].word && !tk->t[oe + 1].quote &&
	       !lex_tok_function_word(&tk->t[oe + 1]) && !text_same(tk->w[oe + 1], "'s"))
		oe++;
	return oe;
}

static enum nd_err add_event(struct report_events *out, size_t *cap, struct arena *ar,
			     const struct event *e)
{
	struct event *v = arena_reserve(ar, out->v, out->n, cap, out->n + 1, sizeof *v);
	if (!v)
		return ND_E_NOMEM;
	out->v = v;
	out->v[out->n++] = *e;
	return ND_E_OK;
}

/* A thing's key: "the" and the stems of its words b..e ("the harbour
 * bill"), kept apart from people's surnames; "and" left out. */
static const char *thing_key(const struct tokens *tk, size_t b, size_t e, struct stemmer *st,
			     struct arena *arena)
{
	const char *key = "the";
	for (size_t k = b; k <= e && key; k++) {
		if (is(tk, k, "and"))
			continue;
		const char *stem = stemmer_stem(st, tk->w[k], strlen(tk->w[k]), arena);
		key = stem ? arena_printf(arena, "%s %s", key, stem) : NULL;
	}
	return key;
}

/* The event whose verb search starts after tokens first..last (the
 * subject) of sentence sent: appended to out unless no verb, or no object
 * of an active verb, is found.  who: the subject's key (a person's
 * surname, a thing's head noun); name: as it is shown. */
static enum nd_err add_subject_event(const struct article *a, const struct tokens *tk,
				     uint32_t sent, size_t last, const char *who, const char *name,
				     bool thing, struct stemmer *st, struct arena *arena,
				     struct report_events *out, size_t *cap)
{
	bool neg, passive;
	size_t from;
	size_t v = find_verb(tk, last + 1, &neg, &passive, &from);
	if (v == SIZE_MAX)
		return ND_E_OK;
	/* "is expected to meet the queen": the event is the meeting, as
	 * sure as the word before "to" makes it */
	size_t control = SIZE_MAX;
	if (controls(tk->w[v]) && is(tk, v + 1, "to") && v + 2 < tk->n && tk->t[v + 2].word &&
	    !tk->t[v + 2].cap && !tk->t[v + 2].quote && !lex_tok_function_word(&tk->t[v + 2])) {
		control = v;
		v += 2;
		passive = false;
	}
	size_t shown = control != SIZE_MAX ? control : v;
	size_t o = find_object(tk, v);
	/* "the ruling can be appealed": a passive verb needs no object */
	if (o == SIZE_MAX && !(thing && passive))
		return ND_E_OK;
	const char *vs = stemmer_stem(st, tk->w[v], strlen(tk->w[v]), arena);
	/* a thing's passive verb is the event ("the ruling can be
	 * appealed"); what follows it may be how or where */
	const char *os = o == SIZE_MAX || (thing && passive) ? ""
			 : stemmer_stem(st, tk->w[o], strlen(tk->w[o]), arena);
	if (!vs || !os)
		return ND_E_NOMEM;
	size_t oe = o == SIZE_MAX ? v : object_end(tk, o);
	const char *cue;
	struct event e = {
		.who = who, .name = name, .thing = thing,
		.verb = passive ? arena_printf(arena, "was %s", vs) : vs, .object = os,
		/* a thing's verb is shown with its auxiliaries ("can be
		 * appealed"), a person's from the verb */
		.text = arena_strndup(arena, a->text + tk->t[thing ? from : shown].start,
				      tk->t[oe].end - tk->t[thing ? from : shown].start),
		.negated = neg,
		.mod = claims_modality(tk, claims_first_report(tk), v, &cue),
		.sent = sent, .start = tk->t[shown].start, .end = tk->t[oe].end,
		.verb_end = tk->t[v].end,
	};
	/* "did not sign" is said as plainly as "signed": negation is the
	 * event's polarity here, not a hedge */
	if (e.mod == MOD_NEGATED) {
		e.negated = true;
		e.mod = claims_first_report(tk) != SIZE_MAX ? MOD_ATTRIBUTED : MOD_STATED;
	}
	/* "will sign", "said she would sign": to come, not done */
	for (size_t k = from; k < shown && (e.mod == MOD_STATED || e.mod == MOD_ATTRIBUTED); k++)
		e.to_come |= in(tk->w[k], future);
	if (control != SIZE_MAX) {
		const char *w = tk->w[control];
		e.expected = in(w, expecting);
		if (in(w, refusing)) {
			/* "refused to sign": it did not happen, as plainly said;
			 * "unlikely to meet": it may not */
			e.negated = !e.negated;
			if (text_same(w, "unlikely"))
				e.mod = MOD_HEDGED;
		} else if (e.mod == MOD_STATED || e.mod == MOD_ATTRIBUTED) {
			e.mod = in(w, demanding) ? MOD_DEMANDED : MOD_HEDGED;
		}
	}
	if (!e.verb || !e.text || add_event(out, cap, arena, &e) != ND_E_OK)
		return ND_E_NOMEM;
	/* "is expected to shake hands with Roe and to meet the queen": each
	 * verb after "to" in the list is as sure as the first */
	for (size_t k = oe + 1; control != SIZE_MAX && k + 2 < tk->n && k <= oe + 12; k++) {
		if (!tk->t[k].word || tk->t[k].quote)
			break;
		if (!is(tk, k, "and") || !is(tk, k + 1, "to"))
			continue;
		size_t v2 = k + 2, o2 = find_object(tk, v2);
		if (o2 == SIZE_MAX || tk->t[v2].cap || !tk->t[v2].word || lex_tok_function_word(&tk->t[v2]))
			break;
		size_t oe2 = object_end(tk, o2);
		struct event e2 = e;
		e2.verb = stemmer_stem(st, tk->w[v2], strlen(tk->w[v2]), arena);
		e2.object = stemmer_stem(st, tk->w[o2], strlen(tk->w[o2]), arena);
		e2.text = arena_printf(arena, "%s to %.*s", tk->w[control],
				       (int)(tk->t[oe2].end - tk->t[v2].start), a->text + tk->t[v2].start);
		e2.start = tk->t[v2].start;
		e2.end = tk->t[oe2].end;
		e2.verb_end = tk->t[v2].end;
		if (!e2.verb || !e2.object || !e2.text || add_event(out, cap, arena, &e2) != ND_E_OK)
			return ND_E_NOMEM;
		break;
	}
	/* "passed the harbour bill": also what happened to the bill, as
	 * "The harbour bill was passed" tells it (keyed by the phrase's
	 * words, like a thing a sentence opens with) */
	if (!passive && o != SIZE_MAX && o == v + 2 && text_same(tk->w[o - 1], "the")) {
		struct event m = e;
		m.who = thing_key(tk, o, oe, st, arena);
		m.name = arena_strndup(arena, a->text + tk->t[o].start, tk->t[oe].end - tk->t[o].start);
		m.thing = true;
		m.mirror = true;
		m.verb = arena_printf(arena, "was %s", vs);
		m.object = "";
		if (!m.who || !m.name || !m.verb || add_event(out, cap, arena, &m) != ND_E_OK)
			return ND_E_NOMEM;
	}
	return ND_E_OK;
}

/* A word of a thing's name or description after "The" at a sentence's
 * start ("The ruling", "The House and Senate", "The NDAA"). */
static bool thing_word(const struct tokens *tk, size_t k)
{
	const struct tok *t = &tk->t[k];
	return t->word && !t->num && !t->quote && !lex_tok_function_word(&tk->t[k]) &&
	       !lex_reporting_verb(tk->t, tk->n, k) && !text_same(tk->w[k], "'s");
}

enum nd_err events_extract(const struct article *a, const struct report_facts *f,
			   struct stemmer *st, struct arena *arena, struct report_events *out)
{
	memset(out, 0, sizeof *out);
	size_t cap = 0;
	for (size_t i = 0; i < f->nnames + f->nsubjects; i++) {
		const struct name_ref *nr = i < f->nnames ? &f->names[i] : &f->subjects[i - f->nnames];
		const struct tokens *tk = &f->toks[nr->sent];
		const struct person *p = &f->people[nr->person];
		if (!p->surname || !p->name || is(tk, nr->last + 1, "'s") ||
		    tokens_quoted(a->text, tk, nr->first))
			continue;
		if (add_subject_event(a, tk, nr->sent, nr->last, p->surname, p->name, false, st,
				      arena, out, &cap) != ND_E_OK)
			return ND_E_NOMEM;
	}
	/* things: "The ruling can be appealed", "The Senate passed the
	 * bill": the first of one to three words after a sentence's opening
	 * "The" that a verb follows */
	for (uint32_t si = 0; si < f->ntoks; si++) {
		const struct tokens *tk = &f->toks[si];
		if (tk->n < 4 || !text_same(tk->w[0], "the") || tokens_quoted(a->text, tk, 0))
			continue;
		size_t before = out->n;
		/* "The House and Senate": "and" between capitalised words */
		for (size_t h = 1; h <= 4 && h < tk->n && out->n == before; h++) {
			bool and = is(tk, h, "and") && h > 1 && tk->t[h - 1].cap && h + 1 < tk->n &&
				   tk->t[h + 1].cap;
			if (!and && !thing_word(tk, h))
				break;
			bool neg, passive;
			if (and || find_verb(tk, h + 1, &neg, &passive, NULL) == SIZE_MAX)
				continue;
			/* keyed apart from people's surnames */
			const char *head = thing_key(tk, 1, h, st, arena);
			const char *name = arena_strndup(arena, a->text + tk->t[1].start,
							 tk->t[h].end - tk->t[1].start);
			if (!head || !name ||
			    add_subject_event(a, tk, si, h, head, name, true, st, arena, out, &cap) !=
				    ND_E_OK)
				return ND_E_NOMEM;
			break;
		}
	}
	return arena->failed ? ND_E_NOMEM : ND_E_OK;
}

/* ---- rows ------------------------------------------------------------------ */

struct eref {
	uint32_t art;
	const struct event *e;
	const char *key;
};

static int cmp_eref(const void *pa, const void *pb)
{
	const struct eref *a = pa, *b = pb;
	int k = strcmp(a->key, b->key);
	if (k)
		return k;
	if (a->art != b->art)
		return a->art < b->art ? -1 : 1;
	return a->e->start < b->e->start ? -1 : a->e->start > b->e->start;
}

static bool firm(const struct event *e)
{
	return e->mod == MOD_STATED || e->mod == MOD_ATTRIBUTED;
}

static void verdict_of(struct row *r, const struct eref *m, size_t n, struct arena *ar)
{
	bool pos = false, neg = false, firm_pos = false, firm_neg = false, soft = false, hard = false;
	bool ahead = false, done = false, expect_pos = false, expect_neg = false;
	for (size_t i = 0; i < n; i++) {
		if (m[i].e->expected && m[i].e->mod == MOD_HEDGED) {
			expect_pos |= !m[i].e->negated;
			expect_neg |= m[i].e->negated;
		}
		if (firm(m[i].e)) {
			ahead |= m[i].e->to_come;
			done |= !m[i].e->to_come;
		}
		bool f = firm(m[i].e);
		if (m[i].e->negated) {
			neg = true;
			firm_neg |= f;
		} else {
			pos = true;
			firm_pos |= f;
		}
		soft |= !f;
		hard |= f;
	}
	if (pos && neg && expect_pos && expect_neg && !(firm_pos || firm_neg)) {
		/* "is expected to meet the queen" and "is unlikely to meet
		 * the queen": what one report expects the other does not */
		r->verdict = VERDICT_DISAGREE;
		r->why = arena_printf(ar, "one report expects %s to, another that %s is unlikely to",
				      m[0].e->name, m[0].e->name);
	} else if (pos && neg) {
		r->verdict = firm_pos && firm_neg ? VERDICT_DISAGREE : VERDICT_UNCLEAR;
		r->why = arena_printf(ar, "one report says %s did, another that %s did not",
				      m[0].e->name, m[0].e->name);
	} else if (soft && hard) {
		r->verdict = VERDICT_PARTIAL;
		r->why = "one report hedges, demands or supposes it; another does not";
	} else if (ahead && done) {
		r->verdict = VERDICT_PARTIAL;
		r->why = "one report says it is to come; another that it happened";
	} else if (soft) {
		r->verdict = VERDICT_UNCLEAR;
		r->why = "no report states it as a fact (hedged, demanded or supposed)";
	} else {
		r->verdict = VERDICT_AGREE;
		r->why = "the reports say the same";
	}
}

static enum nd_err emit(const struct sentences *sents, const struct eref *m, size_t n,
			struct arena *ar, struct row **rows, size_t *nrows, size_t *cap)
{
	struct row *v = arena_reserve(ar, *rows, *nrows, cap, *nrows + 1, sizeof *v);
	if (!v)
		return ND_E_NOMEM;
	*rows = v;
	struct row *r = &v[*nrows];
	memset(r, 0, sizeof *r);
	r->seq = *nrows;
	r->kind = FACT_EVENT;
	/* worded from the text that sorts first, with the fullest name,
	 * whatever the file order */
	const struct event *rep = m[0].e;
	for (size_t i = 1; i < n; i++) {
		const struct event *e = m[i].e;
		int t = strcmp(e->text, rep->text);
		size_t le = strlen(e->name), lr = strlen(rep->name);
		if ((rep->mirror && !e->mirror) ||
		    (rep->mirror == e->mirror &&
		     (t < 0 || (t == 0 && (le > lr || (le == lr && strcmp(e->name, rep->name) < 0))))))
			rep = e;
	}
	r->question = rep->thing ? arena_printf(ar, "what of the %s: %s", rep->name, rep->text)
				 : arena_printf(ar, "what %s did: %s", rep->name, rep->text);
	r->cells = arena_alloc(ar, n * sizeof *r->cells);
	if (!r->question || !r->cells)
		return ND_E_NOMEM;
	for (size_t i = 0; i < n; i++) {
		const struct event *e = m[i].e;
		const struct sentence *se = &sents[m[i].art].v[e->sent];
		struct cell *cl = &r->cells[i];
		cl->art = m[i].art;
		cl->value = e->negated ? arena_printf(ar, "not: %s", e->text) : e->text;
		cl->normalized = arena_printf(ar, "%s%s %s", e->negated ? "not " : "", e->verb, e->object);
		if (!firm(e))
			cl->note = modality_label(e->mod);
		cl->sent_start = se->start;
		cl->sent_end = se->end;
		cl->start = e->start;
		cl->end = e->end;
	}
	r->ncells = n;
	verdict_of(r, m, n, ar);
	(*nrows)++;
	return ND_E_OK;
}

/* One pass of lining up: the events not inside a cell of the rows so
 * far, grouped by key; in the second pass (mirrors) only groups holding
 * a mirrored passive become rows. */
static enum nd_err event_pass(const struct story *s, const struct sentences *sents,
			      const struct report_events *ev, bool mirrors, struct arena *arena,
			      struct row **rows, size_t *nrows, size_t *cap)
{
	size_t total = 0, n = 0;
	for (size_t a = 0; a < s->n; a++)
		total += ev[a].n;
	struct eref *v = arena_alloc(arena, (total ? total : 1) * sizeof *v);
	if (!v)
		return ND_E_NOMEM;
	struct cell_spans spans;
	if (cell_spans_of(*rows, *nrows, SPAN_ALL, arena, &spans) != ND_E_OK)
		return ND_E_NOMEM;
	for (uint32_t a = 0; a < s->n; a++)
		for (size_t k = 0; k < ev[a].n; k++) {
			const struct event *e = &ev[a].v[k];
			if ((e->mirror && !mirrors) || cell_spans_overlap(&spans, a, e->start, e->verb_end))
				continue;
			v[n] = (struct eref){ a, e, arena_printf(arena, "%s|%s|%s", e->who, e->verb, e->object) };
			if (!v[n].key)
				return ND_E_NOMEM;
			n++;
		}
	qsort(v, n, sizeof *v, cmp_eref);
	struct eref *m = arena_alloc(arena, (n ? n : 1) * sizeof *m);
	if (!m)
		return ND_E_NOMEM;
	for (size_t lo = 0; lo < n;) {
		size_t hi = lo + 1, k = 0;
		bool mirrored = false;
		while (hi < n && strcmp(v[hi].key, v[lo].key) == 0)
			hi++;
		/* the first event of each report with the key */
		for (size_t i = lo; i < hi; i++)
			if (k == 0 || m[k - 1].art != v[i].art) {
				m[k++] = v[i];
				mirrored |= v[i].e->mirror;
			}
		if (k >= 2 && (!mirrors || mirrored) &&
		    emit(sents, m, k, arena, rows, nrows, cap) != ND_E_OK)
			return ND_E_NOMEM;
		lo = hi;
	}
	return arena->failed ? ND_E_NOMEM : ND_E_OK;
}

enum nd_err event_rows(const struct story *s, const struct sentences *sents,
		       const struct report_events *ev, struct arena *arena, struct row **rows,
		       size_t *nrows, size_t *cap)
{
	/* "The Senate passed the bill" meets "The bill was passed" only
	 * when neither sentence made a row of its own */
	enum nd_err err = event_pass(s, sents, ev, false, arena, rows, nrows, cap);
	return err ? err : event_pass(s, sents, ev, true, arena, rows, nrows, cap);
}
