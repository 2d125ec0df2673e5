/*
 * lineup.h - line up the claims of several reports (claims.h) into rows:
 * counts, money, percentages, measures, ages, durations, ordinals, vote
 * tallies, years, dates and times, one row per thing stated, with a
 * verdict that compares the values by type.
 *
 * Owns: nothing; rows, cells and their strings are written to the
 * caller's arena.
 * Depends on: rows.h, claims.h (and the people each claim's sentence
 * names), values.h, sentence.h, story.h, arena.h, lexicon.h (function
 * words), date.h (month names), text.h, vec.h, pool.h (the pairs scored on
 * threads).
 *
 * Rules (lineup.c):
 *   - two claims of different reports may be the same fact only when they
 *     have the same type (a year and a date count as one: "2017" and
 *     "January 2017" can both be true) and unit, count or measure the same noun (same
 *     stem; money goes by the words around it, not by its noun; shares of
 *     groups named with a word in common, "caucus voters" and
 *     "caucus-goers", when their values fit), and
 *     their sentences share words (stems; a year written in both counts
 *     as one): with equal values, two stems of the sentence and one near
 *     the value (an exact date or an amount in digits: one of each, or
 *     three of the sentence); with values that fit together and are each
 *     the only one of their kind (type, unit, noun) in their report, one
 *     word; with other values that fit, two stems and one near (a date or
 *     a year: more); with different values, half their stems and two near
 *     the value, and never when each sentence names something (a
 *     capitalised word outside the value) the other does not; a date, a
 *     year, a time or a place never in sentences that each name people,
 *     none of them named in the other ("Roe said on Friday", "Lund will
 *     speak on Friday": two events), nor a day to come and one its words
 *     say is gone, of different values ("will meet Monday", "met last
 *     Wednesday"); days of a
 *     month in reports with no date ("March 13", "March 19") compare by
 *     their words; a day written out with its year in both ("Jan. 15,
 *     2015", "January 15, 2015") lines up on that alone; the same day in
 *     two attributed sentences past the ledes that name one person and
 *     share three stems ("Roe said in a statement on Tuesday", "Roe said
 *     in a call with reporters Tuesday") lines up; the one day to
 *     come each report gives, one holding the other ("in September", "on
 *     1 September"), on one shared word, or none when neither sentence
 *     names something the other does not; one figure in digits of ten or
 *     more (money, a share, a count, a measure) that each report gives
 *     once in its bucket ("a minimum of $10,000", "up to $10,000"), on
 *     none; the one amount of a thing each report gives for one year,
 *     written just after it with "in" or "by" ("54 mpg by 2025", "46.7
 *     mpg projected in 2025"), on three shared stems whatever its other
 *     amounts (unclear unless strongly alike);
 *   - the same count or ordinal of things named differently ("35 Danish
 *     pilots", "35 Danish sailors") lines up when the two nouns share a
 *     describing word and the sentences three stems, one near the value;
 *     such pairs join after those of one noun;
 *   - two exact counts of different things joined by "and" ("19
 *     Democrats and 21 Republicans") are also their total, which lines up
 *     only with an exact count of that number in another report ("40
 *     senators") whose sentence shares three stems with its, one near the
 *     values; such pairs join last, and a total alone is no row;
 *   - candidate pairs are taken best first (most shared stems); a pair
 *     joins two groups only when no report would then have two claims in
 *     one row.  The order of the files never changes the rows;
 *   - verdicts: the same value -> agree (of things named differently,
 *     unless the nouns name one thing in news text, "win" and "victory":
 *     lex_same_noun;
 *     or one date whose words give more in one report than in the other,
 *     "Tuesday, Jan. 9" and "Tuesday", or a total against the sum of its
 *     parts: partial); values that can both be true ("at least 4" and "6", a
 *     month and a day in it, "40" and "40.4": the less precise number
 *     rounded to its last digit) -> partial, unless one report's least
 *     is another's most ("a minimum of $10,000", "up to $10,000", both
 *     alike in modality) -> disagree; values that cannot ->
 *     disagree only when both claims are stated or attributed (not
 *     hedged, negated, demanded or hypothetical; or both hedged by one
 *     word, "would reportedly"), their sentences share
 *     most of their words (or, for the only vote tally of each report,
 *     two words, one next to the tally: "passed 4-1", "Passed by a vote
 *     of 8-1") and neither names something the other does
 *     not; otherwise unclear.  A report alone -> single: a row only for a
 *     firm count, amount, share, tally or measure, or a day still to come
 *     with its month and day written ("until April 7").
 *   - the day each report gives in its first two sentences after the
 *     headline (its lede) lines up with the same day in another lede when
 *     their sentences share a word: the day of the story's news; a row
 *     of ledes' days only asks "the day each report opens with", since
 *     two reports may lead with different events of that day;
 *   - claims already answered by another rule (their span inside a cell
 *     of the rows given) are left out, but for those inside a quotation
 *     only one report gives, whose words no row compares: they line up
 *     like any other, yet never make a value of their report's own text
 *     less alone.
 */
#ifndef ND_LINEUP_H
#define ND_LINEUP_H

#include <stddef.h>

#include "base/arena.h"
#include "base/error.h"
#include "load/story.h"
#include "analyse/claims.h"
#include "analyse/rows.h"
#include "analyse/sentence.h"

/* Line up claims[i] (of s->arts[i], sentences sents[i]) and append the
 * rows to *rows (n *nrows, capacity *cap, in arena).  The rows already in
 * *rows mark what is taken.  The pairs of claims are scored on up to
 * threads threads (pool.h) when there are many; the rows are the same
 * whatever the threads. */
enum nd_err lineup_rows(const struct story *s, const struct sentences *sents,
			const struct report_claims *claims, struct arena *arena,
			struct row **rows, size_t *nrows, size_t *cap, unsigned threads);

#endif
