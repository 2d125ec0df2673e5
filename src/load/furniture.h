/*
 * furniture.h - tell page furniture (adverts, comment forms, author bios,
 * copyright lines, topic lists, appeals...) and the headline, standfirst,
 * dateline and byline apart from the body of a report.
 *
 * Owns: nothing; it sets kind and rule on paragraphs lent to it.
 * Depends on: para.h, text.h.  Not on article.h: the article calls these
 * rules, so they must not know the article.
 *
 * Every rule is general: it looks at the shape and stock phrases of page
 * furniture, never at a particular outlet.  The phrase table is in
 * furniture.c, one row per phrase, easy to extend.
 */
#ifndef ND_FURNITURE_H
#define ND_FURNITURE_H

#include <stdbool.h>
#include <stddef.h>

#include "load/para.h"

/* Classify every paragraph of a (which must have been split). */
void furniture_classify(struct para_text *a);

/* The single-paragraph furniture rule that matches text, or FURN_NONE.
 * Exposed so that each rule can be tested on its own. */
enum furn_rule furniture_match(const char *text, size_t len);

/* True when text is a dateline: a short line holding a date. */
bool furniture_is_dateline(const char *text, size_t len);

/* True when the rule makes the rest of a report furniture. */
bool furniture_starts_tail(enum furn_rule rule);

#endif
