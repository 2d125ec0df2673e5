/*
 * para.h - the paragraphs of a report: their kinds (body, headline,
 * standfirst, dateline, byline, furniture) and the table of furniture
 * rules that say why a paragraph is page furniture.
 *
 * Owns: nothing; types, and what a kind means (para.c).  The article owns
 * its paragraph array.
 * Depends on: nothing but libc headers.
 *
 * These types sit below both the article (which splits its text into
 * paragraphs) and the furniture rules (which classify them), so that the
 * article can call the rules without the rules knowing the article.
 */
#ifndef ND_PARA_H
#define ND_PARA_H

#include <stdbool.h>
#include <stddef.h>

enum para_kind {
	PARA_BODY,
	PARA_HEADLINE,
	PARA_STANDFIRST,
	PARA_DATELINE,
	PARA_BYLINE,
	PARA_FURNITURE,
};

/* X(NAME, label, starts_tail): why a paragraph is page furniture.  A rule
 * that starts the tail makes every later paragraph furniture too, when it
 * stands in the latter part of the report (see furniture.c). */
#define ND_FURNITURE_RULES(X)                                     \
	X(NONE, "", false)                                        \
	X(ADVERT, "advert", false)                                \
	X(SECTION, "section label", false)                        \
	X(AGE_NOTICE, "age notice", false)                        \
	X(PHOTO_CREDIT, "photo credit", false)                    \
	X(SHARE, "share bar", false)                              \
	X(TAGS, "topic list", false)                              \
	X(OUTREACH, "request for comment", false)                 \
	X(BIO, "author bio", false)                               \
	X(TIP, "send-us-news prompt", true)                       \
	X(RELATED, "related stories", true)                       \
	X(COMMENTS, "comment form", true)                         \
	X(COPYRIGHT, "copyright line", true)                      \
	X(APPEAL, "appeal", true)                                 \
	X(AUTHOR_BOX, "author box", true)                         \
	X(TAIL, "after the end of the article", false)

enum furn_rule {
#define ND_FURN_ENUM(name, label, tail) FURN_##name,
	ND_FURNITURE_RULES(ND_FURN_ENUM)
#undef ND_FURN_ENUM
	FURN__COUNT
};

struct para {
	size_t start;          /* byte offset into the text it was split from */
	size_t len;            /* bytes, without the trailing newline */
	enum para_kind kind;
	enum furn_rule rule;   /* FURN_NONE unless kind is PARA_FURNITURE */
};

/*
 * A text already split into paragraphs, as the furniture rules read it.
 * Every field is lent by its owner (the article): nothing here is copied
 * or freed.
 */
struct para_text {
	const char *text;
	struct para *paras;    /* kind and rule are written by the rules */
	size_t npara;
	const char *title;     /* the report's title, "" when unknown */
};

/* True for paragraphs that later analysis reads (not furniture, dateline
 * or byline). */
bool para_is_content(const struct para *p);

/* A short label of the paragraph's kind or furniture rule (static
 * storage). */
const char *para_label(const struct para *p);

#endif
