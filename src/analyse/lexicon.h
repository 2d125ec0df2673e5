/*
 * lexicon.h - word lists of general English news language: number words,
 * qualifiers of counts, what is counted, events, roles and titles,
 * reporting verbs, news outlets and countries.
 *
 * Owns: static tables only (lexicon.c), one row per entry, meant to be
 * read and extended by hand.  Nothing in them names the people or
 * companies of any particular story.
 * Depends on: date.h (the names of months and weekdays), text.h (hashing),
 * tokens.h (the phrase tables read a sentence's tokens).
 *
 * Every phrase is lower case, words separated by single spaces, with
 * ASCII apostrophes; callers fold text the same way (text_fold).
 */
#ifndef ND_LEXICON_H
#define ND_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "analyse/tokens.h"

/* X(NAME, label) */
#define ND_QUALIFIERS(X)                          \
	X(NONE, "")                               \
	X(EXACT, "exactly")                       \
	X(AT_LEAST, "at least")                   \
	X(AT_MOST, "at most")                     \
	X(MORE_THAN, "more than")                 \
	X(FEWER_THAN, "fewer than")               \
	X(ABOUT, "around")                        \
	X(ALL, "all")                             \
	X(VAGUE, "unspecified number")            \
	X(UNDISCLOSED, "not disclosed")

enum qual {
#define ND_Q_ENUM(name, label) QUAL_##name,
	ND_QUALIFIERS(ND_Q_ENUM)
#undef ND_Q_ENUM
	QUAL__COUNT
};

/* What a count counts.  X(NAME, label) */
#define ND_NOUN_CLASSES(X)                 \
	X(NONE, "")                        \
	X(PEOPLE, "people")                \
	X(EMPLOYEES, "employees")          \
	X(JOURNALISTS, "journalists")      \
	X(OFFICIALS, "officials")          \
	X(USERS, "users")                  \
	X(RESIDENTS, "residents")          \
	X(FAMILIES, "families")            \
	X(STATES, "states")                \
	X(COUNTRIES, "countries")          \
	X(COMPANIES, "companies")          \
	X(VICTIMS, "victims")

enum noun_class {
#define ND_NC_ENUM(name, label) NOUN_##name,
	ND_NOUN_CLASSES(ND_NC_ENUM)
#undef ND_NC_ENUM
	NOUN__COUNT
};

/* What happened.  X(NAME, label used in questions, past participle) */
#define ND_EVENTS(X)                                       \
	X(NONE, "", "")                                    \
	X(DISMISSED, "dismissed", "dismissed")             \
	X(RESIGNED, "resigned", "resigned")                \
	X(LEFT, "left", "left")                            \
	X(SUSPENDED, "suspended", "suspended")             \
	X(HIRED, "hired", "hired")                         \
	X(TRACKED, "tracked", "tracked")                   \
	X(BANNED, "banned", "banned")                      \
	X(ARRESTED, "arrested", "arrested")                \
	X(CHARGED, "charged", "charged")                   \
	X(KILLED, "killed", "killed")                      \
	X(INJURED, "injured", "injured")                   \
	X(EVACUATED, "evacuated", "evacuated")             \
	X(RESCUED, "rescued", "rescued")

enum event_class {
#define ND_EV_ENUM(name, label, part) EVENT_##name,
	ND_EVENTS(ND_EV_ENUM)
#undef ND_EV_ENUM
	EVENT__COUNT
};

const char *qual_label(enum qual q);
const char *noun_class_label(enum noun_class c);
const char *event_label(enum event_class e);
/* The event a person's fate falls under when outlets compare: dismissed,
 * resigned and left are kept apart; the others are themselves. */

/*
 * Phrase tables.  Each lookup takes the tokens of a sentence (t[i], n of
 * them: their folded words t[i].f and numbers t[i].lex) and a position,
 * and returns how many words the longest phrase starting there spans (0:
 * none), with its value.  Each is asked of nearly every token: inline, it
 * turns away a token the lexicon does not know (lex 0: most words)
 * without a call (lex_known); lex_..._lookup is the look-up itself.
 */
static inline bool lex_known(const struct tok *t, size_t n, size_t i)
{
	return i < n && t[i].lex;
}
size_t lex_number_lookup(const struct tok *t, size_t n, size_t i, double *value);
static inline size_t lex_number(const struct tok *t, size_t n, size_t i, double *value)
{
	return lex_known(t, n, i) ? lex_number_lookup(t, n, i, value) : 0;
}
/* Is the single folded word w a number word ("five", "dozen")?  Its
 * value in *value. */
bool lex_number_word(const char *w, double *value);
/* What the scale word w multiplies a number by ("million": 1e6), for
 * hundred, thousand, million, billion and trillion; else 0. */
double lex_scale(const char *w);
size_t lex_qualifier_lookup(const struct tok *t, size_t n, size_t i, enum qual *q);
static inline size_t lex_qualifier(const struct tok *t, size_t n, size_t i, enum qual *q)
{
	return lex_known(t, n, i) ? lex_qualifier_lookup(t, n, i, q) : 0;
}
size_t lex_vague_lookup(const struct tok *t, size_t n, size_t i);
static inline size_t lex_vague(const struct tok *t, size_t n, size_t i)
{
	return lex_known(t, n, i) ? lex_vague_lookup(t, n, i) : 0;
}
size_t lex_undisclosed_lookup(const struct tok *t, size_t n, size_t i);
static inline size_t lex_undisclosed(const struct tok *t, size_t n, size_t i)
{
	return lex_known(t, n, i) ? lex_undisclosed_lookup(t, n, i) : 0;
}
size_t lex_noun_lookup(const struct tok *t, size_t n, size_t i, enum noun_class *c);
static inline size_t lex_noun(const struct tok *t, size_t n, size_t i, enum noun_class *c)
{
	return lex_known(t, n, i) ? lex_noun_lookup(t, n, i, c) : 0;
}
size_t lex_event_lookup(const struct tok *t, size_t n, size_t i, enum event_class *e);
static inline size_t lex_event(const struct tok *t, size_t n, size_t i, enum event_class *e)
{
	return lex_known(t, n, i) ? lex_event_lookup(t, n, i, e) : 0;
}
size_t lex_reporting_verb_lookup(const struct tok *t, size_t n, size_t i);
static inline size_t lex_reporting_verb(const struct tok *t, size_t n, size_t i)
{
	return lex_known(t, n, i) ? lex_reporting_verb_lookup(t, n, i) : 0;
}
size_t lex_source_verb_lookup(const struct tok *t, size_t n, size_t i, bool *before);
static inline size_t lex_source_verb(const struct tok *t, size_t n, size_t i, bool *before)
{
	return lex_known(t, n, i) ? lex_source_verb_lookup(t, n, i, before) : 0;
}
size_t lex_journalist_noun_lookup(const struct tok *t, size_t n, size_t i);
static inline size_t lex_journalist_noun(const struct tok *t, size_t n, size_t i)
{
	return lex_known(t, n, i) ? lex_journalist_noun_lookup(t, n, i) : 0;
}
size_t lex_outcome_lookup(const struct tok *t, size_t n, size_t i, bool *success);
static inline size_t lex_outcome(const struct tok *t, size_t n, size_t i, bool *success)
{
	return lex_known(t, n, i) ? lex_outcome_lookup(t, n, i, success) : 0;
}
size_t lex_document_lookup(const struct tok *t, size_t n, size_t i, const char **canon);
static inline size_t lex_document(const struct tok *t, size_t n, size_t i, const char **canon)
{
	return lex_known(t, n, i) ? lex_document_lookup(t, n, i, canon) : 0;
}

/* Roles.  lex_role_word: a word that can be part of a job title ("chief",
 * "deputy", "director", "ceo"...); lex_role_head: a word that can end one.
 * lex_role_canon rewrites a role phrase to its canonical words (ceo ->
 * chief executive; exec -> executive; boss -> manager; ex-adviser and
 * then-adviser -> former adviser ...), in place.  lex_former_prefix: the
 * length of "ex-" or "then-" at the start of folded word w, or 0. */
bool lex_role_word(const char *w);
bool lex_role_head(const char *w);
void lex_role_canon(char *phrase, size_t cap);
size_t lex_former_prefix(const char *w);
/* Honorifics and titles that stand before a name: mr, dr, senator... */
bool lex_honorific(const char *w);
/* The role an abbreviated title before a name stands for ("sen" of
 * "Sen. Kim Lund": "senator"; "gov", "rep", "gen"...), or NULL ("mr",
 * "dr": no role); *plural (when not NULL): a title of several ("sens"). */
const char *lex_title_abbr(const char *w, bool *plural);
/* The number an ordinal word names ("third": 3, "fortieth": 40), or 0. */
int lex_ordinal(const char *w);
/* Do two nouns, by their stems (stem.h), name one kind of thing in
 * news text ("win" and "victori", "death" and "fatal")?  True when equal. */
bool lex_same_noun(const char *a, const char *b);
/* A function word ("the", "about", "would"): never a name, a noun or what
 * a fact is about. */
bool lex_function_word(const char *w);
/* Are the tables that are searched by halving in strict strcmp order?
 * (For the unit tests.) */
bool lex_tables_sorted(void);

/* The number of the folded word w among the words that start a phrase of
 * the phrase tables or are in one of the word sets below (role words,
 * honorifics, not-names, thing heads, function words) (tok.lex:
 * tokens_split sets it for each token, and whoever makes tokens otherwise
 * sets it with this), or 0 when it is none of them.  lex_word_id_len: of
 * w[0..len), len its length. */
uint16_t lex_word_id(const char *w);
uint16_t lex_word_id_len(const char *w, size_t len);

/* The word-set questions above asked of a token's word by its number
 * (tok.lex), with no hashing: lex_tok_role_head(t) is
 * lex_role_head(t->f), and so on, for a token whose lex is
 * lex_word_id(t->f) (t->f NULL: as for ""). */
bool lex_tok_role_head(const struct tok *t);
bool lex_tok_role_word(const struct tok *t);
bool lex_tok_honorific(const struct tok *t);
bool lex_tok_not_name(const struct tok *t);
bool lex_tok_thing_head(const struct tok *t);
bool lex_tok_function_word(const struct tok *t);
/* Is the token's word a month's (a weekday's) in one of date.h's forms
 * (or-ed enum date_form)?  As date_month_word(t->f, ..., forms) != 0
 * (date_weekday_word(...) >= 0), by the token's number. */
bool lex_tok_month(const struct tok *t, unsigned forms);
bool lex_tok_weekday(const struct tok *t, unsigned forms);
/* A word other than a number word, an ordinal, a month or a weekday that a
 * value may be made of ("million", "percent", "yesterday", "noon"), by
 * the token's number. */
bool lex_tok_value_word(const struct tok *t);
/* lex_ordinal(t->f) != 0, by the token's number. */
bool lex_tok_ordinal(const struct tok *t);

/* Make every word table ready for look-ups; once per process (threads may
 * call it together), and before the first comparison. */
void lex_prepare(void);

/* A capitalised word that is never part of a person's name (months,
 * weekdays, pronouns, sentence words...). */
bool lex_not_name(const char *w);
/* A noun that ends the name of a law, a document, a body or a group of
 * people ("act", "resolution", "amendment", "association", "committee",
 * "democrats"): capitalised words just before it name that thing, not a
 * person. */
bool lex_thing_head(const char *w);

/* News outlets: the canonical name of the outlet whose name starts at
 * word i (folded words), and the number of words, or 0. */
size_t lex_outlet_lookup(const struct tok *t, size_t n, size_t i, const char **canon);
static inline size_t lex_outlet(const struct tok *t, size_t n, size_t i, const char **canon)
{
	return lex_known(t, n, i) ? lex_outlet_lookup(t, n, i, canon) : 0;
}
/* US states and big cities: the canonical name of the place whose name
 * starts at word i, and the number of words, or 0. */
size_t lex_place_lookup(const struct tok *t, size_t n, size_t i, const char **canon);
static inline size_t lex_place(const struct tok *t, size_t n, size_t i, const char **canon)
{
	return lex_known(t, n, i) ? lex_place_lookup(t, n, i, canon) : 0;
}
/* The state or country a big city of lex_place lies in (both by their
 * canonical names: "Pittsburgh" -> "Pennsylvania"), or NULL. */
const char *lex_place_within(const char *place);
/* Countries and their adjectives: canonical country name, or 0. */
size_t lex_country_lookup(const struct tok *t, size_t n, size_t i, const char **canon);
static inline size_t lex_country(const struct tok *t, size_t n, size_t i, const char **canon)
{
	return lex_known(t, n, i) ? lex_country_lookup(t, n, i, canon) : 0;
}

#endif
