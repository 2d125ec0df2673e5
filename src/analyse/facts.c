/*
 * facts.c - the rules that find facts in one report.  See facts.h.
 *
 * A report is read sentence by sentence as tokens (words with their byte
 * spans, folded to lower case, and punctuation).  Passes:
 *   1. names: runs of capitalised words that a title, a role, a reporting
 *      verb or an apposition marks as a person ("chief executive Jane Roe",
 *      "Jane Roe said", "Jane Roe, who..."); a run just before the noun
 *      that ends the name of a law, a document, a body or a group ("Act",
 *      "Resolution", "Association", "Democrats": lex_thing_head), or
 *      before one or two capitalised words and such a noun, is part
 *      of that thing's name, not a person ("the Brenmouth Care Act"); a
 *      place of two words or more (lex_place: "Kansas City") is none, and
 *      one after "of" opens no name ("the governor of Ohio Kim Lund"), nor
 *      is a run after "of" or "for" that goes on a body's name ("the
 *      Office of Harbour Management"), nor a run just before a title and
 *      a name ("Lundish Crown Prince Kim Lund": the place or body of the
 *      title); a title's plural
 *      ("Justices", "Presidents") heads the names after it and is none of
 *      theirs; an editor's bracket closed inside a name joins the name
 *      after it ("(Brenmouth Mayor Kim) Lund": Kim Lund); a first initial
 *      opens a name ("L. Kim Lund"); after an abbreviated title a
 *      capitalised role word is a first name ("Sen. Dean Roe"), and after
 *      a first name "King" or "Prince" with no name after it is a surname;
 *   2. later mentions by surname, and surnames spelt one letter apart;
 *      a lone surname after a title ("President Roe") is a person, but
 *      not in a sentence in title case, where pass 1 finds no names;
 *   3. sentence by sentence: pronouns (he, she, his, her) for the person
 *      last named; roles and organisations next to names; people named by
 *      role alone ("the firm's finance director", "his manager"); what
 *      happened to people; counts; outlets and their part; places; outcomes;
 *   4. quotations, paragraph by paragraph, with their speakers.
 * Pronouns and quotations (3 and 4) are in facts_quotes.c; what the two
 * files share is in the private facts_scan.h.
 */
#include "analyse/facts.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "base/date.h"
#include "base/text.h"
#include "analyse/tokens.h"
#include "analyse/facts_scan.h"

/* How far from a count or a name an event may stand and still be its:
 * rules look no further, so a run-on "sentence" costs linear time. */
#define EVENT_WINDOW 40

static enum nd_err tokenize(struct ctx *c, const struct sentence *se, struct stoks *out)
{
	struct tokens tk;
	memset(out, 0, sizeof *out);
	if (tokens_split(c->a->text, se->start, se->end, c->ar, &tk) != ND_E_OK)
		return ND_E_NOMEM;
	out->t = tk.t;
	out->w = tk.w;
	out->n = tk.n;
	return ND_E_OK;
}

/* ---- people: names ------------------------------------------------------ */


/* "Justices", "Presidents", "Secretaries": the plural of a title that
 * stands before names, which it heads ("Justices Kim Lund and Ada Roe"). */
static bool plural_title(const char *w)
{
	char tmp[32];
	size_t n = strlen(w);
	if (n < 4 || n >= sizeof tmp || w[n - 1] != 's')
		return false;
	memcpy(tmp, w, n - 1);
	tmp[n - 1] = '\0';
	if (lex_honorific(tmp))
		return true;
	if (n > 4 && text_same(w + n - 3, "ies")) {
		strcpy(tmp + n - 3, "y");
		return lex_honorific(tmp);
	}
	return false;
}

/* Hyphenated names keep their capital after the hyphen; fold() lowered
 * it, so check the text. */
/* "Han Soo-min", "Cho Ji-ho": a given name of two short syllables
 * joined by a hyphen, the second in lower case, after a capitalised
 * surname.  hy: the hyphen's byte in the token, text the article's.
 * Not "Lisbon-based",
 * "Pro-choice" at a sentence's start. */
static bool syllable_given_name(const char *text, const struct stoks *st, size_t i, size_t hy)
{
	const struct tok *t = &st->t[i];
	size_t len = t->end - t->start;
	if (i == 0 || hy < 2 || hy > 4 || len - hy - 1 < 2 || len - hy - 1 > 4)
		return false;
	const struct tok *p = &st->t[i - 1];
	if (!p->word || !p->cap || p->allcaps || lex_tok_function_word(p) || lex_tok_role_word(p) ||
	    lex_tok_honorific(p))
		return false;
	/* "Brenmouth Co-op", "the Lundco Ex-im deal": an English prefix */
	static const char *const prefixes[] = { "co", "ex", "re", "pre", "non", "anti", "pro",
						"mid", "post", "vice", "self", "semi", "sub", "neo",
						"de", "bi", "tri", "multi", "pan", NULL };
	for (size_t k = 0; prefixes[k]; k++)
		if (strlen(prefixes[k]) == hy && strncasecmp(text + t->start, prefixes[k], hy) == 0)
			return false;
	for (size_t k = hy + 1; k < len; k++)
		if (!(text[t->start + k] >= 'a' && text[t->start + k] <= 'z'))
			return false;
	return true;
}

static bool name_token_text(struct ctx *c, const struct stoks *st, size_t i)
{
	const struct tok *t = &st->t[i];
	if (!t->word || !t->cap || t->allcaps || t->camel || t->num)
		return false;
	const char *f = t->f;
	if (lex_tok_not_name(t) || lex_tok_role_word(t) || lex_tok_honorific(t) || plural_title(f))
		return false;
	/* "Nine Democrats joined": a number word opens a count, not a name */
	double num;
	if (lex_number(t, 1, 0, &num))
		return false;
	const char *cn;
	if (lex_country(st->t, st->n, i, &cn) || lex_outlet(st->t, st->n, i, &cn))
		return false;
	const char *s = c->a->text;
	for (uint32_t k = t->start; k + 1 < t->end; k++) {
		if (s[k] == '-' && !(s[k + 1] >= 'A' && s[k + 1] <= 'Z') &&
		    !syllable_given_name(s, st, i, k - t->start))
			return false;
		/* "U.S.-Mexico": an abbreviation joined to a name is a place
		 * compound, not a person */
		if (s[k] == '.' && s[k + 1] == '-')
			return false;
	}
	return true;
}

/* Does name (as written) hold the folded word w as one of its words? */
static bool has_word(const char *name, const char *w)
{
	size_t n = strlen(w);
	for (const char *p = name; *p;) {
		while (*p == ' ')
			p++;
		const char *e = p;
		while (*e && *e != ' ')
			e++;
		if ((size_t)(e - p) == n && strncasecmp(p, w, n) == 0)
			return true;
		p = e;
	}
	return false;
}

/* The person with this surname and first name; a first name one letter
 * off a known one of five letters or more ("Doanld") is a slip for it, and
 * a name whose middle word is a known first name ("General Kim Lund" when
 * "Kim Lund" is known, or the other way round: a title the rules did not
 * know) is that person.
 * middle: the folded word before the surname, or NULL. */
static int find_person(struct ctx *c, const char *first, const char *middle, const char *surname)
{
	int near = -1;
	for (size_t i = 0; i < c->out->npeople; i++) {
		const struct person *p = &c->out->people[i];
		if (!p->surname || strcmp(p->surname, surname) != 0)
			continue;
		if (!first || !p->first || strcmp(p->first, first) == 0)
			return (int)i;
		if (near < 0 && ((strlen(first) >= 5 && text_edit_distance(p->first, first, 1) == 1) ||
				 (middle && strcmp(p->first, middle) == 0) ||
				 (p->name && has_word(p->name, first))))
			near = (int)i;
	}
	return near;
}

static struct person *new_person(struct ctx *c, int *idx)
{
	struct person *p = push(c->ar, &c->out->people, &c->out->npeople, &c->cap_people, sizeof *p);
	if (p) {
		p->rel_to = -1;
		*idx = (int)c->out->npeople - 1;
	}
	return p;
}

struct mention *facts_add_mention(struct ctx *c, struct stoks *st, int person, size_t first,
				   size_t last, enum mention_kind kind)
{
	struct mention *m = push(c->scratch, &st->m, &st->nm, &st->capm, sizeof *m);
	if (m) {
		m->person = person;
		m->first = (uint32_t)first;
		m->last = (uint32_t)last;
		m->kind = kind;
		m->seq = c->mentions++;
	}
	return m;
}

static bool person_cue_before(const struct stoks *st, size_t i)
{
	if (i == 0)
		return false;
	/* "the plant's safety manager, Jo Bloggs," */
	if (i >= 2 && is_punct(st, i - 1, ',') && lex_tok_role_head(&st->t[i - 2]))
		return true;
	/* "Sen. Jo Bloggs", "Mr. Jo Bloggs" */
	if (i >= 2 && is_punct(st, i - 1, '.') && lex_tok_honorific(&st->t[i - 2]))
		return true;
	const char *w = st->w[i - 1];
	return lex_tok_role_word(&st->t[i - 1]) || lex_tok_honorific(&st->t[i - 1]) || plural_title(w) ||
	       lex_reporting_verb(st->t, st->n, i - 1);
}

static bool person_cue_after(const struct stoks *st, size_t j)
{
	/* j: the token after the name */
	if (j >= st->n)
		return false;
	if (lex_reporting_verb(st->t, st->n, j))
		return true;
	if (is(st, j, "'s") && j + 1 < st->n && lex_tok_role_word(&st->t[j + 1]))
		return false;
	if (is_punct(st, j, ',')) {
		if (is(st, j + 1, "who"))
			return true;
		if (j + 1 < st->n && st->t[j + 1].num && is_punct(st, j + 2, ','))
			return true; /* "Name, 47, said" */
		for (size_t k = j + 1; k < st->n && k < j + 7; k++) {
			if (is_punct(st, k, ',') || is_punct(st, k, '.'))
				break;
			if (lex_tok_role_head(&st->t[k]))
				return true;
		}
	}
	return false;
}

/* A middle initial at i inside a name: one capital letter and its full
 * stop, with a name word after them ("Mary J. Castell"). */
static bool middle_initial(struct ctx *c, const struct stoks *st, size_t i)
{
	const struct tok *t = &st->t[i];
	return t->word && t->cap && !t->num && t->end - t->start == 1 && is_punct(st, i + 1, '.') &&
	       i + 2 < st->n && name_token_text(c, st, i + 2);
}

/* "Praising London's history, ...": a sentence that opens with a verb in
 * -ing is capitalised for the sentence, not for a name. */
static bool opening_participle(const struct stoks *st, size_t i)
{
	for (size_t k = 0; k < i; k++)
		if (st->t[k].word)
			return false;
	size_t n = strlen(st->w[i]);
	return n >= 6 && text_same(st->w[i] + n - 3, "ing");
}

/* A headline in title case ("Mayor Visits Town Before Storm"), whose
 * capitals say nothing about names: at least four words of four letters
 * or more, nearly all capitalised, in the headline paragraph or in a
 * sentence with no full stop at its end; or, with a full stop, eight or
 * more such words, every one capitalised, and no comma (a sentence of
 * prose has a verb in lower case; a list of names has commas). */
static bool title_case(struct ctx *c, size_t si, const struct stoks *st)
{
	const struct sentence *se = &c->s->v[si];
	const struct para *pa = &c->a->paras[se->para];
	/* the full stop may sit before closing quotes or brackets: .” .) */
	size_t last = st->n;
	while (last > 0 && !st->t[last - 1].word && !is_punct(st, last - 1, '.') &&
	       !is_punct(st, last - 1, '?') && !is_punct(st, last - 1, '!'))
		last--;
	bool stop = pa->kind != PARA_HEADLINE && last > 0 &&
		    (is_punct(st, last - 1, '.') || is_punct(st, last - 1, '?') ||
		     is_punct(st, last - 1, '!'));
	size_t words = 0, caps = 0, commas = 0, cap_function = 0;
	for (size_t i = 0; i < st->n; i++) {
		const struct tok *t = &st->t[i];
		commas += is_punct(st, i, ',');
		/* "Is", "What", "Can" with a capital inside a sentence */
		if (i > 0 && t->word && t->cap && !t->allcaps && st->t[i - 1].word &&
		    lex_tok_function_word(t) && t->end - t->start >= 2)
			cap_function++;
		if (!t->word || t->num || t->end - t->start < 4)
			continue;
		words++;
		caps += t->cap;
	}
	/* "Leader Is Coming to Town.": every long word capitalised and a
	 * function word too */
	if (stop && words >= 3 && caps == words && cap_function > 0)
		return true;
	if (stop)
		return words >= 8 && caps == words && commas == 0;
	return words >= 4 && caps * 10 >= words * 8;
}

/* Is token i the start of a short quotation (six words at most)? */
static bool quoted_title(const struct stoks *st, size_t i)
{
	if (i == 0 || !st->t[i - 1].quote)
		return false;
	for (size_t k = i; k < st->n && k <= i + 6; k++)
		if (st->t[k].quote)
			return true;
	return false;
}

/* A capitalised two-letter word ending a three-word name inside a
 * sentence ("Hwang Dae In said"): in prose such words are lower case
 * unless they are part of a name.  Not when a capitalised word follows. */
/* "Ada June", "Kim May": after a first name, a month that is also a
 * surname ends the name, unless a day number follows ("Kim June 4").
 * Only the months that are names: April, May, June, August. */
static bool month_surname(const struct stoks *st, size_t j)
{
	static const char *const months[] = { "april", "may", "june", "august", NULL };
	const struct tok *t = &st->t[j];
	if (!t->word || !t->cap || t->allcaps || !is_one_of(st, j, months))
		return false;
	return j + 1 >= st->n || !st->t[j + 1].num;
}

/* "Kim King", "Ada Prince": after a first name, a title that is also a
 * surname ends the name when no name follows it ("Crown Prince Kim Lund"
 * is a title).  Only the titles that are common surnames. */
static bool title_surname(struct ctx *c, const struct stoks *st, size_t j)
{
	static const char *const titles[] = { "king", "prince", NULL };
	const struct tok *t = &st->t[j];
	if (!t->word || !t->cap || t->allcaps || !is_one_of(st, j, titles))
		return false;
	return j + 1 >= st->n || !name_token_text(c, st, j + 1);
}

/* "Mayor Linda Park said", "Tom Hill, 47,": after a first name, a word
 * that heads the names of places and is a common surname ends the name,
 * when no capitalised word follows it ("Linda Park Avenue" is a street),
 * no preposition of place or number stands before it ("in Hyde Park",
 * "10 Downing Street") and the name
 * has a person's cue before or after it.  i: the name's first word. */
static bool place_surname(const struct stoks *st, size_t i, size_t j)
{
	static const char *const words[] = { "park", "hill", "hall", "field", "fields", "lane",
					     "wood", "church", "street", NULL };
	const struct tok *t = &st->t[j];
	if (!t->word || !t->cap || t->allcaps || !is_one_of(st, j, words))
		return false;
	if (j + 1 < st->n && st->t[j + 1].word && st->t[j + 1].cap)
		return false;
	/* "Visitors in Hyde Park said": after a preposition of place */
	static const char *const at_place[] = { "in", "at", "on", "near", "outside", "inside",
						"across", "through", "around", "into", NULL };
	if (i > 0 && (is_one_of(st, i - 1, at_place) || st->t[i - 1].num))
		return false;
	/* a cue only people have: a title before ("Mayor Linda Park"), an
	 * age or a description after ("Tom Hill, 47,", "Linda Park, the
	 * mayor,"); "said" is not one ("Grace Church said", "a statement
	 * from Jordan Hall said") */
	bool titled = i > 0 && (lex_tok_role_word(&st->t[i - 1]) ||
				lex_tok_honorific(&st->t[i - 1]) ||
				(i >= 2 && is_punct(st, i - 1, '.') && lex_tok_honorific(&st->t[i - 2])));
	return titled || (is_punct(st, j + 1, ',') && person_cue_after(st, j + 1));
}

static bool short_name_end(const struct stoks *st, size_t j)
{
	const struct tok *t = &st->t[j];
	if (!t->word || !t->cap || t->allcaps || t->num || t->end - t->start != 2)
		return false;
	return j + 1 >= st->n || !st->t[j + 1].word || !st->t[j + 1].cap;
}

static bool fate_event(enum event_class e);
static bool be_word(const struct stoks *st, size_t x);

/* "Kim Lund was fired", "Kim Lund resigned": what happens to people
 * happened to a person.  j: the token after the name. */
static bool fate_after(const struct stoks *st, size_t j)
{
	size_t k = j + (j < st->n && be_word(st, j));
	return k < st->n && st->evl[k] && fate_event((enum event_class)st->evc[k]);
}

/* "the Brenmouth Care Act", "the Lundco Workers Association", "the
 * Brenmouth Harbour Safety Administration": a capitalised noun at token
 * j, just after a run or after one or two more capitalised words (title
 * words too), ends the name of a law, a document or a body, which the
 * run is part of. */
static bool thing_name_after(const struct stoks *st, size_t j)
{
	for (size_t k = j; k < st->n && k < j + 3 && st->t[k].word && st->t[k].cap; k++)
		if (lex_tok_thing_head(&st->t[k]))
			return true;
	return false;
}

/* "Customs Enforcement", "Deferred Action", "Civil Liberties": a word of
 * an abstract noun's ending, which no surname has (some end in "-sions"
 * or a short "-ment": not those), ends the name of a
 * body, a law or a programme, not a person's. */
static bool abstract_noun(const char *w)
{
	static const char *const ends[] = { "tion", "tions", "ity", "ities", "ics", "ism",
					    "isms", "ship", "ships", "hood", NULL };
	size_t n = strlen(w);
	for (size_t k = 0; ends[k]; k++) {
		size_t e = strlen(ends[k]);
		if (n > e + 2 && strcmp(w + n - e, ends[k]) == 0)
			return true;
	}
	/* "Enforcement", "Management"; not a short surname such as "Vament" */
	return n >= 9 && (text_same(w + n - 4, "ment") || text_same(w + n - 5, "ments"));
}

/* "the Office of Harbour Management", "the Center for Ferry and Harbour
 * Safety": a run just after "of", "for", "and" or "the", where going back
 * over capitalised words and those four reaches "of" or "for" and then a
 * capitalised noun that ends a body's name (lex_thing_head), is part of
 * that body's name.  A title on the way stops it ("the University of
 * Brenmouth Professor Kim Lund"). */
static bool body_name_before(const struct stoks *st, size_t i)
{
	static const char *const links[] = { "of", "for", "and", "the", NULL };
	if (i == 0 || !is_one_of(st, i - 1, links))
		return false;
	bool through = false;
	for (size_t k = i, steps = 0; k-- > 0 && steps < 8; steps++) {
		if (is(st, k, "of") || is(st, k, "for")) {
			through = true;
			continue;
		}
		if (is(st, k, "and") || is(st, k, "the"))
			continue;
		if (!st->t[k].word || !st->t[k].cap)
			return false;
		if (through && lex_tok_thing_head(&st->t[k]))
			return true;
		if (lex_tok_role_word(&st->t[k]) || lex_tok_honorific(&st->t[k]))
			return false;
	}
	return false;
}

/* "Lundish Crown Prince Kim Lund", "Lundco Workers President Ada Roe":
 * a capitalised title at token j, just after a run and just before
 * a name, is the title of that name; the run before it is the place or
 * the body the title is of, not a person. */
static bool title_after(struct ctx *c, const struct stoks *st, size_t j)
{
	if (j + 1 >= st->n || !st->t[j].word || !st->t[j].cap || st->t[j].allcaps)
		return false;
	return (lex_tok_honorific(&st->t[j]) || lex_tok_role_head(&st->t[j])) && name_token_text(c, st, j + 1);
}

/* "(Brenmouth Mayor Kim) Lund", "[Mayor Ada] Roe": an editor's insert in
 * brackets, opened before the name's first word (token i, with at most
 * four words between) and closed at token j, just before a name word: the
 * name goes on after the bracket. */
static bool bracket_insert(struct ctx *c, const struct stoks *st, size_t i, size_t j)
{
	if (!(is_punct(st, j, ')') || is_punct(st, j, ']')) || j + 1 >= st->n ||
	    !name_token_text(c, st, j + 1))
		return false;
	char open = is_punct(st, j, ')') ? '(' : '[';
	for (size_t k = i, words = 0; k-- > 0 && words <= 4;) {
		if (is_punct(st, k, open))
			return true;
		if (!st->t[k].word)
			return false;
		words++;
	}
	return false;
}

/* The words of tokens i..j-1 as written, one space between, marks left
 * out: a name with a bracket inside it. */
static const char *name_words(struct ctx *c, const struct stoks *st, size_t i, size_t j)
{
	const char *s = "";
	for (size_t k = i; k < j; k++)
		if (st->t[k].word)
			s = arena_printf(c->ar, "%s%s%.*s", s, *s ? " " : "",
					 (int)(st->t[k].end - st->t[k].start), c->a->text + st->t[k].start);
	return s;
}

static void pass_names(struct ctx *c)
{
	for (size_t si = 0; si < c->s->n; si++) {
		struct stoks *st = &c->st[si];
		if (title_case(c, si, st))
			continue;
		for (size_t i = 0; i < st->n;) {
			/* "supervisor Dean Corrie", "Sen. Dean Corrie": after a title,
			 * a capitalised role word followed by a name is a first name */
			bool after_title = i > 0 &&
					   ((!st->t[i - 1].cap && lex_tok_role_head(&st->t[i - 1])) ||
					    (i >= 2 && is_punct(st, i - 1, '.') && st->t[i - 2].cap &&
					     lex_tok_honorific(&st->t[i - 2])));
			bool first_role = after_title && st->t[i].cap && !st->t[i].allcaps &&
					  lex_tok_role_word(&st->t[i]) && i + 1 < st->n &&
					  name_token_text(c, st, i + 1);
			if ((!first_role && !name_token_text(c, st, i)) || opening_participle(st, i)) {
				i++;
				continue;
			}
			/* "Kansas City", "Tel Aviv": a place of two words or
			 * more names no one; "the governor of Brenmouth Kim Lund":
			 * a place after "of" before two name words is the end of
			 * the words before, not a first name */
			const char *pl;
			size_t place = lex_place(st->t, st->n, i, &pl);
			if (place >= 2 ||
			    (place == 1 && i > 0 && is(st, i - 1, "of") && i + 2 < st->n &&
			     name_token_text(c, st, i + 1) && name_token_text(c, st, i + 2))) {
				i += place;
				continue;
			}
			/* a short title in quotation marks ("Give Peace a
			 * Chance") names no one */
			if (quoted_title(st, i)) {
				i++;
				continue;
			}
			/* up to three name words; middle initials come along,
			 * and an editor's bracket closed inside the name */
			size_t j = i + (first_role ? 1 : 0), words = first_role ? 1 : 0, fw = i;
			bool bracket = false;
			while (j < st->n && words < 3) {
				/* "L. Kim Lund": a first initial opens the name, the
				 * first name is the word after it */
				if ((words > 0 || j == i) && middle_initial(c, st, j)) {
					if (words == 0)
						fw = j + 2;
					j += 2;
					continue;
				}
				if (words > 0 && !bracket && bracket_insert(c, st, i, j)) {
					bracket = true;
					j++;
					continue;
				}
				if (!name_token_text(c, st, j) && !(words == 2 && short_name_end(st, j)) &&
				    !(words >= 1 && month_surname(st, j)) &&
				    !(words >= 1 && title_surname(c, st, j)) &&
				    !(words >= 1 && place_surname(st, fw, j)))
					break;
				j++;
				words++;
			}
			if (words >= 2 && !(i > 0 && is(st, i - 1, "the")) && !thing_name_after(st, j) &&
			    !title_after(c, st, j) && !body_name_before(st, i) &&
			    !abstract_noun(st->w[j - 1])) {
				bool cue = person_cue_before(st, i) || person_cue_after(st, j) ||
					   fate_after(st, j);
				const char *first = st->w[fw], *sur = st->w[j - 1];
				const char *middle = j - i >= 3 ? st->w[j - 2] : NULL;
				/* "Han Soo-min": the family name first, then
				 * the given name (later "Han" alone is him) */
				const char *gt = c->a->text + st->t[j - 1].start;
				const char *hy = j - i == 2 && fw == i
					? memchr(gt, '-', st->t[j - 1].end - st->t[j - 1].start) : NULL;
				if (hy && syllable_given_name(c->a->text, st, j - 1, (size_t)(hy - gt))) {
					first = st->w[j - 1];
					sur = st->w[i];
				}
				int idx = find_person(c, first, middle, sur);
				if (idx < 0) {
					struct person *p = new_person(c, &idx);
					if (!p)
						return;
					p->name = bracket ? name_words(c, st, i, j)
							  : slice(c, st->t[i].start, st->t[j - 1].end);
					p->first = first;
					p->surname = sur;
					p->first_at = (struct where){ (uint32_t)si, st->t[i].start, st->t[j - 1].end };
				}
				struct person *p = &c->out->people[idx];
				p->cued |= cue;
				p->mentions++;
				facts_add_mention(c, st, idx, i, j - 1, M_FULL);
			}
			i = j;
		}
	}
}

bool facts_in_mention(const struct stoks *st, size_t i)
{
	for (size_t k = 0; k < st->nm; k++)
		if (i >= st->m[k].first && i <= st->m[k].last)
			return true;
	return false;
}

/* A lone capitalised word right after a title or an honorific ("President
 * Roe", "Mr. Roe", "Sen. Roe"), unless they are a place together. */
static bool titled(const struct stoks *st, size_t i)
{
	if (i == 0)
		return false;
	size_t k = is_punct(st, i - 1, '.') && i >= 2 ? i - 2 : i - 1;
	const char *pl;
	/* "St. Louis": a place, not an honorific and a name */
	if (lex_place(st->t, st->n, k, &pl) > i - k)
		return false;
	return lex_tok_honorific(&st->t[k]) ||
	       (k == i - 1 && lex_tok_role_head(&st->t[k]) && st->t[k].cap);
}

/* "the Roes": a family by its surname, not a spelling of it. */
static bool family(const struct stoks *st, size_t i, const char *surname)
{
	size_t n = strlen(surname);
	return i > 0 && is(st, i - 1, "the") && strncmp(st->w[i], surname, n) == 0 &&
	       text_same(st->w[i] + n, "s");
}

/* Surnames alone, and spellings one letter away from a known surname.  A
 * surname two people of the report share links to neither. */
/* "the Garrows of the world": a surname with an s is a plural, not a
 * spelling. */
static bool plural_of(const char *surname, const char *w)
{
	size_t n = strlen(surname);
	return strncmp(surname, w, n) == 0 && text_same(w + n, "s");
}

/* Was person p first named inside quotation marks ("When Kim Roe
 * arrives," said Lund)? */
static bool first_named_quoted(const struct ctx *c, const struct person *p)
{
	const struct stoks *st = &c->st[p->first_at.sent];
	const struct tokens tk = { st->t, st->w, st->n };
	for (size_t k = 0; k < st->n; k++)
		if (st->t[k].start == p->first_at.start)
			return tokens_quoted(c->a->text, &tk, k);
	return false;
}

/* Has person p the shape of a name written family name first: three
 * words, the last two short (a given name of two syllables, "Cho Ji Ho";
 * not "Jr." or "III", no initial), and a title, a role or a reporting
 * verb with it (a person, not "Lundco Ji Ho")? */
static bool family_first_shape(const struct person *p)
{
	static const char *const suffixes[] = { "jr", "sr", "ii", "iii", "iv", NULL };
	if (!p->first || !p->surname || !p->name || !p->cued)
		return false;
	for (size_t k = 0; suffixes[k]; k++)
		if (strcmp(p->surname, suffixes[k]) == 0)
			return false;
	const char *rest = strchr(p->name, ' ');
	const char *last = rest ? strchr(rest + 1, ' ') : NULL;
	return last && !strchr(last + 1, ' ') && last - rest - 1 <= 4 && last - rest - 1 >= 2 &&
	       strlen(last + 1) <= 4 && strlen(last + 1) >= 2 && !strpbrk(rest, ".'");
}

/*
 * "Cho Ji Ho ... Cho said ... Cho's visit": a name of that shape
 * (family_first_shape) whose first word the report writes alone and
 * whose last word it never does is written family name first (as Korean
 * and Chinese names are): the first word is the surname the report
 * calls the person by, and the words after it are the given name
 * ("ji-ho", as "Cho Ji-ho" writes it).  Not when another person has
 * that word for surname; a first name used alone ("Ada" of "Ada Mae
 * Roe") with its surname never alone is the one case it cannot tell.
 */
static void family_name_first(struct ctx *c)
{
	size_t np = c->out->npeople, nshape = 0;
	bool *swap = np ? arena_alloc(c->scratch, np * sizeof *swap) : NULL;
	if (!swap)
		return;
	for (size_t p = 0; p < np; p++)
		nshape += swap[p] = family_first_shape(&c->out->people[p]);
	if (nshape == 0)
		return;
	unsigned *alone = arena_alloc(c->scratch, 2 * np * sizeof *alone);
	if (!alone)
		return;
	memset(alone, 0, 2 * np * sizeof *alone);
	for (size_t si = 0; si < c->s->n; si++) {
		const struct stoks *st = &c->st[si];
		/* a headline's words are all capitalised: none stands alone */
		if (title_case(c, si, st))
			continue;
		for (size_t i = 0; i < st->n; i++) {
			if (!st->t[i].word || !st->t[i].cap || facts_in_mention(st, i) ||
			    (i + 1 < st->n && st->t[i + 1].word && st->t[i + 1].cap) ||
			    (i > 0 && st->t[i - 1].word && st->t[i - 1].cap) ||
			    !name_token_text(c, st, i))
				continue;
			for (size_t p = 0; p < np; p++) {
				const struct person *pp = &c->out->people[p];
				if (!swap[p])
					continue;
				alone[2 * p] += strcmp(pp->first, st->w[i]) == 0;
				alone[2 * p + 1] += strcmp(pp->surname, st->w[i]) == 0;
			}
		}
	}
	/* decided on the surnames as pass_names found them, then changed:
	 * the order people are named in changes nothing */
	for (size_t p = 0; p < np; p++) {
		const struct person *pp = &c->out->people[p];
		if (!swap[p])
			continue;
		bool taken = false;
		for (size_t q = 0; q < np && !taken; q++)
			taken = q != p && c->out->people[q].surname &&
				strcmp(c->out->people[q].surname, pp->first) == 0;
		swap[p] = !taken && alone[2 * p] && !alone[2 * p + 1];
	}
	for (size_t p = 0; p < np; p++) {
		struct person *pp = &c->out->people[p];
		if (!swap[p])
			continue;
		char *given = arena_strdup(c->ar, strchr(pp->name, ' ') + 1);
		if (!given)
			return;
		for (char *g = given; *g; g++)
			*g = *g == ' ' ? '-' : (char)tolower((unsigned char)*g);
		pp->surname = pp->first;
		pp->first = given;
	}
}

/* Is token i of sentence si the surname of a person named in full
 * before it? */
static bool surname_named_before(const struct ctx *c, size_t si, const struct stoks *st, size_t i)
{
	for (size_t p = 0; p < c->out->npeople; p++) {
		const struct person *pp = &c->out->people[p];
		if (pp->surname && strcmp(pp->surname, st->w[i]) == 0 &&
		    (pp->first_at.sent < si ||
		     (pp->first_at.sent == si && pp->first_at.end <= st->t[i].start)))
			return true;
	}
	return false;
}

static void pass_surnames(struct ctx *c)
{
	/* Only people with a cue, or whose surname recurs, are people. */
	for (size_t si = 0; si < c->s->n; si++) {
		struct stoks *st = &c->st[si];
		/* a sentence in title case names no one new (pass_names
		 * reads none of it): "President Roe and Prime Minister Kim
		 * Lund of Brenmouth at the White House in 2017." */
		bool headline = title_case(c, si, st);
		for (size_t i = 0; i < st->n; i++) {
			if (!st->t[i].word || !st->t[i].cap || facts_in_mention(st, i))
				continue;
			/* "Park said" after "Mayor Linda Park" (place_surname):
			 * a word that names no one by itself stands for a
			 * person of that surname named before, with a person's
			 * cue ("in May" is a month, "Prime Minister May" a
			 * person) */
			bool name_word = name_token_text(c, st, i);
			if (!name_word && !(surname_named_before(c, si, st, i) &&
					    (person_cue_before(st, i) || person_cue_after(st, i + 1))))
				continue;
			if (i + 1 < st->n && name_token_text(c, st, i + 1))
				continue; /* part of a longer run */
			int hit = -1, var = -1;
			unsigned hits = 0;
			for (size_t p = 0; p < c->out->npeople; p++) {
				const struct person *pp = &c->out->people[p];
				/* a surname stands for a person named in full before
				 * it, never for one introduced only later ("President
				 * Roe ... Jane Roe, his wife") */
				if (!pp->surname || pp->first_at.sent > si ||
				    (pp->first_at.sent == si && pp->first_at.start > st->t[i].start))
					continue;
				if (strcmp(pp->surname, st->w[i]) == 0) {
					hit = (int)p;
					hits++;
				}
				else if (name_word && strlen(pp->surname) >= 5 &&
					 text_edit_distance(pp->surname, st->w[i], 1) == 1 &&
					 pp->surname[0] == st->w[i][0] && !family(st, i, pp->surname) &&
					 !plural_of(pp->surname, st->w[i]))
					var = (int)p;
			}
			/* two people of this surname ("Mrs. Roe" and "Roe"):
			 * the surname alone stands for neither, unless one of
			 * them is named only in someone's words so far
			 * ("President Roe ... 'When Kim Roe arrives,' said
			 * Lund ... Roe's visit"): the other, named by the
			 * report itself, is whom the report means */
			if (hits > 1) {
				int plain = -1;
				unsigned n = 0;
				for (size_t p = 0; p < c->out->npeople; p++) {
					const struct person *pp = &c->out->people[p];
					if (!pp->surname || strcmp(pp->surname, st->w[i]) != 0 ||
					    pp->first_at.sent > si ||
					    (pp->first_at.sent == si &&
					     pp->first_at.start > st->t[i].start) ||
					    first_named_quoted(c, pp))
						continue;
					plain = (int)p;
					n++;
				}
				if (n != 1)
					continue;
				hit = plain;
			}
			int who = hit >= 0 ? hit : var;
			/* "President Roe", "Mr. Roe" with no Roe named before: a
			 * person known by surname only, who may be named in
			 * full later (find_person joins them) */
			if (who < 0 && !headline && titled(st, i)) {
				struct person *np = new_person(c, &who);
				if (!np)
					return;
				np->name = slice(c, st->t[i].start, st->t[i].end);
				np->surname = st->w[i];
				np->first_at = (struct where){ (uint32_t)si, st->t[i].start, st->t[i].end };
				hit = who;
			}
			if (who < 0)
				continue;
			struct person *p = &c->out->people[who];
			if (hit < 0 && !p->variant) {
				p->variant = slice(c, st->t[i].start, st->t[i].end);
				p->variant_at = (struct where){ (uint32_t)si, st->t[i].start, st->t[i].end };
			}
			if (hit < 0)
				p->variant_mentions++;
			p->mentions++;
			p->cued = true;  /* named again by surname: a person */
			facts_add_mention(c, st, who, i, i, M_SURNAME);
		}
	}
}

/* In sentence order; mentions that start at the same word in the order
 * they were found, so that rules reading "the last mention" agree from
 * one C library to the next. */
int facts_cmp_mention(const void *a, const void *b)
{
	const struct mention *x = a, *y = b;
	if (x->first != y->first)
		return x->first < y->first ? -1 : 1;
	return (x->seq > y->seq) - (x->seq < y->seq);
}

/* ---- roles -------------------------------------------------------------- */

bool facts_relation_noun(const char *w)
{
	return text_same(w, "boss") || text_same(w, "manager") ||
	       text_same(w, "supervisor") || text_same(w, "superior");
}

/* Read a role phrase of role words ending at token e (inclusive) going
 * left; returns the first token of the phrase (e+1 if none). */
static size_t role_left(const struct stoks *st, size_t e, size_t stop)
{
	size_t b = e + 1;
	while (b > stop) {
		size_t k = b - 1;
		const char *w = st->w[k];
		if (!st->t[k].word)
			break;
		/* "New York City Mayor": a capitalised "City", "County" or
		 * "State" after a capitalised word ends the organisation, not
		 * the role */
		if (st->t[k].cap && k > stop && st->t[k - 1].cap && st->t[k - 1].word &&
		    (text_same(w, "city") || text_same(w, "county") || text_same(w, "state")))
			break;
		/* "then-national security adviser", "ex-deputy mayor": a
		 * role word of then or ex */
		bool then = lex_former_prefix(w) > 0;
		if ((lex_tok_role_word(&st->t[k]) || then) && !(text_same(w, "of") && b == e + 1) &&
		    !(text_same(w, "and") && b == e + 1)) {
			b = k;
			continue;
		}
		/* "council member", "board member": a body in small
		 * letters before "member" (a capitalised one, "Board
		 * Member", is the organisation's) */
		if (b == e && text_same(st->w[e], "member") && !st->t[k].cap &&
		    !lex_tok_function_word(&st->t[k])) {
			b = k;
			continue;
		}
		/* "Lisbon-based exec": a place adjective inside a role */
		if (strstr(w, "-based") && b <= e) {
			b = k;
			continue;
		}
		break;
	}
	/* A role does not start with "of" or "and". */
	while (b <= e && (is(st, b, "of") || is(st, b, "and")))
		b++;
	return b;
}

static bool party_word(const char *w)
{
	static const char *const party[] = { "republican", "democratic", "democrat", "gop",
					     NULL };
	for (size_t i = 0; party[i]; i++)
		if (strcmp(w, party[i]) == 0)
			return true;
	return false;
}

static const char *join_words(struct ctx *c, const struct stoks *st, size_t b, size_t e, bool skip_places)
{
	char tmp[256];
	size_t o = 0;
	for (size_t k = b; k <= e && k < st->n; k++) {
		const char *w = st->w[k];
		/* "Republican governor" holds the role of "governor": the
		 * party is not part of it */
		if (skip_places && (strstr(w, "-based") || party_word(w)))
			continue;
		size_t l = strlen(w);
		if (o + l + 2 >= sizeof tmp)
			break;
		if (o)
			tmp[o++] = ' ';
		memcpy(tmp + o, w, l);
		o += l;
	}
	tmp[o] = '\0';
	return arena_strdup(c->ar, tmp);
}

static bool has_head(const struct stoks *st, size_t b, size_t e)
{
	for (size_t k = b; k <= e && k < st->n; k++)
		if (lex_tok_role_head(&st->t[k]))
			return true;
	return false;
}

static const char *canon_role(struct ctx *c, const char *words)
{
	char tmp[256];
	snprintf(tmp, sizeof tmp, "%s", words);
	lex_role_canon(tmp, sizeof tmp);
	return arena_strdup(c->ar, tmp);
}

static const char *const role_qualifiers[] = { "acting", "former", "interim", NULL };

/* A capitalised word that may stand in an organisation's name before a
 * role ("Central Intelligence Agency", "White House"): not a function
 * word ("The"), a month or weekday, a title qualifier ("Acting",
 * "then-...") or a role word. */
static bool org_word(const struct stoks *st, size_t k)
{
	/* "Still President Roe": adverbs that open a sentence */
	static const char *const adverbs[] = {
		"still", "now", "meanwhile", "later", "earlier", "instead", "even", "again",
		"already", "indeed", "thus", "moreover", "furthermore", "nonetheless",
		"nevertheless", "otherwise", "perhaps", "maybe", "finally", "today", "tonight",
		"yesterday", "separately", "previously", "currently", "recently", NULL,
	};
	/* "at 5 p.m. ET": a time zone names no organisation */
	static const char *const zones[] = {
		"et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt",
		"gmt", "utc", "bst", "cet", "cest", NULL,
	};
	const char *w = st->w[k];
	if (st->t[k].allcaps && is_one_of(st, k, zones))
		return false;
	return !lex_tok_function_word(&st->t[k]) && strncmp(w, "then-", 5) != 0 &&
	       !lex_tok_role_head(&st->t[k]) &&
	       !is_one_of(st, k, role_qualifiers) && !is_one_of(st, k, adverbs) &&
	       !lex_tok_honorific(&st->t[k]) && date_weekday_word(w, strlen(w), DATE_FULL) < 0 &&
	       !date_month_word(w, strlen(w), DATE_FULL | DATE_ABBR3 | DATE_ABBR_OTHER);
}

/* An organisation just before token k: "Org" or "Org 's"; returns it as
 * written, or NULL. */
static const char *org_before(struct ctx *c, const struct stoks *st, size_t k, size_t *org_first)
{
	if (k == 0)
		return NULL;
	size_t e = k - 1;
	if (is(st, e, "'s")) {
		if (e == 0)
			return NULL;
		e--;
	}
	const struct tok *t = &st->t[e];
	if (!t->word || !(t->cap || t->allcaps) || !org_word(st, e))
		return NULL;
	/* "Justice Department": a title word naming the department after it */
	static const char *const bodies[] = { "department", "ministry", "committee", "court",
					      "office", "agency", "commission", NULL };
	size_t b = e;
	while (b > 0 && st->t[b - 1].word && (st->t[b - 1].cap || st->t[b - 1].allcaps) &&
	       (org_word(st, b - 1) || (lex_tok_honorific(&st->t[b - 1]) && is_one_of(st, b, bodies))) &&
	       e - b < 3)
		b--;
	/* "Receiving Harbour President Roe": a sentence's opening verb is
	 * no part of the organisation */
	while (b < e && (b == 0 || !st->t[b - 1].word) && opening_participle(st, b))
		b++;
	/* "New York", "North Dakota": a place whose first word is no name
	 * word on its own */
	static const char *const place_first[] = { "new", "north", "south", "east", "west",
						   NULL };
	if (b > 0 && st->t[b - 1].cap && is_one_of(st, b - 1, place_first))
		b--;
	if (org_first)
		*org_first = b;
	return slice(c, st->t[b].start, t->end);
}

/* "former FBI director": the qualifier at token q, before the
 * organisation, joins the role; the words as written run from it to the
 * role's end, the organisation inside them. */
static void qualify_role(struct ctx *c, struct person *p, const struct stoks *st, size_t q)
{
	p->role_text = slice(c, st->t[q].start, p->role_at.end);
	p->role = canon_role(c, arena_printf(c->ar, "%s %s", st->w[q], p->role));
	p->role_at.start = st->t[q].start;
	p->org_first = false;
	p->org_inside = true;
}

/* The first token of a country or state (up to three words) that ends
 * just before token b ("Texas" of "Texas Gov.", "New South Wales"), or b
 * when there is none. */
static size_t place_before(const struct stoks *st, size_t b)
{
	for (size_t len = 3; len >= 1; len--) {
		const char *pl;
		if (len <= b && st->t[b - len].cap &&
		    (lex_place(st->t, st->n, b - len, &pl) == len ||
		     lex_country(st->t, st->n, b - len, &pl) == len))
			return b - len;
	}
	return b;
}

/* A field a title is of, written in lower case after "of" ("chief of
 * staff", "head of state", "director of communications"). */
static bool role_field(const struct stoks *st, size_t k)
{
	static const char *const fields[] = {
		"staff", "state", "government", "police", "operations", "communications",
		"security", "policy", "research", "sales", "marketing", "strategy", "finance",
		"intelligence", "protocol", "mission", NULL
	};
	return k < st->n && !st->t[k].cap && is_one_of(st, k, fields);
}

static void set_role(struct ctx *c, struct person *p, const struct stoks *st, uint32_t si,
		     size_t b, size_t e, const char *org)
{
	if (p->role || b > e || !has_head(st, b, e))
		return;
	p->role_text = slice(c, st->t[b].start, st->t[e].end);
	p->role = canon_role(c, join_words(c, st, b, e, true));
	p->org = org;
	size_t ol = org ? strlen(org) : 0;
	p->org_first = org && st->t[b].start >= ol + 1 && c->a->text[st->t[b].start - 1] == ' ' &&
		       memcmp(c->a->text + st->t[b].start - 1 - ol, org, ol) == 0;
	p->role_at = (struct where){ si, st->t[b].start, st->t[e].end };
	for (size_t k = b; k <= e; k++) {
		const char *cn;
		if (strstr(st->w[k], "-based") && lex_country(st->t, st->n, k, &cn))
			p->place = cn;
	}
}

/* "finance director and chief engineer, A and B respectively" */
static void roles_respectively(struct ctx *c, struct stoks *st, uint32_t si)
{
	size_t r = st->n;
	for (size_t i = 0; i < st->n; i++)
		if (is(st, i, "respectively"))
			r = i;
	if (r == st->n)
		return;
	/* the names: mentions between the last comma before r and r */
	size_t comma = r;
	while (comma > 0 && !is_punct(st, comma - 1, ','))
		comma--;
	if (comma == 0)
		return;
	int names[4];
	size_t nn = 0;
	for (size_t k = 0; k < st->nm && nn < 4; k++)
		if (st->m[k].first >= comma && st->m[k].last < r && st->m[k].kind != M_PRONOUN)
			names[nn++] = st->m[k].person;
	if (nn < 2)
		return;
	/* the roles: "R1 and R2" just before the comma */
	size_t e = comma - 2, b;
	size_t parts_b[4], parts_e[4], np = 0;
	for (;;) {
		b = role_left(st, e, 0);
		/* role_left stops at "and": the phrase b..e */
		if (b > e)
			break;
		/* split at "and" inside */
		size_t and_at = e + 1;
		for (size_t k = e; k > b; k--)
			if (is(st, k, "and")) {
				and_at = k;
				break;
			}
		if (and_at <= e) {
			parts_b[np] = and_at + 1;
			parts_e[np] = e;
			np++;
			e = and_at - 1;
			if (np >= 4)
				break;
			continue;
		}
		parts_b[np] = b;
		parts_e[np] = e;
		np++;
		break;
	}
	if (np != nn)
		return;
	const char *org = org_before(c, st, parts_b[np - 1], NULL);
	for (size_t k = 0; k < nn; k++) {
		size_t pi = np - 1 - k; /* parts were read right to left */
		set_role(c, &c->out->people[names[k]], st, si, parts_b[pi], parts_e[pi], org);
	}
}

/* Role words from token k on, ending in a role's head ("attorney
 * general", "harbour director"). */
static bool role_ahead(const struct stoks *st, size_t k)
{
	for (size_t e = k; e < st->n && e < k + 4 && lex_tok_role_word(&st->t[e]); e++)
		if (lex_tok_role_head(&st->t[e]))
			return true;
	return false;
}

/* The abbreviated title ("Sen.", "Sens.") before the name at token
 * first, directly or through a list of names it heads ("Sens. Ada Roe of
 * Ohio, Kim Lund (D-Maine) and ..."): its token, or SIZE_MAX. */
static size_t list_title(const struct stoks *st, size_t first)
{
	size_t k = first, steps = 0;
	while (k >= 2 && steps++ < 40) {
		bool plural;
		if (is_punct(st, k - 1, '.') && st->t[k - 2].cap &&
		    lex_title_abbr(st->w[k - 2], &plural))
			/* only a plural title ("Sens.") heads a list */
			return k == first || plural ? k - 2 : SIZE_MAX;
		size_t j = k - 1;
		if (is_punct(st, j, ')')) {
			while (j > 0 && !is_punct(st, j, '('))
				j--;
			if (j == 0)
				return SIZE_MAX;
			k = j;
			continue;
		}
		if (is_punct(st, j, ',') || is_punct(st, j, '.') || is(st, j, "and") || is(st, j, "of") ||
		    st->t[j].cap || st->t[j].allcaps) {
			k = j;
			continue;
		}
		return SIZE_MAX;
	}
	return SIZE_MAX;
}

/* "lead lawyer in the fraud inquiry, Kim Lund,": a role head, then a
 * short phrase of "in", "on" or "for" and "the" saying where the role is
 * held, then the comma before the name m, which a comma closes.  Returns
 * the role head's token, or comma (the comma's token) when the words
 * before it are not such a phrase. */
static size_t qualified_role_end(const struct stoks *st, size_t comma, const struct mention *m)
{
	/* the name between commas, as a role's name is ("..., Kim Lund, in
	 * March"): not the subject of a clause of its own ("served as mayor
	 * for a decade, Kim Lund told the Ledger") */
	if (!is_punct(st, m->last + 1, ','))
		return comma;
	size_t k = comma;
	for (size_t n = 0; n < 5 && k > 1; n++) {
		k--;
		if (!st->t[k].word)
			return comma;
		if ((is(st, k, "in") || is(st, k, "on") || is(st, k, "for")) && is(st, k + 1, "the") &&
		    k + 2 < comma && lex_tok_role_head(&st->t[k - 1]))
			return k - 1;
	}
	return comma;
}

static void roles_for_mentions(struct ctx *c, struct stoks *st, uint32_t si)
{
	for (size_t k = 0; k < st->nm; k++) {
		struct mention *m = &st->m[k];
		if (m->kind != M_FULL && m->kind != M_SURNAME)
			continue;
		struct person *p = &c->out->people[m->person];
		if (p->role)
			continue;
		/* "Sen. Kim Lund": the role the abbreviated title stands for;
		 * "Sens. Ada Roe of Ohio, Kim Lund (D-Maine) and Tomas Garrow":
		 * each name of the list after it */
		const char *full;
		bool several = false;
		size_t t = list_title(st, m->first);
		if (t != SIZE_MAX && (full = lex_title_abbr(st->w[t], &several))) {
			size_t b = t, q = b;
			/* "Deputy Attorney Gen. Kim Lund", "State Sen. Kim Lund":
			 * capitalised role words before the abbreviation are part
			 * of the title (a party is not: "Republican Sen.") */
			while (q > 0 && st->t[q - 1].word && st->t[q - 1].cap &&
			       lex_tok_role_word(&st->t[q - 1]) && !party_word(st->w[q - 1]) &&
			       !is(st, q - 1, "independent") && !is(st, q - 1, "and") &&
			       !is(st, q - 1, "of"))
				q--;
			/* "Former Rep. Kim Lund": the qualifier stays; so does a
			 * state or country just before the title, and a
			 * qualifier before that ("former Brenland Gov.") */
			size_t qr = q; /* the role words; the place is only written */
			if (q == b)
				q = place_before(st, q);
			const char *qual = NULL;
			if (q > 0 && (q == b || q < qr) && is_one_of(st, q - 1, role_qualifiers)) {
				q--;
				qual = st->w[q];
			}
			p->role_text = slice(c, st->t[q].start, st->t[b + 1].end);
			p->role = qr < b ? canon_role(c, arena_printf(c->ar, "%s %s",
								      join_words(c, st, qr, b - 1, true), full))
				: qual ? canon_role(c, arena_printf(c->ar, "%s %s", qual, full))
				       : full;
			/* "Sens. Ada Roe and Kim Lund": each is a Senator */
			if (several)
				p->role_text = arena_printf(c->ar, "%.*s%c%s",
							    (int)(st->t[b].start - st->t[q].start),
							    c->a->text + st->t[q].start,
							    toupper((unsigned char)full[0]), full + 1);
			p->role_at = (struct where){ si, st->t[q].start, st->t[b + 1].end };
			continue;
		}
		/* Before the name: "[Org['s]] role words Name" or "his boss ... Name",
		 * or "role words, Name," */
		if (m->first > 0) {
			size_t e = m->first - 1;
			if (e > 0 && is_punct(st, e, ',') && lex_tok_role_head(&st->t[e - 1]))
				e--;
			else if (e > 0 && is_punct(st, e, ','))
				e = qualified_role_end(st, e, m);
			size_t b = role_left(st, e, 0);
			if (b <= e && has_head(st, b, e)) {
				size_t rb = b;
				if (b > 0 && (is(st, b - 1, "his") || is(st, b - 1, "her")) &&
				    facts_relation_noun(st->w[b])) {
					/* "his boss": the person named just before, in this
					 * sentence or the last one */
					p->rel = REL_MANAGER_OF;
					p->rel_to = c->last_person;
					for (size_t q = 0; q < k; q++)
						if (st->m[q].kind != M_PRONOUN && st->m[q].person != m->person)
							p->rel_to = st->m[q].person;
				}
				size_t of = b;
				const char *org = org_before(c, st, b, &of);
				set_role(c, p, st, si, rb, e, org);
				/* "Acting White House Chief of Staff": a qualifier
				 * before the organisation belongs to the role */
				if (org && of > 0 && p->role && p->role_at.start == st->t[rb].start &&
				    is_one_of(st, of - 1, role_qualifiers))
					qualify_role(c, p, st, of - 1);

				/* A capitalised organisation before the role is in the run. */
				continue;
			}
		}
		/* After the name: ", [the] [Org['s]] role words [of Org]" */
		size_t j = m->last + 1;
		if (is_punct(st, j, ',')) {
			size_t b = j + 1;
			if (is(st, b, "the") || is(st, b, "a") || is(st, b, "an"))
				b++;
			const char *org = NULL;
			size_t ob = b;
			while (ob < st->n && st->t[ob].word && (st->t[ob].cap || st->t[ob].allcaps) &&
			       !lex_tok_role_word(&st->t[ob]) && ob < b + 3)
				ob++;
			if (ob > b && is(st, ob, "'s")) {
				/* "Roe's secretary": a person's, not an organisation's */
				if (!facts_in_mention(st, b))
					org = slice(c, st->t[b].start, st->t[ob - 1].end);
				b = ob + 1;
			} else if (ob > b && ob < st->n && role_ahead(st, ob)) {
				/* "Name, the Vexor chief executive,": the
				 * organisation before the role; a place there
				 * ("the U.K. director of Amnesty") is none */
				const char *pl;
				if (!facts_in_mention(st, b) && !lex_place(st->t, st->n, b, &pl) &&
				    !lex_country(st->t, st->n, b, &pl))
					org = slice(c, st->t[b].start, st->t[ob - 1].end);
				b = ob;
			} else if (lex_tok_role_word(&st->t[b]) && is(st, b + 1, "'s")) {
				/* "Name, the governor's new spokesman": the role is
				 * the spokesman, whose governor it is */
				b += 2;
				if (is(st, b, "new"))
					b++;
			}
			size_t e = b;
			while (e < st->n && lex_tok_role_word(&st->t[e]) && !is(st, e, "of"))
				e++;
			/* "adviser and a longtime critic": the "and" joins two
			 * descriptions, it is not inside a title; and a title
			 * ends on its head ("deputy leader and Foreign Affairs
			 * spokesperson": not "deputy leader and Foreign") */
			while (e > b && (is(st, e - 1, "and") ||
					 (!lex_tok_role_head(&st->t[e - 1]) && !is(st, e, "of"))))
				e--;
			/* "chief of staff", "director of communications": a
			 * lower-case field after "of" is part of the title */
			if (e > b && is(st, e, "of") && role_field(st, e + 1))
				e += 2;
			/* "general counsel of (the) Org" */
			size_t of = e + (is(st, e + 1, "the") ? 2 : 1), after = e;
			if (e > b && is(st, e, "of") && of < st->n && st->t[of].word && st->t[of].cap) {
				size_t oe = of;
				while (oe + 1 < st->n && st->t[oe + 1].word && st->t[oe + 1].cap)
					oe++;
				/* "the Vexor head of sales of Vexor Mining": the
				 * organisation after "of" is the fuller one */
				org = slice(c, st->t[of].start, st->t[oe].end);
				after = oe + 1;
			}
			/* "Roe, former Governor Kim Lund": the title is of the
			 * name that follows it */
			if (e > b && !facts_in_mention(st, e)) {
				set_role(c, p, st, si, b, e - 1, org);
				/* "Roe, the president's secretary of State pick,":
				 * not yet in the post */
				if (p->role && p->role_at.start == st->t[b].start &&
				    (is(st, after, "pick") || is(st, after, "nominee"))) {
					p->role = arena_printf(c->ar, "%s nominee", p->role);
					p->role_text = slice(c, st->t[b].start, st->t[after].end);
					p->role_at.end = st->t[after].end;
					p->org_inside = org != NULL;
				}
			}
		}
	}
}

/* The last word of a role phrase ("lead lawyer": "lawyer"). */
static const char *role_head_word(const char *role)
{
	const char *sp = strrchr(role, ' ');
	return sp ? sp + 1 : role;
}

/* Do "the" at token i and the role words before token x stand as the
 * subject of a clause: at its start ("But the lawyer", ", the lawyer",
 * "...,” the lawyer said"),
 * a verb after them ("resigned", "said", "was")?  Not an object ("who
 * hired the lawyer"). */
static bool clause_subject_at(const struct stoks *st, size_t i, size_t x)
{
	static const char *const openers[] = { "but", "and", "so", "then", "yet", "when", "after",
					       "before", "because", "while", "though", "although",
					       "since", "as", NULL };
	static const char *const verbs[] = { "is", "was", "were", "has", "had", "have", "will",
					     "would", "could", "did", "does", "later", "also",
					     "then", NULL };
	if (i > 0 && st->t[i - 1].word && !is_one_of(st, i - 1, openers))
		return false;
	return x < st->n && (st->evl[x] || lex_reporting_verb(st->t, st->n, x) ||
			     is_one_of(st, x, verbs));
}

/* Is person q mentioned in sentence si before token i, or in the
 * sentence before it? */
static bool named_near(const struct ctx *c, const struct stoks *st, uint32_t si, size_t i, int q)
{
	for (size_t k = 0; k < st->nm; k++)
		if (st->m[k].person == q && st->m[k].last < i)
			return true;
	const struct stoks *prev = si ? &c->st[si - 1] : NULL;
	for (size_t k = 0; prev && k < prev->nm; k++)
		if (prev->m[k].person == q)
			return true;
	return false;
}

/*
 * "the lawyer", "the former senator": a role after "the", with no name
 * after it, stands for the one person of the report given that role
 * before it and named in this sentence or the one before ("his lawyer,
 * Kim Lund, ... Lund urged ... But the lawyer resigned").  Linked only
 * when exactly one person fits: two people with roles of that head, or
 * none, or one last named further back, and the words stay unlinked.
 * Only as the subject of a clause (clause_subject_at), not inside a
 * quotation, and not "the lawyer of ..." or "the lawyer's ...", which
 * may be someone else's.
 */
static void roles_linked(struct ctx *c, struct stoks *st, uint32_t si)
{
	const struct tokens tk = { st->t, st->w, st->n };
	bool added = false;
	for (size_t i = 0; i + 1 < st->n; i++) {
		if (!is(st, i, "the") || facts_in_mention(st, i))
			continue;
		size_t h = i + 1;
		while (h + 1 < st->n && h < i + 4 && lex_tok_role_word(&st->t[h + 1]) &&
		       !is(st, h + 1, "of") && !is(st, h + 1, "and"))
			h++;
		if (!lex_tok_role_word(&st->t[i + 1]) || !lex_tok_role_head(&st->t[h]) ||
		    is(st, i + 1, "of") || is(st, i + 1, "and"))
			continue;
		size_t x = h + 1;
		if (is(st, x, "of") || is(st, x, "'s") || (x < st->n && st->t[x].word && st->t[x].cap) ||
		    facts_in_mention(st, x) || tokens_quoted(c->a->text, &tk, i) ||
		    !clause_subject_at(st, i, x))
			continue;
		const char *canon = canon_role(c, join_words(c, st, i + 1, h, true));
		if (!canon)
			return;
		const char *head = role_head_word(canon);
		int who = -1, fits = 0;
		for (size_t q = 0; q < c->out->npeople; q++) {
			const struct person *p = &c->out->people[q];
			if (!p->mentions || !p->role || strcmp(role_head_word(p->role), head) != 0)
				continue;
			bool before = p->role_at.sent < si ||
				      (p->role_at.sent == si && p->role_at.end <= st->t[i].start);
			fits++;
			if (before && named_near(c, st, si, i, (int)q))
				who = (int)q;
		}
		if (fits != 1 || who < 0)
			continue;
		facts_add_mention(c, st, who, i, h, M_ROLE);
		added = true;
		i = h;
	}
	if (added && st->nm > 1)
		qsort(st->m, st->nm, sizeof *st->m, facts_cmp_mention);
}

/* ---- dates -------------------------------------------------------------- */

/* Weekdays written in full; months in full or in three letters ("dec"). */
static int weekday_of(const char *w)
{
	return date_weekday_word(w, strlen(w), DATE_FULL);
}

static int month_of(const char *w)
{
	return date_month_word(w, strlen(w), DATE_FULL | DATE_ABBR3);
}

/*
 * A date stated in a sentence: "on Wednesday (morning)", "yesterday",
 * "today", "14 March (2021)", "March 14(, 2021)".  Weekdays and
 * dates without a year are worked out from the report's own date (the
 * weekday on or before it).  Only the words near token near are read.
 * Sets *norm to YYYY-MM-DD, or to NULL when the report has no date to
 * work from.
 */
static bool date_in(struct ctx *c, const struct stoks *st, uint32_t si, size_t near,
		    struct where *at, const char **text, const char **norm)
{
	long ry = 0;
	unsigned rm = 0, rd = 0;
	bool have = sscanf(c->a->date, "%ld-%u-%u", &ry, &rm, &rd) == 3 && rm >= 1 && rm <= 12 &&
		    rd >= 1 && rd <= 31;
	long rday = have ? date_days_from_civil(ry, rm, rd) : 0;
	size_t from = near > 40 ? near - 40 : 0, to = near + 40 < st->n ? near + 40 : st->n;
	for (size_t i = from; i < to; i++) {
		long day = 0;
		bool ok = false;
		size_t b = i, e = i;
		int wd = weekday_of(st->w[i]);
		int mo = month_of(st->w[i]);
		if (wd >= 0) {
			if (have) {
				long back = (date_weekday_of(rday) - wd + 7) % 7;
				day = rday - back;
				ok = true;
			}
			if (is(st, i + 1, "morning") || is(st, i + 1, "evening") || is(st, i + 1, "night") ||
			    is(st, i + 1, "afternoon"))
				e = i + 1;
		} else if (is(st, i, "yesterday") || is(st, i, "today")) {
			day = rday - is(st, i, "yesterday");
			ok = have;
		} else if (mo && i + 1 < st->n && st->t[i + 1].num && st->t[i + 1].value >= 1 &&
			   st->t[i + 1].value <= 31) {
			long y = ry;
			e = i + 1;
			if (is_punct(st, i + 2, ',') && i + 3 < st->n && st->t[i + 3].num &&
			    st->t[i + 3].value > 1900) {
				y = (long)st->t[i + 3].value;
				e = i + 3;
			} else if (i + 2 < st->n && st->t[i + 2].num && st->t[i + 2].value > 1900) {
				y = (long)st->t[i + 2].value;
				e = i + 2;
			}
			day = date_days_from_civil(y, (unsigned)mo, (unsigned)st->t[i + 1].value);
			ok = have || e > i + 1;
		} else if (mo && i > 0 && st->t[i - 1].num && st->t[i - 1].value >= 1 &&
			   st->t[i - 1].value <= 31) {
			long y = ry;
			b = i - 1;
			if (i + 1 < st->n && st->t[i + 1].num && st->t[i + 1].value > 1900) {
				y = (long)st->t[i + 1].value;
				e = i + 1;
			}
			day = date_days_from_civil(y, (unsigned)mo, (unsigned)st->t[i - 1].value);
			ok = have || e > i;
		} else {
			continue;
		}
		if (b > 0 && (is(st, b - 1, "on") || is(st, b - 1, "last")))
			b--;
		*at = (struct where){ si, st->t[b].start, st->t[e].end };
		*text = slice(c, at->start, at->end);
		*norm = NULL;
		if (ok) {
			long y;
			unsigned m, d;
			date_civil_from_days(day, &y, &m, &d);
			*norm = arena_printf(c->ar, "%04ld-%02u-%02u", y, m, d);
		}
		return true;
	}
	return false;
}

/* ---- what happened to people ------------------------------------------- */

static bool fate_event(enum event_class e)
{
	return e == EVENT_DISMISSED || e == EVENT_RESIGNED || e == EVENT_LEFT ||
	       e == EVENT_SUSPENDED;
}

static bool negated(const struct stoks *st, size_t i)
{
	for (size_t k = i > 3 ? i - 3 : 0; k < i; k++)
		if (is(st, k, "not") || is(st, k, "never") || is(st, k, "n't") ||
		    is(st, k, "didn't") || is(st, k, "wasn't") || is(st, k, "weren't") ||
		    is(st, k, "hasn't") || is(st, k, "haven't"))
			return true;
	return false;
}

/* An event asked about, called for, expected or possible rather than
 * stated: "whether he will be forced to resign", "calls for her
 * resignation", "could be fired".  Only the words just before it count. */
static bool hedged(const struct stoks *st, size_t i)
{
	static const char *const hedges[] = {
		"whether", "if", "may", "might", "could", "would", "should", "will", "expected",
		"likely", "possible", "demand", "demands", "demanded", "demanding", "urged",
		"urging", "threatened", "threatening", "considering", "consider", "face", "faces",
		"facing", "unlikely", "plan", "plans", "planned", "planning", "intend", "intends",
		"intended", "want", "wants", "wanted", NULL,
	};
	static const char *const calls[] = { "call", "calls", "called", "calling", "ask", "asks",
					     "asked", "asking", NULL };
	/* back to the start of the clause, four words at most */
	for (size_t k = i; k-- > 0 && k + 4 >= i;) {
		if (is_punct(st, k, ',') || is_punct(st, k, ';') || is(st, k, "and") ||
		    is(st, k, "but"))
			return false;
		/* "calls for", "called for", "asked for": not "called a
		 * meeting" */
		if ((is_one_of(st, k, calls) && is(st, k + 1, "for")) || is_one_of(st, k, hedges))
			return true;
	}
	return false;
}

/* "taken to Pellingford General Hospital": an event phrase with a name
 * inside it. */
static size_t hospital_event(const struct stoks *st, size_t k, enum event_class *ev)
{
	if (!(is(st, k, "taken") || is(st, k, "rushed") || is(st, k, "admitted") ||
	      is(st, k, "airlifted")) || !is(st, k + 1, "to"))
		return 0;
	for (size_t j = k + 2; j < st->n && j < k + 7; j++)
		if (is(st, j, "hospital") || is(st, j, "hospitals")) {
			*ev = EVENT_INJURED;
			return j - k + 1;
		}
	return 0;
}

static size_t event_at(const struct stoks *st, size_t k, enum event_class *ev)
{
	size_t h = hospital_event(st, k, ev);
	return h ? h : lex_event(st->t, st->n, k, ev);
}

/* A clause boundary or another group between tokens a and b. */
/* A word of a title before a name: "the", "its", "former", a role word,
 * "and"/"of" inside one ("health and safety manager"), a capitalised
 * word ("FBI Director"). */
static bool title_word(const struct stoks *st, size_t x)
{
	static const char *const small[] = { "the", "its", "his", "her", "their", "a", "an",
					     "former", "then", "and", "of", NULL };
	return is_one_of(st, x, small) || lex_tok_role_word(&st->t[x]) ||
	       (st->t[x].cap && st->t[x].word);
}

/* A weekday or month: capitalised, but no title ("fired Monday"). */
static bool date_word(const struct stoks *st, size_t x)
{
	const char *w = st->w[x];
	return date_weekday_word(w, strlen(w), DATE_FULL | DATE_ABBR3) >= 0 ||
	       date_month_word(w, strlen(w), DATE_FULL) > 0;
}

static bool be_word(const struct stoks *st, size_t x);

/* Words that end the object of a verb: a new clause or a preposition
 * ("fired and engineer Ada Roe was hired", "fired by Ada Roe"). */
static bool clause_word(const struct stoks *st, size_t x)
{
	static const char *const stop[] = { "and", "but", "or", "while", "as", "after", "before",
					    "when", "that", "who", "which", "by", "to", "from",
					    "for", "with", "in", "on", "at", "over", NULL };
	return is_one_of(st, x, stop);
}

/* The mention (index into st->m, between lo and hi) that is the object of
 * a verb ending before token from, or -1: it starts within eight tokens,
 * with only a title between ("police chief", "its safety manager,",
 * "Mr.", "longtime harbour director"), and is not a possessor ("Roe's
 * deputy"). */
static int object_of(const struct stoks *st, size_t from, size_t lo, size_t hi)
{
	for (size_t q = lo; q < hi; q++) {
		size_t f = st->m[q].first;
		if (f < from || f > from + 8 || st->m[q].kind == M_PRONOUN)
			continue;
		if (is(st, st->m[q].last + 1, "'s"))
			return -1;
		for (size_t x = from; x < f; x++) {
			/* "and" inside a title: "health and safety manager" */
			bool inner_and = is(st, x, "and") && x > from && st->t[x - 1].word &&
					 !st->t[x - 1].cap && x + 1 < f && st->t[x + 1].word &&
					 !st->t[x + 1].cap && !be_word(st, x + 1);
			bool ok = inner_and ||
				  (st->t[x].word && !clause_word(st, x) && !be_word(st, x) &&
				   !date_word(st, x) && (title_word(st, x) || !st->t[x].cap)) ||
				  (is_punct(st, x, ',') && x > from && x + 1 == f &&
				   lex_tok_role_word(&st->t[x - 1])) ||
				  (is_punct(st, x, '.') && x > from && lex_tok_honorific(&st->t[x - 1]));
			if (!ok)
				return -1;
		}
		return (int)q;
	}
	return -1;
}

/* Do tokens [a, b) join two people of one list: commas, "and", titles? */
static bool listed_after(const struct stoks *st, size_t a, size_t b)
{
	if (a >= b)
		return false;
	for (size_t x = a; x < b; x++) {
		/* "fired A and B, leaving C in charge": a verb ending in -ing
		 * (other than "including") ends the list */
		size_t len = strlen(st->w[x]);
		bool ing = st->t[x].word && !st->t[x].cap && len > 5 &&
			   text_same(st->w[x] + len - 3, "ing") && !is(st, x, "including");
		bool ok = is_punct(st, x, ',') || is(st, x, "and") ||
			  (st->t[x].word && !ing && !clause_word(st, x) && !be_word(st, x) &&
			   !date_word(st, x) && (lex_tok_role_word(&st->t[x]) || !st->t[x].cap));
		if (!ok)
			return false;
	}
	return true;
}

static bool be_word(const struct stoks *st, size_t x)
{
	static const char *const be[] = { "was", "were", "is", "are", "be", "been", "being",
					  "got", "get", "gets", NULL };
	return is_one_of(st, x, be);
}

static bool determiner(const struct stoks *st, size_t x)
{
	static const char *const det[] = { "the", "a", "an", "his", "her", "their", "its",
					   "these", "those", "this", "that", "all", "any", NULL };
	return is_one_of(st, x, det);
}

/* Words of a time after a verb: "this week", "the next day", "a few
 * weeks ago", "months later" (time_after, plural_object). */
static const char *const time_words[] = {
	"week", "weeks", "month", "months", "year", "years", "day", "days", "hour", "hours",
	"minutes", "decades", "morning", "afternoon", "evening", "night", "weekend", "next",
	"same", "previous", "following", "spring", "summer", "autumn", "fall", "winter", "ago",
	NULL
};

/* "this week", "the next day", "a few weeks ago": after a determiner,
 * within three words, a time, not an object. */
static bool time_after(const struct stoks *st, size_t x)
{
	for (size_t k = x; k < st->n && k < x + 3 && st->t[k].word; k++)
		if (is_one_of(st, k, time_words) || lex_tok_weekday(&st->t[k], DATE_FULL) ||
		    lex_tok_month(&st->t[k], DATE_FULL))
			return true;
	return false;
}

static const char *const object_pronouns[] = { "him", "her", "them", "us", "me", "it", "you",
					       NULL };

/* "dismissed Mr. Roe's attacks", "fired Roe's deputy": what a person
 * owns, right after a verb, is its object (a person's name then "'s"). */
static bool owned_object(const struct stoks *st, size_t x)
{
	for (size_t m = 0; m < st->nm; m++)
		if (st->m[m].kind != M_PRONOUN && is(st, st->m[m].last + 1, "'s") &&
		    (st->m[m].first == x ||
		     (st->m[m].first == x + 1 && lex_tok_honorific(&st->t[x])) ||
		     (st->m[m].first == x + 2 && lex_tok_honorific(&st->t[x]) && is_punct(st, x + 1, '.'))))
			return true;
	return false;
}

/* "dismissed concerns", "fired warning shots": a plural noun right
 * after a verb, its object (not "months later", a time). */
static bool plural_object(const struct stoks *st, size_t x)
{
	if (x >= st->n || !st->t[x].word || st->t[x].cap || st->t[x].num ||
	    lex_tok_function_word(&st->t[x]) || is_one_of(st, x, time_words))
		return false;
	size_t l = strlen(st->w[x]);
	return l > 3 && st->w[x][l - 1] == 's' && st->w[x][l - 2] != 's' && st->w[x][l - 2] != 'u' &&
	       st->w[x][l - 2] != 'i';
}

static bool separated(const struct stoks *st, size_t a, size_t b)
{
	return b > a + 1 && st->sep[b] - st->sep[a + 1] > 0;
}

/* Work out once per sentence what the rules ask of every token: events,
 * clause boundaries ("while", "but", ";", a reporting verb) and what
 * separates a person from a fate (those, or another group noun). */
static enum nd_err precompute(struct ctx *c, struct stoks *st)
{
	size_t n = st->n;
	st->evc = arena_alloc(c->scratch, n + 1);
	st->evl = arena_alloc(c->scratch, n + 1);
	st->clause = arena_alloc(c->scratch, (n + 1) * sizeof *st->clause);
	st->sep = arena_alloc(c->scratch, (n + 1) * sizeof *st->sep);
	if (!st->evc || !st->evl || !st->clause || !st->sep)
		return ND_E_NOMEM;
	for (size_t k = 0; k < n; k++) {
		enum event_class ev = EVENT_NONE;
		size_t len = event_at(st, k, &ev);
		st->evl[k] = (uint8_t)(len > 255 ? 255 : len);
		st->evc[k] = (uint8_t)ev;
		bool clause = is(st, k, "while") || is(st, k, "whereas") || is(st, k, "but") ||
			      is(st, k, "although") || is_punct(st, k, ';') ||
			      (lex_reporting_verb(st->t, st->n, k) && !is(st, k, "according"));
		enum noun_class nc;
		bool list_noun = is(st, k, "others") || (k > 0 && is(st, k - 1, "other"));
		bool sep = is(st, k, "while") || is(st, k, "whereas") || is(st, k, "but") ||
			   is_punct(st, k, ';') || (lex_noun(st->t, st->n, k, &nc) && !list_noun);
		st->clause[k + 1] = st->clause[k] + clause;
		st->sep[k + 1] = st->sep[k] + sep;
	}
	return ND_E_OK;
}

/* People named by role alone, as the subject of a fate:
 * "The firm's finance director ... has been dismissed",
 * "Her boss resigned." */
static void unnamed_people(struct ctx *c, struct stoks *st, uint32_t si, size_t ev_at)
{
	size_t i = 0;
	if (is(st, 0, "the") || is(st, 0, "his") || is(st, 0, "her") || is(st, 0, "its") ||
	    is(st, 0, "their"))
		i = 1;
	else
		return;
	bool possessive = !is(st, 0, "the");
	/* "the company's" */
	if (!possessive && i + 1 < st->n && is(st, i + 1, "'s"))
		i += 2;
	size_t e = i;
	while (e < ev_at && lex_tok_role_word(&st->t[e]))
		e++;
	if (e == i || !has_head(st, i, e - 1))
		return;
	int idx;
	struct person *p = new_person(c, &idx);
	if (!p)
		return;
	p->first_at = (struct where){ si, st->t[0].start, st->t[e - 1].end };
	p->mentions = 1;
	set_role(c, p, st, si, i, e - 1, NULL);
	if ((is(st, 0, "his") || is(st, 0, "her")) && facts_relation_noun(st->w[i])) {
		p->rel = REL_MANAGER_OF;
		p->rel_to = c->last_person;
		p->role_text = slice(c, st->t[0].start, st->t[e - 1].end);
	}
	facts_add_mention(c, st, idx, 0, e - 1, M_ROLE);
	if (st->nm > 1)
		qsort(st->m, st->nm, sizeof *st->m, facts_cmp_mention);
}

/* A person's first stated fate is the one kept. */
static void set_fate(struct person *p, enum event_class ev, const char *text, const struct where *at,
		     const char *when, const char *date, const struct where *when_at)
{
	if (p->fate != EVENT_NONE)
		return;
	p->fate = ev;
	p->fate_text = text;
	p->fate_at = *at;
	p->fate_when = when;
	p->fate_date = date;
	p->when_at = *when_at;
}

/* The mentions of a sentence that stand within EVENT_WINDOW tokens of
 * token i: [*lo, *hi). */
static void mentions_near(const struct stoks *st, size_t i, size_t *lo, size_t *hi)
{
	size_t a = 0, b = st->nm;
	while (a < b) { /* the first mention ending at or after i - window */
		size_t mid = (a + b) / 2;
		if ((size_t)st->m[mid].last + EVENT_WINDOW < i)
			a = mid + 1;
		else
			b = mid;
	}
	*lo = a;
	b = a;
	while (b < st->nm && st->m[b].first <= i + EVENT_WINDOW)
		b++;
	*hi = b;
}

/* Does what follows a fate's verb (token after) give it another sense:
 * "back", "off", "up" or "into" ("fired back", "fired off a letter",
 * "fired up the crowd"), or "as a", "as an",
 * "as mere(ly)", "as just", "as nothing", "as simply" ("dismissed as a
 * hoax": called one)? */
static bool figure_of_speech(const struct stoks *st, size_t after)
{
	static const char *const particles[] = { "back", "off", "up", "into", NULL };
	static const char *const called[] = { "a", "an", "mere", "merely", "just", "nothing",
					      "simply", NULL };
	return is_one_of(st, after, particles) ||
	       (is(st, after, "as") && is_one_of(st, after + 1, called));
}

static void fates(struct ctx *c, struct stoks *st, uint32_t si)
{
	static const char *const list_verbs[] = { "were", "are", "was", "include", "included",
						  "including", NULL };
	bool tried_unnamed = false;
	for (size_t i = 0; i < st->n; i++) {
		size_t k = st->evl[i];
		enum event_class ev = (enum event_class)st->evc[i];
		if (!k || !fate_event(ev) || negated(st, i))
			continue;
		if (hedged(st, i)) {
			i += k - 1;
			continue;
		}
		/* "Roe fired back", "fired off a letter": the verb in
		 * another sense; "dismissed as a
		 * partisan effort": what someone called a thing, not a
		 * dismissal */
		if (figure_of_speech(st, i + k)) {
			i += k - 1;
			continue;
		}
		/* "would not say how many were dismissed": a count, not a fate */
		bool how_many = false;
		for (size_t q = i > 5 ? i - 5 : 0; q < i; q++)
			how_many |= is(st, q, "how") && is(st, q + 1, "many");
		if (how_many) {
			i += k - 1;
			continue;
		}
		size_t lo, hi;
		mentions_near(st, i, &lo, &hi);
		bool named = false;
		for (size_t q = lo; q < hi; q++)
			named |= st->m[q].kind != M_PRONOUN || st->m[q].first < i;
		if (!named && !tried_unnamed) {
			tried_unnamed = true;
			unnamed_people(c, st, si, i);
			mentions_near(st, i, &lo, &hi);
		}
		/* A passive verb ("was fired") has no object; resigning and
		 * leaving are done by the subject to itself.  After a comma the
		 * verb is passive ("Roe, sacked this week,") unless a person
		 * follows it ("Lund, Roe, fired harbour director Ada Poe"). */
		bool passive = (i >= 1 && be_word(st, i - 1)) || (i >= 2 && be_word(st, i - 2));
		bool self_done = ev == EVENT_RESIGNED || ev == EVENT_LEFT;
		/* A person right after an active verb is its object: in "the
		 * mayor fired Kim Lund" it happened to Kim Lund, not to the
		 * mayor, and to everyone listed with them ("fired director Kim
		 * Lund and engineer Ada Roe"). */
		int object = passive || self_done ? -1 : object_of(st, i + k, lo, hi);
		/* "Roe, dismissed the claims": an object after the verb makes
		 * it active after a comma too */
		passive |= object < 0 && i >= 1 && is_punct(st, i - 1, ',') &&
			   (!determiner(st, i + k) || time_after(st, i + k + 1)) &&
			   !owned_object(st, i + k) && !plural_object(st, i + k);
		/* An active verb with some other object ("Roe dismissed the
		 * claims", "Roe dismissed concerns") says what the subject
		 * did, not what happened to them; "Roe was dismissed the next
		 * day" is passive, and "Roe left the company" is done to
		 * oneself. */
		if (object < 0 && !passive && !self_done &&
		    (determiner(st, i + k) || plural_object(st, i + k) || owned_object(st, i + k))) {
			i += k - 1;
			continue;
		}
		/* "has left him at a disadvantage", "the dismissal of the
		 * case": done to someone or something else, with nobody
		 * named there */
		if (object < 0 && ((is_one_of(st, i + k, object_pronouns) &&
				    /* "resigned her post": her post, not her
				     * (but "left her at a loss") */
				    !(self_done && is(st, i + k, "her") &&
				      i + k + 1 < st->n && st->t[i + k + 1].word &&
				      !lex_tok_function_word(&st->t[i + k + 1]))) ||
				   (!passive && !self_done && is(st, i + k, "of")))) {
			i += k - 1;
			continue;
		}
		/* Otherwise the nearest person before the verb in the same
		 * clause ... */
		int before = -1;
		for (size_t q = lo; q < hi && object < 0; q++)
			if (st->m[q].last < i && !separated(st, st->m[q].last, i) &&
			    !lex_reporting_verb(st->t, st->n, st->m[q].last + 1))
				before = (int)q; /* "X said" makes X a speaker, not the subject */
		struct where at = { si, st->t[i].start, st->t[i + k - 1].end };
		const char *text = slice(c, at.start, at.end);
		struct where when_at = { 0, 0, 0 };
		const char *when = NULL, *date = NULL;
		if (!date_in(c, st, si, i, &when_at, &when, &date))
			when = NULL;
		if (object >= 0) {
			for (size_t q = (size_t)object; q < hi; q++) {
				if (q > (size_t)object &&
				    !listed_after(st, st->m[q - 1].last + 1, st->m[q].first))
					break;
				set_fate(&c->out->people[st->m[q].person], ev, text, &at, when, date,
					 &when_at);
			}
		} else if (before >= 0) {
			/* ... and those listed with it: "A, role B and three others" */
			int q = before;
			for (;;) {
				set_fate(&c->out->people[st->m[q].person], ev, text, &at, when, date, &when_at);
				if (q == 0 || (size_t)q <= lo)
					break;
				bool listed = true;
				for (size_t k2 = st->m[q - 1].last + 1; k2 < st->m[q].first && listed; k2++)
					listed = is_punct(st, k2, ',') || is(st, k2, "and") ||
						 lex_tok_role_word(&st->t[k2]) || strstr(st->w[k2], "-") != NULL;
				if (!listed)
					break;
				q--;
			}
		} else if (is_one_of(st, i + k, list_verbs) || is_punct(st, i + k, ':')) {
			/* ... or everyone listed after it ("those dismissed were A, B
			 * and C"); a person merely later in the sentence ("resigned
			 * amid reports that the president ...") is not one of them. */
			for (size_t q = lo; q < hi; q++) {
				if (st->m[q].first <= i)
					continue;
				set_fate(&c->out->people[st->m[q].person], ev, text, &at, when, date, &when_at);
			}
		}
		i += k - 1;
	}
}

/* ---- counts ------------------------------------------------------------- */

/* The event of a sentence nearest to the count at tokens i..e (an event
 * after it counted from its end: "23 people were detained and eight
 * police officers suffered minor injuries"), and whether the counted
 * noun does it (comes before an active verb). */

static enum event_class nearest_event(const struct stoks *st, size_t i, size_t e, bool *agent,
				      size_t *where)
{
	enum event_class best = EVENT_NONE;
	size_t bestd = (size_t)-1;
	size_t from = i > EVENT_WINDOW ? i - EVENT_WINDOW : 0;
	size_t to = i + EVENT_WINDOW < st->n ? i + EVENT_WINDOW : st->n;
	for (size_t k = from; k < to; k++) {
		size_t len = st->evl[k];
		if (!len || negated(st, k))
			continue;
		enum event_class ev = (enum event_class)st->evc[k];
		size_t d = k > e ? k - e : k >= i ? 0 : i - k;
		/* an event in another clause ("..., while ...", "..., said ...")
		 * is not this count's */
		size_t lo = k < i ? k : i, hi = k < i ? i : k;
		if (st->clause[hi] - st->clause[lo + 1] > 0) {
			k += len - 1;
			continue;
		}
		if (d < bestd) {
			bestd = d;
			best = ev;
			*where = k;
			/* before an active verb: the doer */
			/* "were (also) evacuated": a be-verb within two words before */
			bool passive = false;
			for (size_t q = k > 2 ? k - 2 : 0; q < k; q++)
				passive |= is(st, q, "been") || is(st, q, "were") || is(st, q, "was") ||
					   is(st, q, "be") || is(st, q, "are") || is(st, q, "is") ||
					   is(st, q, "being") || is(st, q, "got");
			/* "12 people died", "are feared dead", "suffered
			 * minor injuries": the subject of these words
			 * undergoes the event, as after "were killed" */
			bool undergone = is(st, k, "died") || is(st, k, "dead") ||
					 is(st, k, "deaths") || is(st, k, "suffered");
			*agent = k > i && !passive && !undergone;
		}
		k += len - 1;
	}
	return best;
}

static bool person_class(enum noun_class nc)
{
	return nc != NOUN_STATES && nc != NOUN_COUNTRIES && nc != NOUN_COMPANIES && nc != NOUN_NONE;
}

/* The counted noun after token i: skips a few adjectives and "of
 * my/our/the"; returns its token index or -1.  *subset is set for "N of
 * the X" (a part of a group, not a count of it). */
static long counted_noun(const struct stoks *st, size_t i, enum noun_class *nc, bool *subset,
			 bool *mine)
{
	*subset = false;
	*mine = false;
	for (size_t k = i; k < st->n && k < i + 5; k++) {
		size_t len = lex_noun(st->t, st->n, k, nc);
		if (len)
			return (long)(k + len - 1);  /* the last word of the noun */
		if (!st->t[k].word)
			return -1;
		/* "Twelve gunmen left 30 people dead": another number
		 * counts what follows it */
		double other;
		if (k > i && (st->t[k].num || lex_number(st->t, st->n, k, &other)))
			return -1;
		if (is(st, k, "of")) {
			if (is(st, k + 1, "the") || is(st, k + 1, "these") || is(st, k + 1, "those"))
				*subset = true;
			if (is(st, k + 1, "my") || is(st, k + 1, "our"))
				*mine = true;
			continue;
		}
		enum event_class ev;
		if (lex_event(st->t, st->n, k, &ev) || lex_reporting_verb(st->t, st->n, k))
			return -1;
	}
	return -1;
}

/* "They were later dismissed." after a count: the count's event. */
static long pronoun_event(const struct stoks *next)
{
	if (!next || next->n < 2 || !(is(next, 0, "they") || is(next, 0, "these") ||
				      is(next, 0, "those") || is(next, 0, "all")))
		return -1;
	for (size_t k = 1; k < next->n && k < 8; k++) {
		enum event_class ev;
		if (lex_event(next->t, next->n, k, &ev) && !negated(next, k))
			return ev;
	}
	return -1;
}

static void add_count(struct ctx *c, uint32_t si, const struct stoks *st, size_t b, size_t e,
		      double value, enum qual q, enum noun_class nc, const char *note, long pron_event)
{
	bool agent = false;
	size_t evk = 0;
	enum event_class ev = nearest_event(st, b, e, &agent, &evk);
	if (pron_event >= 0) {
		ev = (enum event_class)pron_event;
		agent = false;
	}
	/* A count of people with no event is still a count ("about 200
	 * people", "around 40 families"); other counts need an event. */
	if (ev == EVENT_NONE && (!person_class(nc) || (isnan(value) && nc == NOUN_PEOPLE)))
		return;  /* "a handful of people" with no event says nothing to compare */
	/* the next sentence's "They ..." will give it its event */
	if (ev == EVENT_NONE && pron_event < 0 && si + 1 < c->s->n &&
	    pronoun_event(&c->st[si + 1]) >= 0)
		return;
	struct quantity *qn = push(c->ar, &c->out->counts, &c->out->ncounts, &c->cap_counts, sizeof *qn);
	if (!qn)
		return;
	qn->value = value;
	qn->qual = q;
	qn->noun = nc;
	qn->event = ev;
	qn->agent = person_class(nc) && agent;
	qn->at = (struct where){ si, st->t[b].start, st->t[e].end };
	qn->text = slice(c, qn->at.start, qn->at.end);
	qn->note = note;
}

/* "thirty-eight": tens and units joined by a hyphen. */
static bool hyphen_number(const char *w, double *value)
{
	const char *h = strchr(w, '-');
	if (!h || strchr(h + 1, '-'))
		return false;
	char a[32], b[32];
	if ((size_t)(h - w) >= sizeof a || strlen(h + 1) >= sizeof b)
		return false;
	memcpy(a, w, (size_t)(h - w));
	a[h - w] = '\0';
	snprintf(b, sizeof b, "%s", h + 1);
	double x, y;
	if (lex_number_word(a, &x) && lex_number_word(b, &y) && x >= 20 && x < 100 &&
	    (int)x % 10 == 0 && y >= 1 && y <= 9) {
		*value = x + y;
		return true;
	}
	return false;
}

/* Scale words after a number, "1.5 million", "two hundred thousand":
 * *value multiplied by them; returns how many there are. */
static size_t scale_after(const struct stoks *st, size_t k, double *value)
{
	size_t n = 0;
	double x;
	while (k + n < st->n && (x = lex_scale(st->w[k + n])) > 0) {
		*value *= x;
		n++;
	}
	return n;
}

/* "The death toll ... has risen to 41", "the toll stood at 37": a toll of
 * the dead named in the six words before token b (the number, which
 * ends at token e), "to", "at", "was" or "is" right before it, and no
 * other number between.  Not a forecast ("could rise to 100", "is
 * expected to reach"), not a sum or a measure ("the toll is 5 euros"),
 * and "the toll" alone only in a sentence that speaks of the dead. */
static bool death_toll_before(const struct stoks *st, size_t b, size_t e)
{
	static const char *const forecast[] = { "could", "may", "might", "would", "will",
						"expected", "feared", "likely", "set", "projected",
						"estimated", "predicted", NULL };
	static const char *const dead[] = { "killed", "dead", "died", "deaths", "death",
					    "victims", "bodies", "fatalities", NULL };
	static const char *const before[] = { "to", "at", "was", "is", NULL };
	static const char *const after[] = { "on", "by", "in", "and", "as", "after", "from",
					     "with", "people", NULL };
	if (b == 0 || !is_one_of(st, b - 1, before))
		return false;
	/* a unit or a currency after the number: a sum, not the dead */
	if (e + 1 < st->n && st->t[e + 1].word && !is_one_of(st, e + 1, after))
		return false;
	if (b >= 2 && is_punct(st, b - 1, '$'))
		return false;
	for (size_t k = b - 1; k-- > 0 && b - k <= 6;) {
		if (st->t[k].num || is_one_of(st, k, forecast))
			return false;
		if (!is(st, k, "toll") || k == 0)
			continue;
		if (is(st, k - 1, "death"))
			return true;
		/* "the toll rose to nine", in a sentence of the dead */
		if (!is(st, k - 1, "the"))
			return false;
		for (size_t d = 0; d < st->n; d++)
			if (is_one_of(st, d, dead))
				return true;
		return false;
	}
	return false;
}

static void counts(struct ctx *c, struct stoks *st, uint32_t si)
{
	const struct stoks *next = si + 1 < c->s->n ? &c->st[si + 1] : NULL;
	for (size_t i = 0; i < st->n; i++) {
		size_t b = i;
		enum qual q = QUAL_NONE;
		size_t ql = lex_qualifier(st->t, st->n, i, &q);
		size_t at = i + ql;
		double value = NAN;
		size_t nl = 0;
		if (at < st->n && st->t[at].num) {
			value = st->t[at].value;
			nl = 1;
			/* a year, a time or an amount is not a count of people */
			if (is_punct(st, at + 1, ':') || (at > 0 && is_punct(st, at - 1, ':') && at > 1 &&
							  st->t[at - 2].num) ||
			    (value >= 1900 && value <= 2100 && !ql))
				nl = 0;  /* 10:30, a year */
			if (at > 0 && (is_punct(st, at - 1, '$') || is_punct(st, at - 1, '#')))
				nl = 0;
		} else if (at < st->n) {
			nl = lex_number(st->t, st->n, at, &value);
			if (!nl && hyphen_number(st->w[at], &value))
				nl = 1;
		}
		if (nl)
			nl += scale_after(st, at + nl, &value);
		/* "between 10 and 12 people": a range, not the count 10 and
		 * then 12; left to the values (values_num.c reads ranges) */
		if (nl && at > 0 && is(st, at - 1, "between") && is(st, at + nl, "and")) {
			size_t e = at + nl + 1;
			double hi = 0;
			size_t hl = e < st->n && st->t[e].num ? 1 : e < st->n ? lex_number(st->t, st->n, e, &hi) : 0;
			if (hl)
				hl += scale_after(st, e + hl, &hi);   /* "10 and 12 thousand" */
			if (hl) {
				i = e + hl - 1;
				continue;
			}
		}
		if (nl) {
			enum noun_class nc = NOUN_NONE;
			bool subset, mine;
			long nk = counted_noun(st, at + nl, &nc, &subset, &mine);
			/* "as well as two X", "including two X": part of a group */
			bool part = (b >= 2 && is(st, b - 2, "well") && is(st, b - 1, "as")) ||
				    (b >= 1 && (is(st, b - 1, "including") || is(st, b - 1, "includes")));
			/* "The death toll has risen to 41", "the toll rose to
			 * nine": people killed, though no noun follows */
			if (nk < 0 && !subset && !part && death_toll_before(st, b, at + nl - 1)) {
				add_count(c, si, st, b, at + nl - 1, value, q, NOUN_PEOPLE, NULL,
					  EVENT_KILLED);
				i = at + nl - 1;
				continue;
			}
			if (nk < 0 || (subset && q != QUAL_ALL) || part) {
				i = at + nl - 1;
				continue;
			}
			/* "one of the reporters": a part, not a count */
			const char *note = NULL;
			/* "A, B and three others": count the people listed before. */
			bool other = is(st, (size_t)nk, "others") || is(st, at + nl, "other");
			if (other && at > 0 && is(st, at - 1, "and")) {
				unsigned listed = 0;
				for (size_t m = 0; m < st->nm; m++)
					if (st->m[m].last < at && st->m[m].kind != M_PRONOUN)
						listed++;
				if (listed) {
					value += listed;
					note = arena_printf(c->ar, "%u named and %s more", listed, st->w[at]);
					b = st->m[0].first;
				}
			}
			/* "my records and the records of three of my colleagues" */
			if (mine && !note) {
				for (size_t m = 0; m < at; m++)
					if (is(st, m, "my") || is(st, m, "me") || is(st, m, "our") || is(st, m, "us")) {
						value += 1;
						note = "counting the speaker and the colleagues named";
						b = m;
						break;
					}
			}
			add_count(c, si, st, b, (size_t)nk, value, q, nc, note, -1);
			i = (size_t)nk;
			continue;
		}
		size_t vl = lex_vague(st->t, st->n, i);
		if (vl && !ql) {
			enum noun_class nc = NOUN_NONE;
			bool subset, mine;
			long nk = counted_noun(st, i + vl, &nc, &subset, &mine);
			if (nk >= 0 && !subset) {
				add_count(c, si, st, i, (size_t)nk, NAN, QUAL_VAGUE, nc, NULL, -1);
				i = (size_t)nk;
			}
			continue;
		}
		size_t ul = lex_undisclosed(st->t, st->n, i);
		if (ul) {
			/* what is counted: the nearest people noun in the sentence */
			enum noun_class nc = NOUN_NONE;
			size_t bestd = (size_t)-1;
			for (size_t k = 0; k < st->n; k++) {
				enum noun_class x;
				if (lex_noun(st->t, st->n, k, &x)) {
					size_t d = k > i ? k - i : i - k;
					if (d < bestd) {
						bestd = d;
						nc = x;
					}
				}
			}
			if (nc != NOUN_NONE)
				add_count(c, si, st, i, i + ul - 1, NAN, QUAL_UNDISCLOSED, nc, NULL, -1);
			i += ul - 1;
			continue;
		}
	}
	/* A count whose own sentence has no event takes the next sentence's
	 * when that one opens with "They": "... six staff saw the files.
	 * They were later dismissed." */
	long pe = pronoun_event(next);
	if (pe >= 0) {
		for (size_t i = 0; i < st->n; i++) {
			bool agent;
			size_t w;
			if (nearest_event(st, i, i, &agent, &w) != EVENT_NONE)
				return;
		}
		for (size_t i = 0; i < st->n; i++) {
			enum qual q = QUAL_NONE;
			size_t ql = lex_qualifier(st->t, st->n, i, &q);
			double value = NAN;
			size_t at = i + ql, nl = 0;
			if (at < st->n && st->t[at].num) {
				value = st->t[at].value;
				nl = 1;
			} else {
				nl = lex_number(st->t, st->n, at, &value);
			}
			if (!nl)
				continue;
			enum noun_class nc;
			bool subset, mine;
			long nk = counted_noun(st, at + nl, &nc, &subset, &mine);
			if (nk >= 0 && !subset) {
				add_count(c, si, st, i, (size_t)nk, value, q, nc,
					  "the event is in the next sentence (\"they\")", pe);
				return;
			}
		}
	}
}

/* ---- outlets and documents --------------------------------------------- */

static void add_outlet(struct ctx *c, const char *name, enum org_part part, uint32_t si,
		       uint32_t start, uint32_t end)
{
	/* one entry per outlet and part */
	for (size_t i = 0; i < c->out->noutlets; i++)
		if (strcmp(c->out->outlets[i].name, name) == 0 && c->out->outlets[i].part == part)
			return;
	struct outlet_ref *o = push(c->ar, &c->out->outlets, &c->out->noutlets, &c->cap_outlets, sizeof *o);
	if (o) {
		o->name = name;
		o->part = part;
		o->at = (struct where){ si, start, end };
	}
}

/* A news agency named by its shape: capitalised words ending in "News
 * Agency", "Press Agency", "News Service" or "Telegraph Agency" ("the
 * Harbour Central News Agency").  The words it spans, or 0; the name, as
 * written, in *name. */
static size_t agency_at(struct ctx *c, const struct stoks *st, size_t i, const char **name)
{
	static const char *const ends[][2] = {
		{ "news", "agency" }, { "press", "agency" }, { "news", "service" },
		{ "telegraph", "agency" },
	};
	if (is(st, i, "the") ||
	    (i > 0 && st->t[i - 1].word && st->t[i - 1].cap && !is(st, i - 1, "the")))
		return 0; /* not the start of the run ("The" is left out of it) */
	size_t j = i;
	while (j < st->n && j < i + 6 && st->t[j].word && (st->t[j].cap || st->t[j].allcaps) &&
	       !st->t[j].num)
		j++;
	for (size_t e = j; e >= i + 3; e--)
		for (size_t q = 0; q < sizeof ends / sizeof ends[0]; q++)
			if (is(st, e - 2, ends[q][0]) && is(st, e - 1, ends[q][1])) {
				*name = slice(c, st->t[i].start, st->t[e - 1].end);
				return e - i;
			}
	return 0;
}

static void outlets(struct ctx *c, struct stoks *st, uint32_t si)
{
	for (size_t i = 0; i < st->n; i++) {
		const char *name;
		size_t k = lex_outlet(st->t, st->n, i, &name);
		if (!k)
			k = agency_at(c, st, i, &name);
		if (!k)
			continue;
		/* an outlet name is written with a capital (or is an acronym) */
		size_t first = is(st, i, "the") ? i + 1 : i;
		if (first >= st->n || !(st->t[first].cap || st->t[first].allcaps)) {
			i += k - 1;
			continue;
		}
		size_t e = i + k; /* token after the name */
		enum org_part part = ORG_MENTIONED;
		/* "a Northfield Gazette reporter", "two Harbour Times writers" */
		if (lex_journalist_noun(st->t, st->n, e))
			part = ORG_EMPLOYER;
		/* "journalists for X", "writers at X, Y", "worked for X and Y" */
		for (size_t b = i; b > 0 && b + 8 > i && part == ORG_MENTIONED; b--) {
			size_t p = b - 1;
			if (is(st, p, "at") || is(st, p, "for") || is(st, p, "from") || is(st, p, "with")) {
				if (p > 0 && (lex_journalist_noun(st->t, st->n, p - 1) ||
					      is(st, p - 1, "worked") || is(st, p - 1, "works") ||
					      is(st, p - 1, "wrote") || is(st, p - 1, "writes") ||
					      is(st, p - 1, "writing") || is(st, p - 1, "working")))
					part = ORG_EMPLOYER;
				break;
			}
			/* keep going left only through a list of outlets */
			const char *other;
			if (!(is_punct(st, p, ',') || is(st, p, "and") || is(st, p, "the") ||
			      lex_outlet(st->t, st->n, p, &other) || st->t[p].cap))
				break;
		}
		if (part == ORG_MENTIONED) {
			bool bf;
			/* "told X", "according to X", "obtained by X" */
			for (size_t p = i > 4 ? i - 4 : 0; p < i; p++) {
				size_t sl = lex_source_verb(st->t, st->n, p, &bf);
				if (sl && bf && p + sl >= i - (is(st, i, "the") ? 0 : 0) &&
				    p + sl <= i + 1)
					part = ORG_SOURCE;
			}
			/* "X reported", "X said" */
			if (lex_source_verb(st->t, st->n, e, &bf) && !bf)
				part = ORG_SOURCE;
			if (is_punct(st, e, ',') && is(st, e + 1, "who") &&
			    (is(st, e + 2, "cited") || is(st, e + 2, "reported")))
				part = ORG_SOURCE;
			/* "an article by X", "a report by X" */
			if (i >= 2 && is(st, i - 1, "by") &&
			    (is(st, i - 2, "article") || is(st, i - 2, "report") || is(st, i - 2, "story")))
				part = ORG_SOURCE;
			/* "emails shared with X" */
			if (i >= 2 && is(st, i - 1, "with") && is(st, i - 2, "shared"))
				part = ORG_SOURCE;
		}
		add_outlet(c, name, part, si, st->t[i].start, st->t[e - 1].end);
		i += k - 1;
	}
}

static bool attribution_word(const struct stoks *st, size_t i)
{
	bool before;
	return lex_source_verb(st->t, st->n, i, &before) || lex_reporting_verb(st->t, st->n, i) ||
	       is(st, i, "cited") || is(st, i, "obtained") || is(st, i, "leaked") ||
	       is(st, i, "seen") || is(st, i, "show") || is(st, i, "shows") || is(st, i, "showed");
}

/* A document a sentence relies on: a document word used as a noun ("in
 * a statement", "internal emails"; not "to interview", not "an email
 * account"), outside quotation marks, with a word of attribution at
 * most four words from it ("said in a statement", "emails obtained by",
 * "according to documents", "a report said"). */
static bool relied_on(struct ctx *c, const struct stoks *st, size_t i, size_t k)
{
	const struct tokens tk = { st->t, st->w, st->n };
	if (tokens_quoted(c->a->text, &tk, i) || (i > 0 && is(st, i - 1, "to")) ||
	    (i + k < st->n && st->t[i + k].word && !st->t[i + k].cap &&
	     !lex_tok_function_word(&st->t[i + k]) && !attribution_word(st, i + k)))
		return false;
	size_t lo = i > 4 ? i - 4 : 0, hi = i + k + 4 < st->n ? i + k + 4 : st->n;
	for (size_t j = lo; j < hi; j++)
		if ((j < i || j >= i + k) && attribution_word(st, j))
			return true;
	return false;
}

static void documents(struct ctx *c, struct stoks *st, uint32_t si)
{
	for (size_t i = 0; i < st->n; i++) {
		const char *kind;
		size_t k = lex_document(st->t, st->n, i, &kind);
		if (!k)
			continue;
		if (!relied_on(c, st, i, k)) {
			i += k - 1;
			continue;
		}
		/* "leaked email" before "email": lex_document matches the longest */
		if (i > 0 && (is(st, i - 1, "leaked") || is(st, i - 1, "internal"))) {
			const char *k2;
			if (lex_document(st->t, st->n, i - 1, &k2))
				kind = k2;
		}
		bool dup = false;
		for (size_t d = 0; d < c->out->ndocs; d++)
			dup |= strcmp(c->out->docs[d].kind, kind) == 0;
		if (!dup) {
			struct document_ref *d = push(c->ar, &c->out->docs, &c->out->ndocs, &c->cap_docs, sizeof *d);
			if (d) {
				d->kind = kind;
				d->at = (struct where){ si, st->t[i].start, st->t[i + k - 1].end };
			}
		}
		i += k - 1;
	}
}

/* ---- places and outcomes ------------------------------------------------ */

/* "the staff ... were based in A and B", "two of them were Peru-based
 * while the other three were in Chile" */
static void places(struct ctx *c, struct stoks *st, uint32_t si)
{
	enum noun_class group = NOUN_NONE;
	size_t at = 0;
	for (size_t i = 0; i < st->n; i++) {
		enum noun_class nc;
		if (lex_noun(st->t, st->n, i, &nc) && person_class(nc) && nc != NOUN_PEOPLE)
			group = nc, at = i;  /* the subject: the last group named before the verb */
		else if (lex_noun(st->t, st->n, i, &nc) && nc == NOUN_PEOPLE && group == NOUN_NONE)
			group = nc, at = i;
		if (!(is(st, i, "were") || is(st, i, "was") || is(st, i, "are") || is(st, i, "is")))
			continue;
		if (group == NOUN_NONE)
			continue;
		/* "told reporters ... that none of them were in": the group is
		 * not the subject, or the clause denies it */
		bool denied = false;
		for (size_t k = at; k <= i + 1 && k < st->n; k++)
			denied |= is(st, k, "none") || is(st, k, "not") || is(st, k, "n't") ||
				  is(st, k, "never") || is(st, k, "neither") || is(st, k, "no");
		if (denied || i > at + 8)
			continue;
		size_t k = i + 1;
		const char *cn;
		size_t cl;
		bool pred = false;
		if (is(st, k, "based") && is(st, k + 1, "in"))
			pred = true, k += 2;
		else if (is(st, k, "in"))
			pred = true, k += 1;
		else if ((cl = lex_country(st->t, st->n, k, &cn)) && strstr(st->w[k], "-based"))
			pred = true;
		if (!pred)
			continue;
		/* the countries of the predicate: "both the Netherlands and Chile" */
		for (; k < st->n; k++) {
			if (is(st, k, "both") || is(st, k, "the") || is(st, k, "and") || is_punct(st, k, ','))
				continue;
			cl = lex_country(st->t, st->n, k, &cn);
			if (!cl)
				break;
			struct place_ref *pl = push(c->ar, &c->out->places, &c->out->nplaces, &c->cap_places,
						    sizeof *pl);
			if (!pl)
				return;
			pl->group = group;
			pl->country = cn;
			pl->at = (struct where){ si, st->t[k].start, st->t[k + cl - 1].end };
			k += cl - 1;
		}
	}
}

static bool effort_noun(const char *w)
{
	static const char *const nouns[] = {
		"effort", "plan", "attempt", "operation", "scheme", "initiative", "bid",
		"campaign", "search", "hunt", "investigation", "probe", "idea", "project",
		"mission", "strategy", "efforts", "attempts", "plans",
	};
	for (size_t i = 0; i < sizeof nouns / sizeof nouns[0]; i++)
		if (strcmp(w, nouns[i]) == 0)
			return true;
	return false;
}

static void outcomes(struct ctx *c, struct stoks *st, uint32_t si)
{
	for (size_t i = 0; i < st->n; i++) {
		bool success;
		size_t k = lex_outcome(st->t, st->n, i, &success);
		if (!k)
			continue;
		bool strong = k >= 2 || is(st, i, "unsuccessful");
		bool effort = false;
		for (size_t b = i > 4 ? i - 4 : 0; b < i; b++)
			effort |= effort_noun(st->w[b]);
		if (is(st, i + k, "to") || negated(st, i) || !(strong || effort)) {
			i += k - 1;
			continue;
		}
		struct outcome_ref *o = push(c->ar, &c->out->outcomes, &c->out->noutcomes,
					     &c->cap_outcomes, sizeof *o);
		if (!o)
			return;
		o->success = success;
		o->at = (struct where){ si, st->t[i].start, st->t[i + k - 1].end };
		o->text = slice(c, o->at.start, o->at.end);
		return;
	}
}

/* ---- technical terms ---------------------------------------------------- */

/* Drop the plural ending of the last word of s, in place ("messages":
 * "message", "addresses": "address"). */
static void singular(char *s)
{
	size_t n = strlen(s);
	if (n > 4 && text_same(s + n - 4, "sses"))
		s[n - 2] = '\0';
	else if (n > 3 && s[n - 1] == 's' && s[n - 2] != 's')
		s[n - 1] = '\0';
}

/* The key of words b..e of a sentence: folded, space between, the last
 * without its plural ending. */
static const char *term_key(struct ctx *c, const struct stoks *st, size_t b, size_t e)
{
	char key[96];
	size_t n = 0;
	for (size_t k = b; k <= e && n < sizeof key; k++)
		n += (size_t)snprintf(key + n, sizeof key - n, "%s%s", k > b ? " " : "", st->w[k]);
	if (n >= sizeof key)
		return NULL;
	singular(key);
	return arena_strdup(c->ar, key);
}

/* Two or three lower-case words, none a function word, from token b:
 * how many, or 0. */
static size_t plain_words(const struct stoks *st, size_t b, size_t most)
{
	size_t k = b;
	while (k < st->n && k < b + most && st->t[k].word && !st->t[k].cap && !st->t[k].num &&
	       !lex_tok_function_word(&st->t[k]) && !strchr(st->w[k], '\''))
		k++;
	return k - b >= 2 ? k - b : 0;
}

/* "Section 230", "Title IX", "Article 5": a numbered part of a law or a
 * text, named; "the 25th Amendment", "the Second Amendment" too. */
static void numbered_parts(struct ctx *c, struct stoks *st, uint32_t si)
{
	static const char *const parts[] = {
		"section", "title", "article", "chapter", "rule", "clause", "proposition",
		"paragraph", NULL,
	};
	for (size_t i = 0; i + 1 < st->n; i++) {
		const struct tok *t = &st->t[i], *u = &st->t[i + 1];
		bool part = t->cap && is_one_of(st, i, parts) && u->word &&
			    (u->num || (u->allcaps && strspn(st->w[i + 1], "ivx") == strlen(st->w[i + 1])));
		bool amendment = u->cap && text_same(st->w[i + 1], "amendment") && t->word &&
				 ((t->num && strpbrk(st->w[i], "snrt")) || (t->cap && lex_ordinal(st->w[i])));
		if (!part && !amendment)
			continue;
		struct term_ref *tr = push(c->ar, &c->out->terms, &c->out->nterms, &c->cap_terms, sizeof *tr);
		if (!tr)
			return;
		tr->key = arena_printf(c->ar, "%s %s", st->w[i], st->w[i + 1]);
		tr->at = (struct where){ si, t->start, u->end };
		tr->text = slice(c, t->start, u->end);
		i++;
	}
}

/* "a "working visit"", "the so-called working visit": words a report
 * marks as the name of something (in quotation marks, after a word that
 * opens a noun phrase: not a few words quoted from someone). */
static void marked_terms(struct ctx *c, struct stoks *st, uint32_t si)
{
	static const char *const determiners[] = {
		"a", "an", "the", "his", "her", "their", "its", "our", "this", "that", NULL,
	};
	for (size_t i = 0; i + 2 < st->n; i++) {
		size_t b = i + 1, n = 0;
		if (text_same(st->w[i], "so-called"))
			n = plain_words(st, b, 2);
		else if (st->t[i].quote && i > 0 && is_one_of(st, i - 1, determiners) &&
			 (n = plain_words(st, b, 3)) > 0) {
			size_t e = b + n;
			if (e < st->n && is_punct(st, e, ','))
				e++;
			if (e >= st->n || !st->t[e].quote)
				n = 0;
		}
		if (!n)
			continue;
		struct term_ref *tr = push(c->ar, &c->out->terms, &c->out->nterms, &c->cap_terms, sizeof *tr);
		if (!tr)
			return;
		tr->key = term_key(c, st, b, b + n - 1);
		tr->at = (struct where){ si, st->t[b].start, st->t[b + n - 1].end };
		tr->text = slice(c, st->t[b].start, st->t[b + n - 1].end);
		tr->marked = true;
		if (!tr->key)
			c->out->nterms--;
		i = b + n - 1;
	}
}

/* "SMS messages", "GPS data": an acronym (not a country, an outlet or a
 * title) and the lower-case noun after it. */
static void terms(struct ctx *c, struct stoks *st, uint32_t si)
{
	static const char *const roman[] = { "ii", "iii", "iv", "vi", "vii", "viii", "ix", NULL };
	for (size_t i = 0; i + 1 < st->n; i++) {
		const struct tok *t = &st->t[i], *u = &st->t[i + 1];
		size_t len = t->end - t->start;
		const char *cn;
		if (!t->allcaps || len < 2 || len > 5 || strchr(t->f, '.') || strchr(t->f, '-') ||
		    is_one_of(st, i, roman) || /* "Elizabeth II" */
		    lex_country(st->t, st->n, i, &cn) || lex_outlet(st->t, st->n, i, &cn) ||
		    lex_tok_role_word(t))
			continue;
		if (!u->word || u->cap || u->num || lex_tok_function_word(u) || strlen(u->f) < 3 ||
		    strchr(u->f, '-') || strchr(u->f, '\''))
			continue;
		char noun[64];
		snprintf(noun, sizeof noun, "%s", u->f);
		singular(noun);
		/* "the Northway HX pipeline": a name before the acronym is
		 * part of the term */
		const struct tok *b = t;
		if (i > 1 && st->t[i - 1].word && st->t[i - 1].cap && !st->t[i - 1].allcaps &&
		    !st->t[i - 1].num && !lex_tok_not_name(&st->t[i - 1]) && !lex_tok_role_word(&st->t[i - 1]))
			b = &st->t[i - 1];
		struct term_ref *tr = push(c->ar, &c->out->terms, &c->out->nterms, &c->cap_terms, sizeof *tr);
		if (!tr)
			return;
		tr->key = b != t ? arena_printf(c->ar, "%s %s %s", b->f, t->f, noun)
				 : arena_printf(c->ar, "%s %s", t->f, noun);
		tr->at = (struct where){ si, b->start, u->end };
		tr->text = slice(c, b->start, u->end);
	}
}

/* ---- the whole report --------------------------------------------------- */

/* "he" or "she" at token i opening a clause: first in its sentence, or
 * after punctuation, a word that opens a clause ("and he", "that she") or
 * a verb of saying or thinking ("said she"); not after a noun ("the
 * resources he needs"). */
static bool clause_subject(const struct stoks *st, size_t i)
{
	static const char *const openers[] = {
		"and", "but", "so", "then", "when", "after", "before", "while", "because", "as",
		"that", "although", "though", "until", "once", "since", NULL,
	};
	static const char *const thinking[] = {
		"means", "meant", "thinks", "thought", "believes", "believed", "knows", "knew",
		"hopes", "hoped", "fears", "feared", "expects", "expected", NULL,
	};
	if (!is(st, i, "he") && !is(st, i, "she"))
		return false;
	/* "Roe said she would sign", "it means he is unlikely to": the
	 * subject of what is said or thought */
	return i == 0 || !st->t[i - 1].word || is_one_of(st, i - 1, openers) ||
	       is_one_of(st, i - 1, thinking) || lex_reporting_verb(st->t, st->n, i - 1);
}

/* The mentions by name (not pronoun, not role) of people still counted,
 * and the subject pronouns ("he", "she") linked to one of them, for the
 * rules after this file (events.c, claims.c). */
static enum nd_err name_refs(struct ctx *c)
{
	size_t cap = 0, cap_subj = 0;
	for (size_t si = 0; si < c->s->n; si++) {
		const struct stoks *st = &c->st[si];
		for (size_t k = 0; k < st->nm; k++) {
			const struct mention *m = &st->m[k];
			if (m->person < 0 || !c->out->people[m->person].mentions)
				continue;
			bool subject = m->kind == M_PRONOUN && clause_subject(st, m->first);
			if (m->kind != M_FULL && m->kind != M_SURNAME && !subject)
				continue;
			struct name_ref *r = subject
				? push(c->ar, &c->out->subjects, &c->out->nsubjects, &cap_subj, sizeof *r)
				: push(c->ar, &c->out->names, &c->out->nnames, &cap, sizeof *r);
			if (!r)
				return ND_E_NOMEM;
			*r = (struct name_ref){ m->person, (uint32_t)si, m->first, m->last };
		}
	}
	return ND_E_OK;
}

bool facts_first_names_fit(const struct person *a, const struct person *b)
{
	if (!a->first || !b->first || strcmp(a->first, b->first) == 0)
		return true;
	if (strlen(a->first) >= 5 && text_edit_distance(a->first, b->first, 1) == 1)
		return true;
	return (a->name && has_word(a->name, b->first)) || (b->name && has_word(b->name, a->first));
}

/* facts_extract with c set up. */
/* Each quotation's words and their hashes, for lining them up. */
static enum nd_err quote_words(const struct ctx *c)
{
	struct report_facts *out = c->out;
	for (size_t i = 0; i < out->nquotes; i++) {
		struct quote *q = &out->quotes[i];
		if (qdiff_words(q->text, strlen(q->text), c->ar, &q->words) != ND_E_OK)
			return ND_E_NOMEM;
		q->hashes = arena_alloc(c->ar, (q->words.n ? q->words.n : 1) * sizeof *q->hashes);
		if (!q->hashes)
			return ND_E_NOMEM;
		for (size_t w = 0; w < q->words.n; w++)
			q->hashes[w] = text_hash(q->words.v[w].fold, strlen(q->words.v[w].fold));
	}
	return ND_E_OK;
}

static enum nd_err extract(const struct ctx *start)
{
	struct ctx c = *start;
	const struct article *a = c.a;
	const struct sentences *s = c.s;
	struct report_facts *out = c.out;
	struct arena *arena = c.ar;
	c.st = arena_alloc(c.scratch, (s->n ? s->n : 1) * sizeof *c.st);
	if (!c.st)
		return ND_E_NOMEM;
	out->toks = arena_alloc(arena, (s->n ? s->n : 1) * sizeof *out->toks);
	out->ntoks = s->n;
	if (!out->toks)
		return ND_E_NOMEM;
	for (size_t i = 0; i < s->n; i++) {
		if (tokenize(&c, &s->v[i], &c.st[i]) != ND_E_OK || precompute(&c, &c.st[i]) != ND_E_OK)
			return ND_E_NOMEM;
		out->toks[i] = (struct tokens){ c.st[i].t, c.st[i].w, c.st[i].n };
	}
	pass_names(&c);
	family_name_first(&c);
	pass_surnames(&c);
	/* Names never confirmed as people (no title, role or reporting verb,
	 * never named again) are dropped: "Ferry Lane", "Oslo-listed
	 * firm" and the like. */
	for (size_t i = 0; i < out->npeople; i++) {
		struct person *p = &out->people[i];
		if (p->name && !p->cued && p->mentions < 2)
			p->mentions = 0;
	}
	for (size_t si = 0; si < s->n; si++) {
		struct stoks *st = &c.st[si];
		size_t o = 0;
		for (size_t k = 0; k < st->nm; k++)
			if (out->people[st->m[k].person].mentions)
				st->m[o++] = st->m[k];
		st->nm = o;
	}
	for (size_t si = 0; si < s->n; si++) {
		struct stoks *st = &c.st[si];
		if (st->nm > 1)
			qsort(st->m, st->nm, sizeof *st->m, facts_cmp_mention);
		facts_pronouns(&c, st);
		roles_respectively(&c, st, (uint32_t)si);
		roles_for_mentions(&c, st, (uint32_t)si);
		roles_linked(&c, st, (uint32_t)si);
		fates(&c, st, (uint32_t)si);
		counts(&c, st, (uint32_t)si);
		outlets(&c, st, (uint32_t)si);
		documents(&c, st, (uint32_t)si);
		places(&c, st, (uint32_t)si);
		outcomes(&c, st, (uint32_t)si);
		terms(&c, st, (uint32_t)si);
		marked_terms(&c, st, (uint32_t)si);
		numbered_parts(&c, st, (uint32_t)si);
		/* who pronouns in the sentences after may stand for */
		c.last_person = facts_pronoun_candidate(a->text, st, c.last_person);
	}
	facts_quotations(&c);
	if (quote_words(&c) != ND_E_OK)
		return ND_E_NOMEM;
	return name_refs(&c) != ND_E_OK || arena->failed || c.scratch->failed ? ND_E_NOMEM : ND_E_OK;
}

enum nd_err facts_extract(const struct article *a, uint32_t art, const struct sentences *s,
			  struct arena *arena, struct report_facts *out)
{
	/* the scratch goes when the report's facts are found: some 10 bytes
	 * a token, and the mentions, that the story would hold to its end */
	struct arena scratch;
	arena_init(&scratch);
	struct ctx c = { .a = a, .s = s, .ar = arena, .scratch = &scratch, .out = out,
			 .last_person = -1 };
	memset(out, 0, sizeof *out);
	out->art = art;
	enum nd_err err = extract(&c);
	arena_release(&scratch);
	return err;
}
