/*
 * facts_quotes.c - pronouns and quotations of one report, with their
 * speakers: the last passes of facts.c (see facts.h for the rules).
 * Private to the facts module: facts_scan.h.
 */
#include "analyse/facts_scan.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "analyse/lexicon.h"
#include "base/text.h"

/* ---- pronouns ----------------------------------------------------------- */

/* The one person a pronoun after sentence st may stand for, given the one
 * before it (prev): the person st names when it names exactly one; none
 * when it names two, or someone by honorific who is no known person
 * ("Mr. Roe"); prev when it names nobody. */
/* Is token i inside a quotation (tokens.h)? */
static bool quoted_at(const char *text, const struct stoks *st, size_t i)
{
	const struct tokens tk = { st->t, st->w, st->n };
	return tokens_quoted(text, &tk, i);
}

/* A person named inside a quotation, or as the owner of something ("Roe's
 * lawyer"), is not who "he" or "she" after it stands for. */
static bool antecedent(const char *text, const struct stoks *st, const struct mention *m)
{
	return !quoted_at(text, st, m->first) && !is(st, m->last + 1, "'s");
}

/* A capitalised word before token end owning something ("Garrow's visit")
 * that names no one newsdiff knows, nor a country or outlet: someone the
 * pronouns after it may stand for. */
static bool unknown_owner(const char *text, const struct stoks *st, size_t end)
{
	const char *canon;
	for (size_t k = 0; k + 1 < end; k++)
		if (st->t[k].word && st->t[k].cap && !st->t[k].allcaps && is(st, k + 1, "'s") &&
		    !quoted_at(text, st, k) &&
		    !facts_in_mention(st, k) && !lex_tok_not_name(&st->t[k]) && !lex_tok_role_word(&st->t[k]) &&
		    !lex_country(st->t, st->n, k, &canon) && !lex_outlet(st->t, st->n, k, &canon))
			return true;
	return false;
}

int facts_pronoun_candidate(const char *text, const struct stoks *st, int prev)
{
	int named = -1;
	bool owner = false;
	/* everyone the sentence speaks of, by name or by a pronoun already
	 * worked out ("He claimed that Mrs. Roe ..." speaks of two) */
	for (size_t m = 0; m < st->nm; m++) {
		if (!antecedent(text, st, &st->m[m])) {
			/* "The veto was Roe's second. He ...": Roe may be
			 * meant, so no one before is sure any more */
			owner |= !quoted_at(text, st, st->m[m].first) && st->m[m].person != prev;
			continue;
		}
		if (named >= 0 && named != st->m[m].person)
			return -1;
		named = st->m[m].person;
	}
	for (size_t k = 0; k + 1 < st->n; k++) {
		if (!lex_tok_honorific(&st->t[k])) /* "Mr.", "Dr.": not "the Police Headquarters" */
			continue;
		size_t x = is_punct(st, k + 1, '.') ? k + 2 : k + 1; /* "Mr. Roe" */
		if (x < st->n && st->t[x].word && st->t[x].cap && !st->t[x].allcaps &&
		    !facts_in_mention(st, x) && !lex_tok_not_name(&st->t[x]) && !lex_tok_role_word(&st->t[x]))
			return -1;
	}
	return named >= 0 ? named : owner || unknown_owner(text, st, st->n) ? -1 : prev;
}

/*
 * Pronouns are linked only when one person fits: the one person named
 * earlier in the sentence, or, with nobody named there, the person the
 * sentences before left as the only candidate (c->last_person; -1 when
 * they named two people, or someone newsdiff does not know, such as
 * "Mr. Roe" without a full name).
 */
void facts_pronouns(struct ctx *c, struct stoks *st)
{
	for (size_t i = 0; i < st->n; i++) {
		if (!(is(st, i, "he") || is(st, i, "she") || is(st, i, "his") || is(st, i, "her") ||
		      is(st, i, "him")))
			continue;
		int who = c->last_person, named = -1, owner = -1;
		bool several = false, owners = false, of_thing = true;
		for (size_t m = 0; m < st->nm; m++) {
			const struct mention *mm = &st->m[m];
			if (mm->last >= i || mm->kind == M_PRONOUN)
				continue;
			if (antecedent(c->a->text, st, mm)) {
				several |= named >= 0 && named != mm->person;
				named = mm->person;
			} else if (!quoted_at(c->a->text, st, mm->first)) {
				owners |= owner >= 0 && owner != mm->person;
				owner = mm->person;
				/* "Roe's lawyer": another person, "Roe's visit": Roe's */
				size_t x = mm->last + 2;
				of_thing &= x < i && !lex_tok_role_word(&st->t[x]) &&
					    !facts_relation_noun(st->w[x]);
			}
		}
		/* "Because Roe's visit was short, he ...": Roe, when no one else
		 * is named there; after "Roe's lawyer", or two owners, or one
		 * newsdiff knows nothing of, no one is sure */
		bool unknown = named < 0 && unknown_owner(c->a->text, st, i);
		if (named >= 0)
			who = several ? -1 : named;
		else if (owner >= 0 && !owners && of_thing && !unknown)
			who = owner;
		else if (owner >= 0 || unknown)
			who = -1;
		if (who < 0)
			continue;
		/* "his boss" is a different person from him */
		if ((is(st, i, "his") || is(st, i, "her")) && i + 1 < st->n && facts_relation_noun(st->w[i + 1]))
			continue;
		facts_add_mention(c, st, who, i, i, M_PRONOUN);
	}
	if (st->nm > 1)
		qsort(st->m, st->nm, sizeof *st->m, facts_cmp_mention);
}

/* ---- quotations --------------------------------------------------------- */

struct qspan {
	uint32_t start, end;   /* the quoted words, without the marks */
	bool open_end;         /* not closed by the end of the paragraph */
	bool open_start;       /* opened before the paragraph: from its start to
				* the first mark, a closing one */
};

static bool opens(int32_t cp) { return cp == 0x201C || cp == 0x201E || cp == '"'; }
static bool closes(int32_t cp) { return cp == 0x201D || cp == '"'; }

/* The double-quoted spans of text[s..e). */
/* Is the last mark before byte at (past at most one space) a comma, a
 * full stop, or a question or exclamation mark? */
static bool after_clause_end(const char *text, uint32_t s, size_t at)
{
	size_t k = at;
	if (k > s && text[k - 1] == ' ')
		k--;
	return k > s && (text[k - 1] == ',' || text[k - 1] == '.' || text[k - 1] == '?' ||
			 text[k - 1] == '!');
}

/* Is the straight mark at byte at (text[at] == '"', the next byte at
 * next) written as a closing one: after a letter or a mark other than an
 * opening bracket, and before a space, a mark that ends a clause or the
 * end of the paragraph ("... deportations.\" Then")?  At the start of a
 * paragraph, or after a space, it opens. */
static bool written_closing(const char *text, uint32_t s, size_t at, size_t next, size_t e)
{
	if (at == s)
		return false;
	char p = text[at - 1];
	if (p == ' ' || p == '\t' || p == '\n' || p == '(' || p == '[')
		return false;
	if (next >= e)
		return true;
	char n = text[next];
	return n == ' ' || n == '\n' || n == ',' || n == '.' || n == ';' || n == ':' || n == '!' ||
	       n == '?' || n == ')';
}

/* Does a reporting verb in lower case start right at byte i ("said")? */
static bool reporting_after(const char *text, size_t i, size_t e)
{
	static const char *const verbs[] = { "said", "says", "added", "told", "wrote", NULL };
	for (const char *const *v = verbs; *v; v++) {
		size_t n = strlen(*v);
		if (i + n <= e && strncmp(text + i, *v, n) == 0 &&
		    (i + n == e || text[i + n] == ' ' || text[i + n] == ','))
			return true;
	}
	return false;
}

static size_t find_spans(const char *text, uint32_t s, uint32_t e, struct qspan *out, size_t cap)
{
	size_t n = 0;
	size_t i = s;
	bool in = false, seen = false;
	uint32_t qs = 0;
	while (i < e && n < cap) {
		/* only a double quotation mark counts: ASCII other than '"'
		 * is passed over without decoding */
		if ((unsigned char)text[i] < 0x80 && text[i] != '"') {
			i++;
			continue;
		}
		size_t at = i;
		int32_t cp = text_next(text, e, &i);
		/* a straight mark after a comma or full stop and before a
		 * reporting verb in lower case (", \"said Roe", ",\" said
		 * Roe") closes a quotation opened before this paragraph: it
		 * opens nothing */
		/* nor does one written as a closing mark ("... at once.\" She
		 * left"): the quotation it closes began in an earlier
		 * paragraph, and pairing it with the next mark would take the
		 * words between for a quotation.  The first such mark ends
		 * what the paragraph carries on. */
		if (!in && cp == '"' &&
		    ((after_clause_end(text, s, at) &&
		      (reporting_after(text, i, e) ||
		       (i < e && text[i] == ' ' && reporting_after(text, i + 1, e)))) ||
		     written_closing(text, s, at, i, e))) {
			if (!seen)
				out[n++] = (struct qspan){ s, (uint32_t)at, false, true };
			seen = true;
			continue;
		}
		seen |= opens(cp) || closes(cp);
		if (!in && opens(cp)) {
			in = true;
			qs = (uint32_t)i;
		} else if (in && closes(cp)) {
			in = false;
			out[n++] = (struct qspan){ qs, (uint32_t)at, false, false };
		}
	}
	if (in && n < cap)
		out[n++] = (struct qspan){ qs, e, true, false };
	return n;
}

/* The speaker named in tokens [b, e) of a sentence, around a reporting
 * verb: a person mention (or pronoun) next to "said", "wrote", "added".
 * Returns a person index, -1 when none; sets *text for a speaker without a
 * name ("a spokesperson", an organisation). */
/* "a joint statement from", "in a statement": a statement stands for a
 * reporting verb. */
static bool statement_word(const struct stoks *st, size_t k)
{
	return is(st, k, "statement") &&
	       (is(st, k + 1, "from") || is(st, k + 1, "by") || is(st, k + 1, "of") ||
		(k > 0 && (is(st, k - 1, "joint") || is(st, k - 1, "a"))));
}

/* The people named together with mention m as one subject: "A, B and C",
 * "House Chairman A and Senator B" (names joined by commas, semicolons,
 * "and" and title words only; "A, president of B" is one person and a title).
 * Writes up to cap person indexes other than m's. */
static unsigned joint_with(const struct stoks *st, size_t m, int *out, unsigned cap)
{
	unsigned n = 0;
	size_t prev_last = st->m[m].last;
	bool listed = false;
	for (size_t x = m + 1; x < st->nm && n < cap; x++) {
		const struct mention *mm = &st->m[x];
		if (mm->kind == M_PRONOUN || mm->first <= prev_last || mm->first > prev_last + 10)
			break;
		bool joiner = false, ok = true, semi = false, tag = false;
		for (size_t k = prev_last + 1; k < mm->first && ok; k++) {
			/* "A, R-Va.; House Chairman B, R-S.C.; and C": a list
			 * of semicolons, with each one's party and state (a
			 * bare semicolon ends a clause: "said Lund; Roe
			 * declined") */
			if (is_punct(st, k, ',') || is_punct(st, k, ';') || is(st, k, "and")) {
				joiner = true;
				semi |= is_punct(st, k, ';');
				continue;
			}
			tag |= st->t[k].word && st->t[k].cap && strchr(st->w[k], '-') != NULL;
			if (is_punct(st, k, '.') && k > prev_last + 1 && st->t[k - 1].word)
				continue;
			/* "Roe, president of Harbour Watch": a title of the
			 * name before, not a list */
			ok = st->t[k].word && (st->t[k].cap || lex_tok_role_word(&st->t[k])) &&
			     !is(st, k, "of");
		}
		/* "A, former Governor B's adviser": B owns A's title and
		 * is no second speaker */
		if (!ok || !joiner || (semi && !tag) || is(st, mm->last + 1, "'s"))
			break;
		if (mm->person != st->m[m].person) {
			bool dup = false;
			for (unsigned q = 0; q < n; q++)
				dup |= out[q] == mm->person;
			if (!dup)
				out[n++] = mm->person;
		}
		listed = true;
		prev_last = mm->last;
	}
	return listed ? n : 0;
}

/* "a Roe campaign official", "the Lund family spokesman": a name that
 * says whose the person is, inside words naming someone else. */
static bool attributive(const struct stoks *st, const struct mention *m)
{
	if (m->first == 0 || !(is(st, m->first - 1, "a") || is(st, m->first - 1, "an") ||
			       is(st, m->first - 1, "the")))
		return false;
	for (size_t k = m->last + 1; k < st->n && k <= m->last + 3; k++) {
		if (!st->t[k].word || st->t[k].cap)
			return false;
		if (lex_tok_role_head(&st->t[k]))
			return true;
	}
	return false;
}

/* "When asked whether Roe agreed, an aide said": a subject of its own
 * ("an aide", after the last comma before the verb, no comma closing
 * it) stands between the name and the verb.  Not "Roe, the harbour
 * director, said", where the commas close a description of Roe. */
static bool other_subject(const struct stoks *st, const struct mention *m, size_t verb)
{
	if (m->last >= verb)
		return false;
	size_t comma = SIZE_MAX;
	for (size_t k = m->last + 1; k < verb; k++)
		if (is_punct(st, k, ','))
			comma = k;
	return comma != SIZE_MAX && comma + 1 < verb &&
	       (is(st, comma + 1, "a") || is(st, comma + 1, "an") || is(st, comma + 1, "the"));
}

static int speaker_in(struct ctx *c, const struct stoks *st, size_t b, size_t e, bool after,
		      const char **text)
{
	size_t verb = (size_t)-1;
	for (size_t k = b; k < e; k++) {
		if (lex_reporting_verb(st->t, st->n, k) || statement_word(st, k)) {
			verb = k;
			if (after)
				break;
		}
	}
	if (verb == (size_t)-1) {
		/* "Name wrote:" has a verb; a bare "Name:" does not count */
		return -1;
	}
	/* "...," Kim Lund, the harbour's director of works, said. : the name
	 * right after the quotation, a description between commas, the verb */
	if (after && verb <= b + 16 && verb > b && is_punct(st, verb - 1, ',')) {
		for (size_t m = 0; m < st->nm; m++) {
			const struct mention *mm = &st->m[m];
			if (mm->kind == M_PRONOUN || mm->first < b || mm->first > b + 1 ||
			    !is_punct(st, mm->last + 1, ','))
				continue;
			bool plain = true; /* no other clause in the description */
			for (size_t k = mm->last + 2; k + 1 < verb && plain; k++)
				plain = !is_punct(st, k, '.') && !lex_reporting_verb(st->t, st->n, k);
			if (plain)
				return mm->person;
		}
	}
	/* "...," the committee's chairman, Representative Kim Lund, Republican
	 * of Harbourton, wrote: a description, a name and more description
	 * between commas before the verb; the first person named is the
	 * speaker, unless another clause comes between */
	if (after && verb > b + 6 && verb <= b + 24) {
		bool plain = true;
		for (size_t k = b; k < verb && plain; k++)
			plain = !is_punct(st, k, '.') && !is_punct(st, k, ';') &&
				(!st->t[k].quote || k <= b + 1) &&
				!is(st, k, "who") && !is(st, k, "which") && !is(st, k, "that");
		for (size_t m = 0; m < st->nm && plain; m++) {
			const struct mention *mm = &st->m[m];
			if (mm->first < b || mm->last >= verb || mm->kind == M_PRONOUN)
				continue;
			if (is(st, mm->last + 1, "'s"))
				continue;
			return is_punct(st, mm->last + 1, ',') || mm->last + 1 == verb ? mm->person : -1;
		}
	}
	if (after && verb > b + 6)
		return -1;
	/* "he said" with a "he" that stands for nobody sure: the speaker is
	 * unclear, not the next name along */
	for (size_t k = verb > b ? verb - 1 : verb; k <= verb + 1 && k < e; k++)
		if (k != verb && (is(st, k, "he") || is(st, k, "she")) && !facts_in_mention(st, k)) {
			*text = is(st, k, "he") ? "\xe2\x80\x9che\xe2\x80\x9d (unclear who)"
						: "\xe2\x80\x9cshe\xe2\x80\x9d (unclear who)";
			return -1;
		}
	/* the person mention nearest to the verb within the segment */
	int best = -1;
	size_t bestd = (size_t)-1, bestm = 0;
	for (size_t m = 0; m < st->nm; m++) {
		const struct mention *mm = &st->m[m];
		if (mm->first < b || mm->last >= e)
			continue;
		/* "Lund said of Garrow", "told Garrow": spoken of or to; so
		 * is one before the verb ("wrote to the mayor and said") but
		 * after "according to" */
		static const char *const object_of[] = { "of", "about", "to", "with", "at", "on",
							  "for", "against", "told", NULL };
		/* "Roe's lawyer said", "said that Roe's memos": whose, not who */
		if (is(st, mm->last + 1, "'s") || attributive(st, mm) || other_subject(st, mm, verb))
			continue;
		if (mm->first > b && is_one_of(st, mm->first - 1, object_of) &&
		    (mm->first > verb || !(is(st, mm->first - 1, "to") && mm->first >= 2 &&
					   is(st, mm->first - 2, "according"))))
			continue;
		size_t d = mm->last < verb ? verb - mm->last : mm->first - verb;
		if (d < bestd && d <= (after ? 6u : 10u)) {
			bestd = d;
			best = mm->person;
			bestm = m;
		}
	}
	if (best >= 0) {
		/* the first of a list of names speaks with the others */
		size_t first = bestm;
		while (first > 0 && st->m[first - 1].first >= b &&
		       joint_with(st, first - 1, c->joint, 3) > 0)
			first--;
		c->njoint = joint_with(st, first, c->joint, 3);
		return st->m[first].person;
	}
	/* a spokesperson, an organisation */
	for (size_t k = verb > b + 4 ? verb - 4 : b; k < verb + 4 && k < e; k++) {
		if (is(st, k, "spokesperson") || is(st, k, "spokesman") || is(st, k, "spokeswoman")) {
			*text = "a spokesperson";
			return -1;
		}
	}
	/* the capitalised words just before the verb, all of them ("TC
	 * Energy said", "the Harbour Board said"), up to four */
	size_t w0 = verb;
	while (w0 > b && verb - w0 < 4 && st->t[w0 - 1].word &&
	       (st->t[w0 - 1].cap || st->t[w0 - 1].allcaps) && !lex_tok_not_name(&st->t[w0 - 1]))
		w0--;
	if (w0 < verb)
		*text = slice(c, st->t[w0].start, st->t[verb - 1].end);
	return -1;
}

/* Tokens of the paragraph's sentences, as (sentence, token) ranges of the
 * byte range [from, to). */
static int speaker_around(struct ctx *c, uint32_t para, uint32_t from, uint32_t to, bool after,
			  const char **text)
{
	for (size_t si = 0; si < c->s->n; si++) {
		const struct sentence *se = &c->s->v[si];
		if (se->para != para || se->end <= from || se->start >= to)
			continue;
		const struct stoks *st = &c->st[si];
		size_t b = 0, e = 0;
		while (b < st->n && st->t[b].start < from)
			b++;
		e = b;
		while (e < st->n && st->t[e].end <= to)
			e++;
		if (e <= b)
			continue;
		/* before a quotation, only the sentence it opens in (the
		 * range's last) speaks for it: an earlier one is another
		 * statement ("X asked Y to appear. Y's words ...") */
		if (!after && se->end < to)
			continue;
		int who = speaker_in(c, st, b, e, after, text);
		if (who >= 0 || *text)
			return who;
		if (after)
			return -1; /* only the sentence right after the quotation */
	}
	return -1;
}

/* Words of paragraph [ps, pe) outside its quotations sp[0..n). */
static size_t outside_words(const char *text, uint32_t ps, uint32_t pe, const struct qspan *sp,
			    size_t n)
{
	size_t words = 0;
	uint32_t at = ps;
	for (size_t k = 0; k < n; k++) {
		if (sp[k].start > at)
			words += text_words(text + at, sp[k].start - at);
		at = sp[k].end;
	}
	if (pe > at)
		words += text_words(text + at, pe - at);
	return words;
}

static uint32_t sentence_of(const struct ctx *c, uint32_t off)
{
	for (size_t si = 0; si < c->s->n; si++)
		if (off >= c->s->v[si].start && off < c->s->v[si].end)
			return (uint32_t)si;
	for (size_t si = 0; si < c->s->n; si++)
		if (c->s->v[si].end > off)
			return (uint32_t)si;
	return c->s->n ? (uint32_t)c->s->n - 1 : 0;
}

/* The byte where the mark that opens a quotation starting at byte start
 * begins (a mark is one to three bytes). */
static uint32_t open_mark(const char *text, uint32_t para_start, uint32_t start)
{
	uint32_t k = start;
	while (k > para_start && ((unsigned char)text[k - 1] & 0xC0) == 0x80)
		k--;
	return k > para_start ? k - 1 : k;
}

/* Is the quotation at text[qs..qs+len) the name of a programme, a book
 * or a film: two to eight words, each capitalised but for small words
 * ("of", "the"), written just after an owner's "'s" or "on" ("told
 * Channel 9's "State of the Harbour."", "said on "Face the Town"")? */
static bool title_quoted(const char *text, uint32_t para_start, uint32_t open_mark,
			 const char *q, size_t len)
{
	static const char *const small[] = { "of", "the", "a", "an", "and", "in", "on", "for",
					     "to", "at", "with", NULL };
	size_t words = 0;
	for (size_t i = 0; i < len;) {
		while (i < len && !isalnum((unsigned char)q[i]) && (unsigned char)q[i] < 0x80)
			i++;
		if (i >= len)
			break;
		size_t w = i;
		while (i < len && q[i] != ' ')
			i++;
		size_t wl = i - w; /* the word without the stop after it */
		while (wl > 0 && ispunct((unsigned char)q[w + wl - 1]))
			wl--;
		words++;
		bool is_small = false;
		for (const char *const *sm = small; *sm && !is_small; sm++)
			is_small = strlen(*sm) == wl && strncmp(q + w, *sm, wl) == 0;
		if (!is_small && !(q[w] >= 'A' && q[w] <= 'Z') && !isdigit((unsigned char)q[w]))
			return false;
	}
	if (words < 2 || words > 8)
		return false;
	/* the word before the opening mark */
	size_t k = open_mark;
	while (k > para_start && text[k - 1] == ' ')
		k--;
	if (k >= para_start + 2 && (strncmp(text + k - 2, "'s", 2) == 0))
		return true;
	if (k >= para_start + 4 && strncmp(text + k - 4, "\xe2\x80\x99s", 4) == 0)
		return true;
	return k >= para_start + 3 && strncmp(text + k - 3, " on", 3) == 0;
}

/* Do words of its sentence stand before the quotation starting at byte
 * off ("wearing red "Keep the Harbour" hats")? */
static bool within_sentence(const struct ctx *c, const char *text, uint32_t off)
{
	const struct sentence *se = &c->s->v[sentence_of(c, off)];
	for (uint32_t b = se->start; b < off && b < se->end; b++)
		if (isalnum((unsigned char)text[b]))
			return true;
	return false;
}

void facts_quotations(struct ctx *c)
{
	const struct article *a = c->a;
	struct quote *prev = NULL;       /* the last quotation, for continuations */
	bool prev_open = false;
	for (size_t p = 0; p < a->npara; p++) {
		const struct para *pp = &a->paras[p];
		if (!para_is_content(pp))
			continue;
		uint32_t ps = (uint32_t)pp->start, pe = (uint32_t)(pp->start + pp->len);
		struct qspan sp[32];
		size_t n = find_spans(a->text, ps, pe, sp, 32);
		uint32_t seg = ps;
		struct quote *in_para = NULL;
		bool last_kept = false;  /* the last span is prev's text */
		for (size_t k = 0; k < n; k++) {
			last_kept = false;
			size_t qlen = sp[k].end - sp[k].start;
			const char *qtext = a->text + sp[k].start;
			size_t tl = qlen;
			qtext = text_trim(qtext, &tl);
			bool para_opens = k == 0 && text_width(a->text + ps, sp[k].start - ps) <= 1;
			/* a quotation carried on from the paragraph before */
			if (para_opens && prev && prev_open) {
				prev->text = arena_printf(c->ar, "%s %.*s", prev->text, (int)tl, qtext);
				prev_open = sp[k].open_end;
				in_para = prev;
				/* "...," Holloway said. after the last part */
				if (prev->speaker < 0 && !prev->speaker_text) {
					const char *st2 = NULL;
					uint32_t ns = k + 1 < n ? sp[k + 1].start : pe;
					int who2 = speaker_around(c, (uint32_t)p, sp[k].end, ns, true, &st2);
					prev->speaker = who2;
					prev->speaker_text = who2 >= 0 ? c->out->people[who2].name : st2;
				}
				seg = sp[k].end;
				last_kept = true;
				continue;
			}
			/* the end of a quotation whose start this reading did
			 * not carry over is no quotation of its own */
			if (sp[k].open_start || text_words(qtext, tl) < 4 ||
			    title_quoted(a->text, ps, open_mark(a->text, ps, sp[k].start), qtext, tl)) {
				seg = sp[k].end;
				continue;
			}
			const char *stext = NULL;
			uint32_t next_start = k + 1 < n ? sp[k + 1].start : pe;
			c->njoint = 0;
			int who = speaker_around(c, (uint32_t)p, sp[k].end, next_start, true, &stext);
			if (who < 0 && !stext)
				who = speaker_around(c, (uint32_t)p, seg, sp[k].start, false, &stext);
			const struct quote *from = NULL;
			/* a few quoted words inside a sentence that names no
			 * speaker are a name, a slogan or a term ("an acronym
			 * for "Keep the Harbour Open""), not more of the
			 * last remark */
			if (who < 0 && !stext && in_para &&
			    !(text_words(qtext, tl) < 8 && within_sentence(c, a->text, sp[k].start)))
				from = in_para;
			/* a paragraph that opens with a quotation and gives no
			 * speaker carries on the last one only when it says
			 * nothing else: words of its own outside the quotation
			 * are an attribution this reading did not follow */
			if (who < 0 && !stext && !from && para_opens && prev &&
			    outside_words(a->text, ps, pe, sp, n) < 4)
				from = prev;
			if (from) {
				who = from->speaker;
				stext = from->speaker_text;
				c->njoint = from->njoint;
				memcpy(c->joint, from->joint, sizeof c->joint);
			}
			struct quote *q = push(c->ar, &c->out->quotes, &c->out->nquotes, &c->cap_quotes,
					       sizeof *q);
			if (!q)
				return;
			if (who >= 0) {
				q->njoint = c->njoint;
				memcpy(q->joint, c->joint, sizeof q->joint);
			}
			q->text = arena_strndup(c->ar, qtext, tl);
			q->speaker = who;
			q->speaker_text = who >= 0 ? c->out->people[who].name : stext;
			uint32_t qs = (uint32_t)(qtext - a->text);
			q->at = (struct where){ sentence_of(c, qs), qs, qs + (uint32_t)tl };
			prev = q;
			in_para = q;
			prev_open = sp[k].open_end;
			seg = sp[k].end;
			last_kept = true;
		}
		/* whether a quotation runs on into the next paragraph is
		 * what this one's last mark says */
		prev_open = n && sp[n - 1].open_end && last_kept;
	}
	/* continuation appends may have moved prev->text; pointers stay valid */
}

