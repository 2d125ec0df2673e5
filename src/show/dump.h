/*
 * dump.h - what one stage finds, printed plainly for --dump=STAGE: each
 * report's paragraphs with their kinds, its sentences with their byte
 * offsets, or the facts, typed values and events it states before they
 * are lined up, or how the reports describe what they name.  For reading
 * and for tests, not a stable format (the report is that).
 *
 * Owns: nothing; the story and comparison stay the caller's.
 * Depends on: story.h and article.h (paragraphs), compare.h, facts.h,
 * claims.h, events.h, naming.h and lexicon.h (sentences, facts, claims,
 * events, names and their labels).
 *
 * Texts are printed as stored: they were sanitised at load.  A write
 * error shows in ferror(out), which the caller checks.
 */
#ifndef ND_DUMP_H
#define ND_DUMP_H

#include <stdio.h>

#include "analyse/compare.h"
#include "load/story.h"

/* Each report's metadata, then one line per paragraph: "[kind] text". */
void dump_paragraphs(const struct story *s, FILE *out);

/* One line per sentence: "[start-end] text". */
void dump_sentences(const struct comparison *c, FILE *out);

/* One line per fact each report states: people, counts, quotes, outlets,
 * documents, places, terms, outcomes. */
void dump_facts(const struct comparison *c, FILE *out);

/* One line per typed value each report states (claims.h): its type, the
 * value as written, qualifier, what it counts, modality and the words
 * next to it. */
void dump_claims(const struct comparison *c, FILE *out);

/* One line per event each report states (events.h): who or what, the
 * verb and object stems it is keyed by, then the words as written, with
 * "not" and its modality when it has them. */
void dump_events(const struct comparison *c, FILE *out);

/* Each name two reports or more write (naming.h), then one line per
 * report that names it: how often, and each description with its count. */
void dump_names(const struct comparison *c, FILE *out);

#endif
