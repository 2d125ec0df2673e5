/*
 * facts.h - find the facts one report states: people (with title, role,
 * organisation and what happened to them), counts (number, qualifier, what
 * is counted and the event), direct quotations with their speaker, news
 * outlets and the part they play, places and outcomes.
 *
 * Owns: nothing; everything it finds is written to the caller's arena and
 * points into the article's text by byte offset.
 * Depends on: article.h, sentence.h, lexicon.h, qdiff.h, arena.h, text.h,
 * date.h.
 * Must not depend on curses, curl or libxml2.
 *
 * Every rule reads the shape of English news text and the word lists of
 * lexicon.c; none names a particular story's people, companies or numbers.
 * Only content paragraphs are read (sentences never come from furniture).
 */
#ifndef ND_FACTS_H
#define ND_FACTS_H

#include <stdbool.h>
#include <stdint.h>

#include "base/arena.h"
#include "base/error.h"
#include "load/article.h"
#include "analyse/lexicon.h"
#include "analyse/qdiff.h"
#include "analyse/sentence.h"
#include "analyse/tokens.h"

/* Where something is stated: a sentence and a span inside it. */
struct where {
	uint32_t sent;          /* index into the report's sentences */
	uint32_t start, end;    /* bytes of article.text */
};

/* Relations between people that reports give instead of a name. */
enum relation { REL_NONE, REL_MANAGER_OF };

/* One person as one report presents them. */
struct person {
	const char *name;       /* fullest form written ("First Last"); NULL if unnamed */
	const char *surname;    /* folded last name; NULL if unnamed */
	const char *first;      /* folded first name, or NULL */
	const char *variant;    /* another spelling of the surname in the report */
	struct where variant_at;
	unsigned variant_mentions; /* how often the variant is written */
	struct where first_at;  /* first mention */
	unsigned mentions;
	bool cued;              /* a title, role or reporting verb came with it */
	const char *role;       /* canonical role words ("chief executive"), or NULL;
				 * an abbreviated title is the role it stands for
				 * ("Sen.": "senator"; "Sens." of each name of the
				 * list it heads); "pick" or "nominee" after
				 * it makes it a nominee's ("secretary nominee") */
	const char *role_text;  /* the role as written; a title of several
				 * ("Sens.") is written as the title of one
				 * ("Senator"), capitalised role words before an
				 * abbreviated title are in it ("Deputy Attorney
				 * Gen.": "deputy attorney general") */
	const char *org;        /* organisation stated with the role, as written */
	bool org_first;         /* written just before the role ("EPA Administrator") */
	bool org_inside;        /* role_text holds it ("former FBI director") */
	struct where role_at;
	enum event_class fate;  /* dismissed, resigned, left, ... or NONE */
	const char *fate_text;
	struct where fate_at;
	const char *fate_when;  /* the date given with the fate, as written */
	const char *fate_date;  /* YYYY-MM-DD, or NULL when it cannot be worked out */
	struct where when_at;
	const char *place;      /* canonical country given with the person */
	enum relation rel;      /* for unnamed people: "his manager" */
	int rel_to;             /* index of the person the relation points at */
};

/* A count. */
struct quantity {
	double value;           /* NAN when there is no number */
	enum qual qual;
	enum noun_class noun;
	enum event_class event;
	bool agent;             /* the counted do the event (employees who tracked) */
	const char *text;       /* as written ("at least six members of staff") */
	const char *note;       /* how a list or a pronoun was counted, or NULL */
	struct where at;
};

/* A direct quotation, possibly over several paragraphs. */
struct quote {
	const char *text;       /* the quoted words, as written (joined with " ") */
	struct where at;        /* the first sentence; span = the quotation's bytes */
	int speaker;            /* index into persons, or -1 */
	int joint[3];           /* others who speak with the speaker (a joint
				 * statement, "A and B said"), indexes into persons */
	unsigned njoint;
	const char *speaker_text; /* as written ("a spokesperson", "he"), or NULL */
	struct qwords words;    /* the words of text (qdiff_words), found with
				 * the report's facts so that lining up the
				 * quotations does not split them again */
	uint64_t *hashes;       /* text_hash of each word's folded form */
};

enum org_part { ORG_MENTIONED, ORG_EMPLOYER, ORG_SOURCE };

/* A news outlet named in the report and the part it plays. */
struct outlet_ref {
	const char *name;       /* canonical */
	enum org_part part;
	struct where at;
};

/* A document the report rests on ("court documents", "a statement"). */
struct document_ref {
	const char *kind;       /* canonical */
	struct where at;
};

/* Where a group of people is based. */
struct place_ref {
	enum noun_class group;
	const char *country;    /* canonical */
	struct where at;
};

/* Whether the effort at the heart of the story worked. */
struct outcome_ref {
	bool success;
	const char *text;
	struct where at;
};

/* A technical term: an acronym and the noun after it ("SMS messages"),
 * with a name before the acronym ("the Northway HX pipeline"); a numbered
 * part of a law ("Section 230", "Title IX", "the 25th Amendment"). */
struct term_ref {
	const char *key;        /* folded, noun without its plural ending */
	const char *text;       /* as written */
	struct where at;
	bool marked;            /* two or three words the report marks as a
				 * name: in quotation marks ("a "working
				 * visit"") or after "so-called"; other reports
				 * use it unmarked too */
};

/* Where a person is named (in full or by surname alone): the words of a
 * sentence, as tokens of toks[sent]. */
struct name_ref {
	int person;             /* index into people */
	uint32_t sent;
	uint32_t first, last;   /* token indexes, inclusive */
};

struct report_facts {
	uint32_t art;
	struct tokens *toks;         /* each sentence as tokens (tokens.h), as the
				      * rules read it; the claims read it too */
	size_t ntoks;                /* the number of sentences */
	struct person *people;       size_t npeople;
	struct quantity *counts;     size_t ncounts;
	struct quote *quotes;        size_t nquotes;
	struct outlet_ref *outlets;  size_t noutlets;
	struct document_ref *docs;   size_t ndocs;
	struct place_ref *places;    size_t nplaces;
	struct outcome_ref *outcomes; size_t noutcomes;
	struct term_ref *terms;      size_t nterms;
	struct name_ref *names;      size_t nnames;
	struct name_ref *subjects;   size_t nsubjects; /* "he", "she" linked to
						       * one person (a pronoun
						       * only one person fits) */
};

/* Can a and b, with one surname, be one person by their first names?
 * The same first name (or none given), one letter off in five or more
 * ("Donlad"), or the first name of one written inside the other's name
 * ("Attorney Generel Kim Lund": a title the rules did not know). */
bool facts_first_names_fit(const struct person *a, const struct person *b);

/* Find the facts of report a (index art in the story), whose sentences
 * are s.  Everything is allocated in arena. */
enum nd_err facts_extract(const struct article *a, uint32_t art,
			  const struct sentences *s, struct arena *arena,
			  struct report_facts *out);

#endif
