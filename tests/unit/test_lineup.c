/* Unit tests: typed values lined up across invented reports (claims.c,
 * lineup.c through compare_story): the same value agrees, a conflicting
 * one stated plainly disagrees, a hedged one is unclear, and a changed
 * copy gets exactly the changed fact flagged; and copies of one sentence
 * compared word by word (wire.c). */
#define _GNU_SOURCE 1  /* asprintf */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "analyse/claims.h"
#include "analyse/compare.h"
#include "analyse/events.h"
#include "load/story.h"

struct fx {
	char dir[64];
	char paths[4][96];
	struct story s;
	struct comparison c;
	bool loaded;
};

static void fx_clear(struct fx *x)
{
	if (x->loaded) {
		comparison_release(&x->c);
		story_release(&x->s);
		x->loaded = false;
	}
	for (int i = 0; i < 4; i++)
		if (x->paths[i][0]) {
			remove(x->paths[i]);
			x->paths[i][0] = '\0';
		}
	if (x->dir[0]) {
		rmdir(x->dir);
		x->dir[0] = '\0';
	}
}

static int setup(void **state)
{
	struct fx *x = calloc(1, sizeof *x);
	*state = x;
	return x ? 0 : -1;
}

static int teardown(void **state)
{
	fx_clear(*state);
	free(*state);
	return 0;
}

/* Compare n invented reports (bodies; each gets an outlet and, unless
 * undated, a date). */
static const struct comparison *compare_outlets(void **state, const char *const *outlets,
						const char *const *bodies, size_t n, bool undated);

static const struct comparison *compare_with(void **state, const char *const *bodies, size_t n,
					     bool undated)
{
	return compare_outlets(state, NULL, bodies, n, undated);
}

/* As compare_with, the reports' outlets named (NULL: "Ledger 1" ...). */
static const struct comparison *compare_outlets(void **state, const char *const *outlets,
						const char *const *bodies, size_t n, bool undated)
{
	struct fx *x = *state;
	fx_clear(x);
	snprintf(x->dir, sizeof x->dir, "/tmp/nd-lineup-XXXXXX");
	assert_non_null(mkdtemp(x->dir));
	char *paths[4];
	for (size_t i = 0; i < n; i++) {
		snprintf(x->paths[i], sizeof x->paths[i], "%s/%zu.txt", x->dir, i + 1);
		FILE *f = fopen(x->paths[i], "w");
		assert_non_null(f);
		if (outlets)
			fprintf(f, "Outlet: %s\n", outlets[i]);
		else
			fprintf(f, "Outlet: Ledger %zu\n", i + 1);
		fprintf(f, "Title: Harbour report\nDate: %s\n\n%s\n", undated ? "" : "2031-04-09",
			bodies[i]);
		fclose(f);
		paths[i] = x->paths[i];
	}
	assert_int_equal(story_load(&x->s, paths, n), ND_E_OK);
	assert_int_equal(compare_story(&x->s, &x->c), ND_E_OK);
	x->loaded = true;
	return &x->c;
}

static const struct comparison *compare_texts(void **state, const char *const *bodies, size_t n)
{
	return compare_with(state, bodies, n, false);
}

/* The row with a cell whose value is want for report art, or NULL. */
static const struct row *row_with(const struct comparison *c, uint32_t art, const char *want)
{
	for (size_t i = 0; i < c->nrows; i++)
		for (size_t k = 0; k < c->rows[i].ncells; k++)
			if (c->rows[i].cells[k].art == art && strcmp(c->rows[i].cells[k].value, want) == 0)
				return &c->rows[i];
	return NULL;
}

static size_t flagged(const struct comparison *c)
{
	size_t n = 0;
	for (size_t i = 0; i < c->nrows; i++)
		n += c->rows[i].verdict == VERDICT_DISAGREE || c->rows[i].verdict == VERDICT_PARTIAL;
	return n;
}

static void same_count_agrees(void **state)
{
	static const char *const t[] = {
		"The council approved 14 new ferry berths at the northern quay on Monday.",
		"On Monday the council approved 14 new ferry berths for the quay.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 0, "14 new ferry berths");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_AGREE);
	assert_non_null(strstr(r->question, "berths"));
	/* the words of an attribution before "that" are not what a number
	 * is of: the question takes the words after it */
	static const char *const u[] = {
		"Lundco told reporters on Friday that 14 ferry berths had been closed at the "
		"northern quay.",
		"The council said 14 ferry berths had been closed at the northern quay on Friday.",
	};
	c = compare_texts(state, u, 2);
	r = row_with(c, 0, "14 ferry berths");
	assert_non_null(r);
	assert_null(strstr(r->question, "told"));
	assert_non_null(strstr(r->question, "closed"));
}

static void different_count_stated_disagrees(void **state)
{
	static const char *const t[] = {
		"The council approved 14 new ferry berths at the northern quay on Monday.",
		"The council approved 18 new ferry berths at the northern quay on Monday.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 0, "14 new ferry berths");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_DISAGREE);
	/* the reason names both values */
	assert_non_null(strstr(r->why, "14 new ferry berths"));
	assert_non_null(strstr(r->why, "18 new ferry berths"));
	assert_int_equal(flagged(c), 1);
}

static void hedged_count_is_unclear(void **state)
{
	static const char *const t[] = {
		"The council approved 14 new ferry berths at the northern quay on Monday.",
		"The council may have approved 18 new ferry berths at the northern quay on Monday.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 1, "18 new ferry berths");
	assert_non_null(r);
	assert_int_not_equal(r->verdict, VERDICT_DISAGREE);
	if (r->ncells == 2)
		assert_int_equal(r->verdict, VERDICT_UNCLEAR);
}

static void compatible_amounts_are_partial(void **state)
{
	static const char *const t[] = {
		"The harbour board said repairs to the breakwater would cost at least $40 million "
		"over three years.",
		"Repairs to the breakwater will cost $46 million over three years, the harbour board "
		"said.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 0, "at least $40 million");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_PARTIAL);
}

/* "Tuesday" in a report dated 2031-04-09 is 2031-04-08, the day another
 * report writes out: the same day, given more fully by one report
 * (partial); two reports that both write it out agree. */
static void weekday_and_date_are_one_day(void **state)
{
	static const char *const t[] = {
		"The ferry Nordlys ran aground off Brenmouth on Tuesday, the harbour authority said.",
		"The ferry Nordlys ran aground off Brenmouth on April 8, the harbour authority said.",
		"The ferry Nordlys ran aground off Brenmouth on Tuesday, April 8, the harbour "
		"authority said.",
	};
	const struct comparison *c = compare_texts(state, t, 3);
	const struct row *r = row_with(c, 1, "April 8");
	assert_non_null(r);
	assert_int_equal(r->ncells, 3);
	assert_int_equal(r->verdict, VERDICT_PARTIAL);
	assert_string_equal(r->why, "the same date, given more fully by one report");
	c = compare_texts(state, t + 1, 2);
	r = row_with(c, 0, "April 8");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_AGREE);
}

/* The only amount of money in each report, fitting together, is one fact
 * however differently the sentences put it; amounts far apart are not
 * "compatible" because an open bound allows both. */
static void lone_amounts_and_far_amounts(void **state)
{
	static const char *const t[] = {
		"Those who win in court can collect at least $10,000 from each defendant.",
		"A plaintiff who brings such a claim to court would receive $10,000 or more.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 0, "at least $10,000");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	static const char *const u[] = {
		"The harbour debt now stands at $17 billion after the storm years.",
		"The new plan would raise harbour spending by more than $8 million over ten years.",
	};
	c = compare_texts(state, u, 2);
	assert_int_equal(flagged(c), 0);
	static const char *const w[] = {
		"About 5,200 harbour workers are on duty at the quays this week.",
		"Nearly 6,000 harbour workers are on duty at the quays this week, the union said.",
	};
	c = compare_texts(state, w, 2);
	r = row_with(c, 0, "About 5,200 harbour workers");
	assert_non_null(r);
	assert_int_not_equal(r->verdict, VERDICT_PARTIAL);
	assert_int_not_equal(r->verdict, VERDICT_AGREE);
}

/* Unrelated numbers of one noun are not lined up at all. */
static void unrelated_counts_stay_apart(void **state)
{
	static const char *const t[] = {
		"Divers found 12 containers near the wreck after the storm passed.",
		"The shipping line has ordered 40 containers for its new route to the islands.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	assert_int_equal(flagged(c), 0);
	const struct row *r = row_with(c, 0, "12 containers");
	assert_true(r == NULL || r->ncells == 1);
}

/* "Nine Democrats joined" counts Democrats: a number word opens no
 * name; the same amount of money lines up whatever noun follows it; the
 * same number of one thing lines up in sentences sharing words. */
static void same_amounts_in_other_words(void **state)
{
	static const char *const t[] = {
		"Nine harbour pilots joined the strike on Monday. The board voted for a $400,000 "
		"dredging programme. The ban on night sailing starts after six weeks of notice.",
		"Nine pilots joined the strike at the harbour. The board made $400,000 available, "
		"it said, and ordered a ban on night sailing for six weeks.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 1, "Nine pilots");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_AGREE);
	r = row_with(c, 1, "$400,000 available");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_AGREE);
	r = row_with(c, 1, "six weeks");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(flagged(c), 0);
	for (size_t i = 0; i < c->nrows; i++)
		assert_null(strstr(c->rows[i].question, "who is Nine"));
}

/* Shares of two named places are not one fact told two ways. */
static void values_of_other_places_do_not_conflict(void **state)
{
	static const char *const t[] = {
		"Fishing families make up about 21 percent of the population in Brenmouth.",
		"Fishing families make up 30 percent of the population in Nordhaven.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	for (size_t i = 0; i < c->nrows; i++)
		assert_int_not_equal(c->rows[i].verdict, VERDICT_DISAGREE);
	static const char *const u[] = {
		"Fishing families make up about 21 percent of Brenmouth's population.",
		"Fishing families make up 30 percent of Brenmouth's population.",
	};
	c = compare_texts(state, u, 2);
	const struct row *r = row_with(c, 1, "30 percent of Brenmouth");
	assert_non_null(r);
	assert_int_equal(r->verdict, VERDICT_DISAGREE);
}

/* The one count of a thing in each report, in sentences sharing words,
 * is one row: a third report that differs is shown beside the two that
 * agree (unclear unless the sentences say more), never silent. */
static void the_one_count_of_a_thing_in_each_report(void **state)
{
	static const char *const t[] = {
		"The carmaker said it knew of 14 crashes and three injuries linked to the problem.",
		"According to documents filed with regulators, the problem has been linked to 14 "
		"crashes and 3 injuries.",
		"Lundco Motors will recall more than 330,000 Ranger cars over a brake hose defect "
		"that has caused 14 crashes and four injuries, the automaker said on Monday.",
	};
	const struct comparison *c = compare_texts(state, t, 3);
	const struct row *r = row_with(c, 2, "four injuries");
	assert_non_null(r);
	assert_int_equal(r->ncells, 3);
	assert_int_not_equal(r->verdict, VERDICT_AGREE);
	/* not people in general: those who lost power and those who fled
	 * are two counts */
	static const char *const u[] = {
		"The storm hit the coast on Monday, officials said. About 40,000 people lost power.",
		"The storm left 300 homes without power on Monday and 2,000 people fled.",
	};
	c = compare_texts(state, u, 2);
	r = row_with(c, 1, "2,000 people");
	assert_true(r == NULL || r->ncells == 1);
}

/* Counts of people: each pair of exact numbers is weighed, whatever the
 * order of the reports ("1.5 million" rounds 1,512,000 and 1,480,000,
 * but those two conflict). */
static void counts_weighed_pair_by_pair(void **state)
{
	static const char *const orders[3][3] = {
		{ "1.5 million", "1,512,000", "1,480,000" },
		{ "1,512,000", "1.5 million", "1,480,000" },
		{ "1,512,000", "1,480,000", "1.5 million" },
	};
	for (size_t o = 0; o < 3; o++) {
		char t[3][128];
		const char *b[3];
		for (size_t i = 0; i < 3; i++) {
			snprintf(t[i], sizeof t[i], "Officials said %s people were evacuated from the "
				 "coast on Monday.", orders[o][i]);
			b[i] = t[i];
		}
		const struct comparison *c = compare_texts(state, b, 3);
		char v0[64];
		snprintf(v0, sizeof v0, "%s people", orders[o][0]);
		const struct row *r = row_with(c, 0, v0);
		assert_non_null(r);
		assert_int_equal(r->ncells, 3);
		assert_int_equal(r->verdict, VERDICT_DISAGREE);
	}
}

/* An age in apposition to a name is that person's: one row per person
 * ("how old is Haller"), the same person's two ages a disagreement, two
 * people's ages never one row. */
static void ages_are_each_persons(void **state)
{
	static const char *const t[] = {
		"Peter Haller, 45, and his brother-in-law Jonas Frei, 52, were flown to hospital.",
		"Jonas Frei, 52, and Peter Haller, 46, were airlifted off the glacier on Monday.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 1, "46");
	assert_non_null(r);
	assert_string_equal(r->question, "how old is Haller");
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_DISAGREE);
	r = row_with(c, 1, "52");
	assert_non_null(r);
	assert_string_equal(r->question, "how old is Frei");
	assert_int_equal(r->verdict, VERDICT_AGREE);
	/* two people of one surname are two people */
	static const char *const u[] = {
		"The driver, John Smith, 45, was taken to hospital with head injuries.",
		"A passenger, Mary Smith, 43, said she had asked the driver to slow down.",
	};
	c = compare_texts(state, u, 2);
	r = row_with(c, 1, "43");
	assert_true(r == NULL || r->ncells == 1);
}

/* Two ranges written out that differ are never "can both be true"; when
 * they overlap the number may lie in both (unclear), when they do not
 * they conflict. */
static void two_different_ranges_are_no_fit(void **state)
{
	static const char *const t[] = {
		"The harbour board opened the ferry to children aged 4 to 17 on Monday.",
		"The harbour board opened the ferry to children aged 4 to 12 on Monday.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 1, "4 to 12");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_UNCLEAR);
	/* with little in common but the ranges, still one row, never two
	 * facts each report is silent on */
	static const char *const w[] = {
		"Researchers followed 78,430 adults aged 40 to 79 for an average of 9.5 years.",
		"The study tracked 78,430 people aged 40 to 69 for nine and a half years.",
	};
	c = compare_texts(state, w, 2);
	r = row_with(c, 1, "40 to 69");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	static const char *const u[] = {
		"The landslide buried 30 to 40 homes on Monday, officials said.",
		"The landslide buried 50 to 60 homes on Monday, officials said.",
	};
	c = compare_texts(state, u, 2);
	r = row_with(c, 1, "50 to 60 homes");
	assert_non_null(r);
	assert_int_equal(r->verdict, VERDICT_DISAGREE);
}

/* One figure in two currencies, in sentences saying the same, is one
 * row, unclear (no rate is known), not two rows each report is silent
 * on; another figure in another currency stays apart. */
static void one_figure_in_two_currencies_is_unclear(void **state)
{
	static const char *const t[] = {
		"The harbour board approved \xe2\x82\xac" "4 million for the new quay on Monday, officials said.",
		"The harbour board approved $4 million for the new quay on Monday, officials said.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 1, "$4 million");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_UNCLEAR);
	assert_non_null(strstr(r->why, "two currencies"));
	static const char *const u[] = {
		"The harbour board approved \xe2\x82\xac" "4 million for the new quay on Monday, officials said.",
		"The harbour board approved $4.4 million for the new quay on Monday, officials said.",
	};
	c = compare_texts(state, u, 2);
	r = row_with(c, 1, "$4.4 million");
	assert_non_null(r);
	assert_int_equal(r->ncells, 1);
	/* a conflict within one currency stands beside a third report's
	 * other currency */
	static const char *const w[] = {
		"The harbour board approved $4 million for the new quay on Monday, officials said.",
		"The harbour board approved $5 million for the new quay on Monday, officials said.",
		"The harbour board approved \xe2\x82\xac" "4 million for the new quay on Monday, officials said.",
	};
	c = compare_texts(state, w, 3);
	r = row_with(c, 1, "$5 million");
	assert_non_null(r);
	assert_int_equal(r->verdict, VERDICT_DISAGREE);
}

/* A number rounded to its last digit is the other said less precisely;
 * two numbers written to the same digit are not. */
static void a_rounded_number_is_partial(void **state)
{
	static const char *const t[] = {
		"The new ferries must reach 40 miles per gallon by 2030, the harbour board said.",
		"The new ferries must reach 40.4 miles per gallon by 2030, the harbour board said.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 1, "40.4 miles per gallon");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_PARTIAL);
	/* and the reason says so, naming both */
	assert_non_null(strstr(r->why, "one may be the other rounded: "));
	assert_non_null(strstr(r->why, "says 40 miles per gallon"));
	static const char *const u[] = {
		"The new ferries must reach 40 miles per gallon by 2030, the harbour board said.",
		"The new ferries must reach 41 miles per gallon by 2030, the harbour board said.",
	};
	c = compare_texts(state, u, 2);
	r = row_with(c, 1, "41 miles per gallon");
	assert_non_null(r);
	assert_int_equal(r->verdict, VERDICT_DISAGREE);
	/* past half a digit is no rounding */
	static const char *const h[] = {
		"The new ferries must reach 40 miles per gallon by 2030, the harbour board said.",
		"The new ferries must reach 40.6 miles per gallon by 2030, the harbour board said.",
	};
	c = compare_texts(state, h, 2);
	r = row_with(c, 1, "40.6 miles per gallon");
	assert_non_null(r);
	assert_int_not_equal(r->verdict, VERDICT_PARTIAL);
}

/* The same share in sentences that share little but the year it is for
 * ("a cut of 1.9 percent in 2031" and "reduce ... by 1.9 percent in
 * 2031") is one fact. */
static void a_year_is_shared_context(void **state)
{
	static const char *const t[] = {
		"That would mean a cut of 1.9 percent in 2031 for the ferry operators.",
		"The board proposed to reduce harbour fees by 1.9 percent in 2031.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 1, "1.9 percent");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_AGREE);
}

/* "Lund's 2029 rival" and "a 2029 Lund Tower meeting" name two things
 * by one year: never one row, not even through a third report's "June
 * 2029" that each would line up with alone. */
static void a_year_naming_two_things(void **state)
{
	static const char *const t[] = {
		"The questions also show the inquiry wants to find out what Kim Lund knew about "
		"links between members of his campaign and Brenland, including a June 2029 "
		"meeting at Lund Tower with a Brenish lawyer offering damaging information on "
		"election rival Ada Roe, the Ledger said.",
		"The Lund administration has sharply criticized the inquiry, as several of its "
		"lawyers donated to campaigns, including to Lund's 2029 rival, Ada Roe.",
		"They deal chiefly with the firing of the harbour director, his treatment of the "
		"harbour master and a 2029 Lund Tower meeting between campaign officials and "
		"Brenish pilots offering dirt on Ada Roe.",
	};
	const struct comparison *c = compare_texts(state, t, 3);
	const struct row *meeting = row_with(c, 2, "2029 Lund Tower meeting");
	assert_non_null(meeting);
	assert_ptr_not_equal(meeting, row_with(c, 1, "2029 rival"));
}

/* The same day with a word of the event next to it in both lines up;
 * the same weekday of two other events does not. */
static void the_same_day_of_one_event(void **state)
{
	static const char *const t[] = {
		"Harbour pilots went on strike last month. The quays were empty. Friday's "
		"announcement will help the board decide the fees for ferry operators.",
		"Harbour pilots went on strike last month. The quays were empty. The announcement "
		"late Friday is likely to worry ferry operators and their crews.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 1, "Friday");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_AGREE);
	static const char *const u[] = {
		"Harbour pilots went on strike last month. The mayor opened a school on Friday.",
		"Harbour pilots went on strike last month. Divers found a wreck off the cape on "
		"Friday.",
	};
	c = compare_texts(state, u, 2);
	r = row_with(c, 1, "Friday");
	assert_true(r == NULL || r->ncells == 1);
}

/* The same number of things named differently but described with a
 * word in common, in sentences sharing words, is one fact (partial);
 * the same number of unrelated things is not. */
static void the_same_number_named_differently(void **state)
{
	static const char *const t[] = {
		"The board hit the ferry line with fines that included expelling 35 Danish "
		"harbour pilots and closing two Danish depots at the port.",
		"The board announced fines on the ferry line, the expulsion of 35 Danish "
		"sailors and the closing of two Danish warehouses at the port.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 1, "35 Danish sailors");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_PARTIAL);
	r = row_with(c, 1, "two Danish warehouses");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	/* words that name one kind of thing ("sites", "facilities") agree */
	static const char *const v[] = {
		"The board hit the ferry line with fines that included closing two Danish sites "
		"at the port.",
		"The board announced fines on the ferry line and the closing of two Danish "
		"facilities at the port.",
	};
	c = compare_texts(state, v, 2);
	r = row_with(c, 1, "two Danish facilities");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_AGREE);
	/* so do the words for people on a payroll */
	static const char *const w[] = {
		"Ferry lines with more than 50 full-time employees must offer cover, the board said.",
		"The board said ferry lines with more than 50 full-time workers must offer cover.",
	};
	c = compare_texts(state, w, 2);
	r = row_with(c, 1, "more than 50 full-time workers");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_AGREE);
	static const char *const u[] = {
		"The board fined the ferry line and closed 12 old depots at the port.",
		"The board fined the ferry line, and 12 new pilots started work at the port.",
	};
	c = compare_texts(state, u, 2);
	r = row_with(c, 1, "12 new pilots");
	assert_true(r == NULL || r->ncells == 1);
}

/* The claim of report 0 of c written text, or NULL. */
static const struct claim *claim_written(const struct comparison *c, const char *text)
{
	for (size_t k = 0; k < c->claims[0].n; k++)
		if (strcmp(c->claims[0].v[k].text, text) == 0)
			return &c->claims[0].v[k];
	return NULL;
}

/* "likely" before a title ("Likely harbour nominee Ada Roe") is part of
 * it, no hedge; before a verb or a number it hedges. */
static void likely_in_a_title_is_no_hedge(void **state)
{
	static const char *const t[] = {
		"Likely nominee Ada Roe spoke on Friday. The new "
		"quay will likely cost $40 million.",
		"The harbour board met on Monday.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct claim *cl = claim_written(c, "Friday");
	assert_non_null(cl);
	assert_int_equal(cl->mod, MOD_STATED);
	cl = claim_written(c, "$40 million");
	assert_non_null(cl);
	assert_int_equal(cl->mod, MOD_HEDGED);
	/* "suggest" hedges; "to ensure" is what is aimed at */
	static const char *const u[] = {
		"Estimates suggest the quay will cost $40 million. The fee is a ploy to ensure the "
		"ferry owners pay $5 million.",
		"The harbour board met on Monday.",
	};
	c = compare_texts(state, u, 2);
	cl = claim_written(c, "$40 million");
	assert_non_null(cl);
	assert_int_equal(cl->mod, MOD_HEDGED);
	cl = claim_written(c, "$5 million");
	assert_non_null(cl);
	assert_int_equal(cl->mod, MOD_DEMANDED);
}

/* A day to come and a day gone are two events, never a conflict: "will
 * meet again Monday" and "met last Wednesday". */
static void a_day_to_come_and_a_day_gone(void **state)
{
	static const char *const t[] = {
		"Kim Lund and Ada Roe will meet again on Monday to discuss the harbour plan.",
		"Kim Lund and Ada Roe met last Wednesday to discuss the harbour plan.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	for (size_t k = 0; k < c->nrows; k++)
		assert_int_not_equal(c->rows[k].verdict, VERDICT_DISAGREE);
}

/* The day one person spoke, as two reports tell it ("Roe said in a
 * statement on Tuesday", "Roe said in a call with reporters Tuesday"),
 * past the ledes; not the days two people spoke. */
static void the_day_one_person_spoke(void **state)
{
	static const char *const t[] = {
		"The harbour board cut berth fees. Pilots struck.\n\nHarbour Chief Ada Roe said in a "
		"statement on Tuesday that the new quay rules will cut fees for every ferry.",
		"The harbour board cut berth fees. Pilots struck.\n\n\"The quay rules cut fees for "
		"every ferry,\" Harbour Chief Ada Roe said in a call with reporters Tuesday.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 0, "Tuesday");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_AGREE);
	static const char *const u[] = {
		"The harbour board cut berth fees. Pilots struck.\n\nHarbour Chief Ada Roe said in a "
		"statement on Tuesday that the new quay rules will cut fees for every ferry.",
		"The harbour board cut berth fees. Pilots struck.\n\n\"The quay rules cut fees for "
		"every ferry,\" Mayor Kit Varley said in a call with reporters Tuesday.",
	};
	c = compare_texts(state, u, 2);
	r = row_with(c, 0, "Tuesday");
	assert_true(r == NULL || r->ncells == 1);
}

/* "'Today's ruling is a victory,' said Roe": a day named from when
 * someone spoke, in a quotation one report gives, is not lined up with
 * the other report's day. */
static void today_in_a_quotation(void **state)
{
	static const char *const t[] = {
		"The harbour board issued a rule Wednesday barring ferry firms that dump fuel from "
		"the $286 million harbour grant program, a long-expected move.",
		"\"Today's ruling is an important victory in the fight against the harbour board's "
		"attempts to upend the harbour grant program,\" said Ada Roe, senior staff attorney "
		"for the ferry firms, said in a statement.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 0, "Wednesday");
	assert_true(r == NULL || r->ncells == 1);
}

/* A figure in digits each report gives once ("a minimum of $12,500",
 * "up to $12,500") is one fact, whatever the words around it; not when
 * a report gives that figure twice, nor for a small number.  One
 * report's least being another's most is a conflict; the figure plainly
 * against "at least" it is not. */
static void one_rare_figure_in_each_report(void **state)
{
	static const char *const t[] = {
		"Those who win in court can collect a minimum of $12,500 from each defendant.",
		"Plaintiffs are entitled to damages of up to $12,500 under the harbour law.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 0, "a minimum of $12,500");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_DISAGREE);
	static const char *const w[] = {
		"Those who win in court can collect a minimum of $12,500 from each defendant.",
		"Plaintiffs are entitled to damages of $12,500 under the harbour law.",
	};
	c = compare_texts(state, w, 2);
	r = row_with(c, 0, "a minimum of $12,500");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_PARTIAL);
	static const char *const u[] = {
		"Those who win in court can collect a minimum of $12,500 from each defendant. "
		"The ferry company paid $12,500 for a new gangway.",
		"Plaintiffs are entitled to damages of up to $12,500 under the harbour law.",
	};
	c = compare_texts(state, u, 2);
	r = row_with(c, 1, "up to $12,500");
	assert_true(r == NULL || r->ncells == 1);
	static const char *const v[] = {
		"Those who win in court can collect a minimum of $8 from each defendant.",
		"Plaintiffs would be entitled to damages of up to $8 under the harbour law.",
	};
	c = compare_texts(state, v, 2);
	r = row_with(c, 1, "up to $8");
	assert_true(r == NULL || r->ncells == 1);
}

/* Words one report marks as a name ("a "working visit"") are a row with
 * every report that uses them, marked or not. */
static void a_name_one_report_marks(void **state)
{
	static const char *const t[] = {
		"The mayor will make a \"working visit\" to the port on Monday.",
		"The mayor's working visit to the port was planned for weeks.",
		"The harbour board met on Monday.",
	};
	const struct comparison *c = compare_texts(state, t, 3);
	const struct row *r = row_with(c, 1, "working visit");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_AGREE);
}

/* Shares of groups named with a word in common ("caucus voters",
 * "caucus-goers") are one fact when their values fit; not when they do
 * not. */
static void shares_of_groups_named_alike(void **state)
{
	static const char *const t[] = {
		"Polls showed that about six in 10 harbour voters wanted the new quay and were angry "
		"at the council.",
		"Nearly six in 10 harbour-goers said they were angry at the council and wanted the "
		"new quay.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 0, "about six in 10 harbour voters");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_PARTIAL);
	static const char *const u[] = {
		"Polls showed that about six in 10 harbour voters wanted the new quay and were angry "
		"at the council.",
		"Nearly three in 10 harbour-goers said they were angry at the council and wanted the "
		"new quay.",
	};
	c = compare_texts(state, u, 2);
	r = row_with(c, 0, "about six in 10 harbour voters");
	assert_true(r == NULL || r->ncells == 1);
}

/* "third straight win" and "third straight victory": nouns that name one
 * thing make one fact, and the reports agree; "win" and "loss" do not. */
static void nouns_for_one_thing(void **state)
{
	static const char *const t[] = {
		"The harbour club took its third straight win in the coastal league on Sunday.",
		"The harbour club claimed a third straight victory in the coastal league on Sunday.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 1, "third straight victory");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_AGREE);
	static const char *const u[] = {
		"The harbour club took its third straight win in the coastal league on Sunday.",
		"The harbour club suffered a third straight loss in the coastal league on Sunday.",
	};
	c = compare_texts(state, u, 2);
	r = row_with(c, 1, "third straight loss");
	assert_true(r == NULL || r->verdict != VERDICT_AGREE);
}

/* A date in three words or more ("May or early June") is rare enough to
 * line up on fewer shared words. */
static void a_date_in_many_words(void **state)
{
	static const char *const t[] = {
		"Pilots struck last month. The quays were empty. Mayor Petra Olsund is preparing "
		"to open the harbour at a ceremony in May or early June, her office said.",
		"Pilots struck last month. The quays were empty. Mayor Petra Olsund is also "
		"expected to open the new quay in May or early June.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 1, "May or early June");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_AGREE);
}

/* The only count of one thing in each report, not fitting, in sentences
 * sharing words, is shown side by side as unclear: it may be two moments
 * of one story. */
static void lone_counts_that_do_not_fit_are_unclear(void **state)
{
	static const char *const t[] = {
		"Pilots struck last month. The quays were empty. About 5,200 harbour workers are "
		"helping with the evacuation of the port before the deadline.",
		"Pilots struck last month. The quays were empty. The mayor noted that nearly "
		"6,000 harbour workers are on the ground, providing security and standing guard "
		"around the port to help the ferries.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 1, "nearly 6,000 harbour workers");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_UNCLEAR);
}

/* Reports with no date of their own: "March 13" and "March 19" of one
 * event still conflict; two amounts hedged by the same word ("would
 * reportedly") disagree on what is reported. */
static void undated_days_and_alike_hedges(void **state)
{
	struct fx *x = *state;
	fx_clear(x);
	snprintf(x->dir, sizeof x->dir, "/tmp/nd-lineup-XXXXXX");
	assert_non_null(mkdtemp(x->dir));
	static const char *const day[] = { "13", "19" };
	char *paths[2];
	for (int i = 0; i < 2; i++) {
		snprintf(x->paths[i], sizeof x->paths[i], "%s/%d.txt", x->dir, i + 1);
		FILE *f = fopen(x->paths[i], "w");
		assert_non_null(f);
		fprintf(f, "Harbour report\n\nThe mayor announced on March %s her decision to close "
			"the old quay and move the ferries, the council said.\n", day[i]);
		fclose(f);
		paths[i] = x->paths[i];
	}
	assert_int_equal(story_load(&x->s, paths, 2), ND_E_OK);
	assert_int_equal(compare_story(&x->s, &x->c), ND_E_OK);
	x->loaded = true;
	const struct row *r = row_with(&x->c, 1, "March 19");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_DISAGREE);
	static const char *const t[] = {
		"One plan would reportedly divert $7 million from the harbour fund to the ferries.",
		"One plan would reportedly divert $2 million from the harbour fund to the ferries.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	r = row_with(c, 1, "$2 million");
	assert_non_null(r);
	assert_int_equal(r->verdict, VERDICT_DISAGREE);
}

/* "Tuesday" placed on the day another report writes out lines up with
 * it when the sentences share words. */
static void a_weekday_and_the_day_written_out(void **state)
{
	static const char *const t[] = {
		"Pilots struck last month. The quays were empty. On Tuesday April 8th, in a "
		"surprising ruling of some length, judge Petra Olsund ordered the harbour board to "
		"reopen the quay.",
		"Pilots struck last month. The quays were empty. The harbour board was told to reopen "
		"the old quay at once by a judge on Tuesday.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 1, "Tuesday");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_PARTIAL);
}

/* The one sum each report gives for a thing named alike ("the $812
 * million budget", "the $790 million budget") stands side by side, even
 * in sentences that share few words, and stays unclear: each may count
 * other parts.  A report that gives two sums for the thing lines up
 * neither. */
static void the_one_sum_of_a_thing(void **state)
{
	static const char *const t[] = {
		"Pilots struck last month. The ferry fare rose by $2 on Monday. Councillor Ada Roe, "
		"who voted against the $812 million budget, said she would fight on.",
		"Pilots struck last month. The $790 million budget funds the new quays and a "
		"raise for harbour staff.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 1, "$790 million budget");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_UNCLEAR);
	static const char *const u[] = {
		"Pilots struck last month. The ferry fare rose by $2 on Monday. Councillor Ada Roe, "
		"who voted against the $812 million budget, said she would fight on.",
		"Pilots struck last month. The $790 million budget funds the new quays, up from "
		"a $640 million budget last year.",
	};
	c = compare_texts(state, u, 2);
	r = row_with(c, 1, "$790 million budget");
	assert_true(r == NULL || r->ncells == 1);
}

/* The only amount of a thing in one report, and one of several in
 * another said with much the same words, are shown side by side as
 * unclear; the other amounts of the second report, in other words, stay
 * apart. */
static void a_lone_amount_and_its_like_among_several(void **state)
{
	static const char *const t[] = {
		"Pilots struck last month. Mayor Ada Roe praised the debate, most notably the 41 "
		"motions from councillors of both parties that got votes in the chamber.",
		"Pilots struck last month. The process took more than three weeks, including votes "
		"on nearly 50 motions from councillors. Roe had already let the "
		"council hear 24 motions before the ferries stopped.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 1, "nearly 50 motions");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_UNCLEAR);
	r = row_with(c, 1, "24 motions");
	assert_true(r == NULL || r->ncells == 1);
}

/* The one amount of a thing each report gives for one year ("by 2030",
 * "projected in 2030") are side by side as unclear, though each report
 * gives other amounts of it; an amount for another year, or with a word
 * list or a mark between it and the year, stays apart. */
static void amounts_given_for_one_year(void **state)
{
	static const char *const t[] = {
		"Pilots struck last month. Under the harbour plan the ferry fleet would burn 310 "
		"tons of fuel a week, compared to the 420 tons projected in 2030 under the old "
		"plan of the harbour board.",
		"Pilots struck last month. The harbour plan would cut the fuel the ferry fleet "
		"may burn from 380 tons by 2030 to 300 tons, the harbour board said.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 1, "380 tons");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_UNCLEAR);
	assert_non_null(row_with(c, 0, "420 tons"));
	assert_ptr_equal(row_with(c, 0, "420 tons"), r);
	const char *const u[] = {
		t[0],
		"Pilots struck last month. The harbour plan would cut the fuel the ferry fleet "
		"may burn from 380 tons by 2035 to 300 tons, the harbour board said.",
	};
	c = compare_texts(state, u, 2);
	r = row_with(c, 1, "380 tons");
	assert_true(r == NULL || r->ncells == 1);
	const char *const w[] = {
		t[0],
		"Pilots struck last month. The harbour plan would cut the fuel the ferry fleet "
		"may burn from 380 tons, by 2030, to 300 tons, the harbour board said.",
	};
	c = compare_texts(state, w, 2);
	r = row_with(c, 1, "380 tons");
	assert_true(r == NULL || r->ncells == 1);
}

/* Two counts joined by "and" are also their total: "19 Greens and 21
 * Liberals" lines up with "40 councillors" in a sentence much alike, as
 * partial (the same number, given as the sum of its parts); another
 * total is no row with it, and a sum alone is no row. */
static void a_total_and_its_parts(void **state)
{
	static const char *const t[] = {
		"Pilots struck last month. The port board has won the support of 40 councillors "
		"from both parties who, in a letter, asked the harbour office to hold fares steady.",
		"Pilots struck last month. A group of 19 Greens and 21 Liberals among the councillors "
		"sent a letter last week urging the harbour office to keep fares steady.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 0, "40 councillors");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_ptr_equal(row_with(c, 1, "19 Greens and 21 Liberals"), r);
	assert_int_equal(r->verdict, VERDICT_PARTIAL);
	const char *const u[] = {
		t[0],
		"Pilots struck last month. A group of 19 Greens and 22 Liberals among the councillors "
		"sent a letter last week urging the harbour office to keep fares steady.",
	};
	c = compare_texts(state, u, 2);
	r = row_with(c, 0, "40 councillors");
	assert_true(r == NULL || r->ncells == 1);
	assert_null(row_with(c, 1, "19 Greens and 22 Liberals"));
}

/* A value inside a quotation only one report gives is compared like any
 * other (no row compares the quotation's words), but never makes a value
 * of its report's own text less alone. */
static void values_of_a_quotation_one_report_gives(void **state)
{
	static const char *const t[] = {
		"Pilots struck last month. \"We have already moved more than 1,800 people off the "
		"islands since July,\" Mayor Ada Roe said.",
		"Pilots struck last month. Roe said the port has moved more than 1,800 people off "
		"the islands since July.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 0, "more than 1,800 people");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_AGREE);
	static const char *const u[] = {
		"Pilots struck last month. By Friday the harbour office had looked at roughly 6,000 "
		"fishing permits, the ferry committee heard in a long and angry meeting.",
		"Pilots struck last month. Lund asked which of the 6,200 permits from her years in "
		"office she would keep, and why the register was stored on a private server. "
		"\"We saw 9,000 permits in a single year,\" Lund said.",
	};
	c = compare_texts(state, u, 2);
	r = row_with(c, 0, "roughly 6,000 fishing permits");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_PARTIAL);
	/* two remarks each quoted by one report: a stock phrase of both
	 * ("our two towns") is no fact they share */
	static const char *const v[] = {
		"Pilots struck last month. \"This bridge bears witness to the trust that unites "
		"our two towns,\" Mayor Ada Roe said.",
		"Pilots struck last month. \"When you look at the ferry fares between our two "
		"towns, they are fair,\" Roe told reporters.",
	};
	c = compare_texts(state, v, 2);
	r = row_with(c, 0, "two towns");
	assert_true(r == NULL || r->ncells == 1);
}

/* The only vote tally in each report, not fitting, in sentences that
 * share the words of the vote, is one vote told two ways: disagree, even
 * when each sentence names other people.  A report with two tallies may
 * tell of two votes: unclear. */
static void lone_tallies(void **state)
{
	static const char *const t[] = {
		"Pilots struck last month. The quays were empty. Councillor Ada Roe cast the lone "
		"vote against the measure, which passed 4-1.",
		"Pilots struck last month. The quays were empty. Passed by a vote of 8-1, the plan "
		"for Brenmouth makes money available to ferry owners.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 1, "8-1");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_DISAGREE);
	static const char *const u[] = {
		"Pilots struck last month. The committee vote was 5-2. Councillor Ada Roe cast the "
		"lone vote against the measure, which passed 4-1.",
		"Pilots struck last month. The quays were empty. Passed by a vote of 8-1, the plan "
		"for Brenmouth makes money available to ferry owners.",
	};
	c = compare_texts(state, u, 2);
	r = row_with(c, 1, "8-1");
	assert_true(r == NULL || r->verdict != VERDICT_DISAGREE);
}

/* Where an event happened is a value like any other: the same place
 * agrees, another place stated plainly in the same words disagrees. */
static void places_of_events(void **state)
{
	static const char *const t[] = {
		"Pilots struck last month. The quays were empty. The mayor met the ferry owners in "
		"Pittsburgh on Monday to settle the strike at the harbour.",
		"Pilots struck last month. The quays were empty. The mayor met the ferry owners in "
		"Philadelphia on Monday to settle the strike at the harbour.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 1, "Philadelphia");
	assert_non_null(r);
	assert_int_equal(r->kind, FACT_PLACE);
	assert_int_equal(r->verdict, VERDICT_DISAGREE);
	static const char *const u[] = {
		"Pilots struck last month. The quays were empty. The mayor met the ferry owners in "
		"Pittsburgh on Monday to settle the strike.",
		"Pilots struck last month. The quays were empty. In Pittsburgh the mayor met the ferry "
		"owners to settle the strike.",
	};
	c = compare_texts(state, u, 2);
	r = row_with(c, 1, "Pittsburgh");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_AGREE);
}

static const char base_report[] =
	"The harbour board voted 7-2 on Monday to close the old ferry terminal by June 30.\n"
	"\n"
	"The closure will cost about $3.5 million, and 120 workers will move to the new "
	"terminal in Brenmouth, board chair Ilse Varnholt said.\n"
	"\n"
	"Ticket prices will rise 8 percent in the summer season, the operator said.\n"
	"\n"
	"\"We will keep every route open through the winter,\" harbour master Tomas Kettle "
	"said on Tuesday.\n";

/* A copy of a report with one value changed gets exactly that value's row
 * flagged, and a copy left alone agrees on everything. */
static void a_changed_copy_flags_the_change(void **state)
{
	static const struct {
		const char *from, *to;
	} changes[] = {
		{ "7-2", "6-3" },
		{ "$3.5 million", "$5.5 million" },
		{ "120 workers", "150 workers" },
		{ "8 percent", "12 percent" },
		{ "June 30", "July 30" },                       /* a date */
		{ "in Brenmouth", "in Hallsby" },               /* a place */
		{ "Varnholt", "Varnholdt" },                    /* a name's spelling */
		{ "harbour master Tomas Kettle", "deputy mayor Agnes Moberg" }, /* a speaker */
		{ "board chair Ilse", "board treasurer Ilse" }, /* a title */
	};
	const char *same[] = { base_report, base_report };
	const struct comparison *c = compare_texts(state, same, 2);
	assert_int_equal(flagged(c), 0);
	for (size_t i = 0; i < sizeof changes / sizeof changes[0]; i++) {
		char copy[sizeof base_report + 16];
		const char *at = strstr(base_report, changes[i].from);
		assert_non_null(at);
		snprintf(copy, sizeof copy, "%.*s%s%s", (int)(at - base_report), base_report,
			 changes[i].to, at + strlen(changes[i].from));
		const char *t[] = { base_report, copy };
		c = compare_texts(state, t, 2);
		size_t n = 0;
		for (size_t k = 0; k < c->nrows; k++) {
			const struct row *r = &c->rows[k];
			if (r->verdict != VERDICT_DISAGREE && r->verdict != VERDICT_PARTIAL)
				continue;
			n++;
			/* the flagged row holds the changed words (or, for a
			 * speaker, the quotation they are given to) */
			const struct cell *b = r->ncells == 2 ? &r->cells[1] : NULL;
			const char *to = changes[i].to;
			bool holds = b && (strstr(to, b->value) || strstr(b->value, to) ||
					   (b->speaker && strstr(to, b->speaker)));
			if (!holds)
				fail_msg("changing %s to %s flagged \"%s\"", changes[i].from, to,
					 r->question);
		}
		if (n != 1)
			fail_msg("changing %s to %s flagged %zu rows", changes[i].from, changes[i].to, n);
	}
}

/* The rows that line up two reports' values do not change when a third
 * report is opened. */
static void a_third_report_changes_no_pair(void **state)
{
	static const char *const t[] = {
		"The council approved 14 new ferry berths at the northern quay on Monday.",
		"On Monday the council approved 14 new ferry berths for the quay.",
		"Fishermen say the quay needs dredging before any new berths are built.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 0, "14 new ferry berths");
	assert_non_null(r);
	enum verdict two = r->verdict;
	size_t cells = r->ncells;
	c = compare_texts(state, t, 3);
	r = row_with(c, 0, "14 new ferry berths");
	assert_non_null(r);
	assert_int_equal(r->verdict, two);
	assert_int_equal(r->ncells, cells);
}

/* The rows of two reports whose bodies are a and b that are flagged, as
 * "verdict kind question" lines; the count. */
static size_t flagged_rows(void **state, const char *a, const char *b, const struct row **one)
{
	const char *t[] = { a, b };
	const struct comparison *c = compare_texts(state, t, 2);
	size_t n = 0;
	for (size_t k = 0; k < c->nrows; k++)
		if (c->rows[k].verdict != VERDICT_AGREE && c->rows[k].verdict != VERDICT_SINGLE) {
			n++;
			*one = &c->rows[k];
		}
	return n;
}

/* In copies of one sentence, a name spelt another way is flagged, a
 * changed word inside a quotation is a partial, and style ("U.S." and
 * "US", "He" for a name) or ordinary wording is not flagged. */
static void copies_of_a_sentence(void **state)
{
	const struct row *r = NULL;
	assert_int_equal(flagged_rows(state,
		"The ferry left Brenmouth harbour late on Monday evening with cargo.",
		"The ferry left Brenmuoth harbour late on Monday evening with cargo.", &r), 1);
	assert_int_equal(r->kind, FACT_NAME);
	assert_int_equal(r->verdict, VERDICT_DISAGREE);
	assert_non_null(strstr(r->why, "Brenmuoth"));
	assert_int_equal(flagged_rows(state,
		"The mayor said the works were \"a gift to every family in the valley\" today.",
		"The mayor said the works were \"a burden to every family in the valley\" today.", &r),
		1);
	assert_int_equal(r->kind, FACT_QUOTE);
	assert_int_equal(r->verdict, VERDICT_PARTIAL);
	assert_int_equal(flagged_rows(state,
		"The ferry carried goods from the U.S. to the islands every week.",
		"The ferry carried goods from the US to the islands every week.", &r), 0);
	assert_int_equal(flagged_rows(state,
		"The old ferry left the harbour late on Monday evening with cargo.",
		"The old ferry left the harbour early on Monday evening with cargo.", &r), 0);
}

/* A short phrase in quotation marks inside another report's longer
 * quotation is not that quotation (a stock phrase); the whole quotation
 * is. */
static void a_stock_phrase_is_not_the_quotation(void **state)
{
	static const char *const t[] = {
		"\"We see this as a real step toward the rule of law in the valley,\" Mayor "
		"Petra Olsund said.",
		"Critics of the council have long called for \"the rule of law in\" the valley "
		"before any vote.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	for (size_t k = 0; k < c->nrows; k++)
		if (c->rows[k].kind == FACT_QUOTE)
			assert_int_equal(c->rows[k].ncells, 1);
	static const char *const u[] = {
		"\"We see this as a real step toward the rule of law in the valley,\" Mayor "
		"Petra Olsund said.",
		"\"This is a real step toward the rule of law,\" Mayor Petra Olsund said.",
	};
	c = compare_texts(state, u, 2);
	size_t joined = 0;
	for (size_t k = 0; k < c->nrows; k++)
		joined += c->rows[k].kind == FACT_QUOTE && c->rows[k].ncells == 2;
	assert_int_equal(joined, 1);
}

/* Two quotations sharing a phrase of seven words or more are one only
 * when, on each side of it, one of them stops or both go on alike: "Can
 * the council give its blessing to the bridge over the northern harbour
 * channel?" and "the council's refusal of the bridge over the northern
 * harbour channel is no judgment on its builders" are two. */
static void a_shared_phrase_is_not_one_quotation(void **state)
{
	static const char *const t[] = {
		"\"Can the council give its full and lasting blessing to the bridge over the "
		"northern harbour channel?\" the letter asked, Kim Lund said.",
		"\"The refusal of the bridge over the northern harbour channel is no judgment on its "
		"builders,\" Mayor Petra Olsund said.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	for (size_t k = 0; k < c->nrows; k++)
		if (c->rows[k].kind == FACT_QUOTE)
			assert_int_equal(c->rows[k].ncells, 1);
	/* two cuts of one remark, a word changed: one quotation */
	static const char *const u[] = {
		"\"If I could mend every bridge over the northern harbour channel without a vote "
		"then I would do so,\" Mayor Petra Olsund said.",
		"\"What you need to know is that if I could mend all of the bridges over the "
		"northern harbour channel without a vote, then I would do so,\" Mayor Petra Olsund "
		"said.",
	};
	c = compare_texts(state, u, 2);
	size_t joined = 0;
	for (size_t k = 0; k < c->nrows; k++)
		joined += c->rows[k].kind == FACT_QUOTE && c->rows[k].ncells == 2;
	assert_int_equal(joined, 1);
}

/* Four or five words one outlet quotes from a person, with which another
 * outlet's longer quotation of the same person opens, are that quotation;
 * the same words given to someone else, or found only further inside,
 * are not. */
static void a_short_quotation_the_same_person_opens_with(void **state)
{
	static const char *const t[] = {
		"\"It is, alone, not enough,\" said Alderwoman Petra Olsund of the grant.",
		"\"It is alone not enough. It is not the full repair we asked for,\" said "
		"Alderwoman Petra Olsund.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	size_t joined = 0;
	for (size_t k = 0; k < c->nrows; k++)
		joined += c->rows[k].kind == FACT_QUOTE && c->rows[k].ncells == 2;
	assert_int_equal(joined, 1);
	static const char *const u[] = {
		"\"It is, alone, not enough,\" said Alderwoman Petra Olsund of the grant.",
		"\"It is alone not enough. It is not the full repair we asked for,\" said "
		"Alderman Tomas Garrow.",
	};
	c = compare_texts(state, u, 2);
	for (size_t k = 0; k < c->nrows; k++)
		if (c->rows[k].kind == FACT_QUOTE)
			assert_int_equal(c->rows[k].ncells, 1);
	static const char *const v[] = {
		"\"It is, alone, not enough,\" said Alderwoman Petra Olsund of the grant.",
		"\"We know it is alone not enough for the families of the ward,\" said "
		"Alderwoman Petra Olsund.",
	};
	c = compare_texts(state, v, 2);
	for (size_t k = 0; k < c->nrows; k++)
		if (c->rows[k].kind == FACT_QUOTE)
			assert_int_equal(c->rows[k].ncells, 1);
}

/* A report that quotes the same words twice (a statement, then a post
 * repeating it) shows them once. */
static void words_quoted_again_are_shown_once(void **state)
{
	static const char *const t[] = {
		"\"We will keep every ferry route open through the whole of the winter,\" Mayor "
		"Petra Olsund said in a statement. Her office posted: \"We will keep every ferry "
		"route open through the whole of the winter.\"",
		"\"We will keep every ferry route open through the whole of the winter,\" Mayor "
		"Petra Olsund said on Monday.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	size_t rows = 0;
	for (size_t k = 0; k < c->nrows; k++) {
		const struct row *r = &c->rows[k];
		if (r->kind != FACT_QUOTE)
			continue;
		rows++;
		for (size_t x = 0; x < r->ncells; x++)
			assert_null(strstr(r->cells[x].value, "\xe2\x80\xa6"));
	}
	assert_int_equal(rows, 1);
}

/* Words of one quotation repeated by someone else paragraphs later are
 * not a second piece of it. */
static void pieces_are_near_and_of_one_speaker(void **state)
{
	static const char *const t[] = {
		"\"We will keep every ferry route open through the whole of the winter,\" Mayor "
		"Petra Olsund said.\n\nThe council met on Monday.\n\nThe harbour was quiet.\n\n"
		"Fishermen stayed ashore.\n\nThe weather was poor.\n\nPosters on the quay read "
		"\"every ferry route open through the whole of the winter\" in red letters.",
		"\"We will keep every ferry route open through the whole of the winter,\" Mayor "
		"Petra Olsund said on Monday.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	size_t alone = 0;
	for (size_t k = 0; k < c->nrows; k++) {
		const struct row *r = &c->rows[k];
		if (r->kind != FACT_QUOTE)
			continue;
		for (size_t x = 0; x < r->ncells; x++)
			assert_null(strstr(r->cells[x].value, "\xe2\x80\xa6"));
		/* the words on the posters are a quotation of their own */
		alone += r->ncells == 1 && r->cells[0].art == 0 &&
			 strncmp(r->cells[0].value, "every ferry route", 17) == 0;
	}
	assert_int_equal(alone, 1);
}

/* The day each report leads with is the day of the story's event, however
 * the ledes put it; the same weekday deeper in two reports, in sentences
 * that share little, is not lined up. */
static void the_day_the_ledes_give(void **state)
{
	static const char *const t[] = {
		"The harbour council voted on Tuesday to close the old ferry terminal.\n\n"
		"Fishermen met on Friday to plan a protest at the quay.",
		"Councillors on Tuesday approved the closure of the terminal after a long debate.\n\n"
		"A new bakery opened on Friday near the station.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 0, "Tuesday");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_AGREE);
	r = row_with(c, 0, "Friday");
	assert_true(r == NULL || r->ncells == 1);
}

/* "22 sailors backed the first plan, and 35 favoured the second": the
 * bare 35 counts sailors too, and lines up with "35 sailors". */
static void a_number_that_counts_the_noun_before(void **state)
{
	static const char *const t[] = {
		"But 22 sailors backed the harbour plan, and 35 favoured the ferry plan.",
		"In the second vote, 35 sailors joined the council to back the ferry plan.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 1, "35 sailors");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_AGREE);
}

/* The event row of two reports with bodies a and b ("what ... did"), or
 * NULL. */
static const struct row *event_row(void **state, const char *a, const char *b)
{
	const char *t[] = { a, b };
	const struct comparison *c = compare_texts(state, t, 2);
	for (size_t k = 0; k < c->nrows; k++)
		if (c->rows[k].kind == FACT_EVENT && strstr(c->rows[k].question, " did: "))
			return &c->rows[k];
	return NULL;
}

/* The event of report 0 of c whose verb is verb, or NULL. */
static const struct event *event_with_verb(const struct comparison *c, const char *verb)
{
	for (size_t k = 0; k < c->events[0].n; k++)
		if (strcmp(c->events[0].v[k].verb, verb) == 0)
			return &c->events[0].v[k];
	return NULL;
}

/* Events read as written: an adverb ("last") does not make the next word
 * a verb; "is running" is no passive; a verb's object after a
 * preposition ("went into the office") is not what the verb did to it. */
static void events_read_as_written(void **state)
{
	static const char *const t[] = {
		"The ferry vote last month was close. Mayor Kit Varley went into the harbour office. "
		"The relief fund is running out of money. The harbour rule, unlike the old plan, "
		"does not set a target.",
		"The harbour board met on Monday.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	assert_null(event_with_verb(c, "month"));
	assert_null(event_with_verb(c, "was went"));
	assert_non_null(event_with_verb(c, "went"));
	assert_null(event_with_verb(c, "was run"));
	const struct event *e = event_with_verb(c, "run");
	assert_non_null(e);
	assert_string_equal(e->object, "money");
	/* a thing's event is told from past its description */
	e = event_with_verb(c, "set");
	assert_non_null(e);
	assert_string_equal(e->text, "does not set a target");
}

/* "She signed the harbour bill": a subject pronoun that one person fits
 * is that person; one after a noun ("the money she needs") is no
 * subject; the clause after an "if" clause is supposed, not stated. */
static void what_she_did(void **state)
{
	const struct row *r = event_row(state,
		"Mayor Petra Olsund met the council on Monday. She signed the harbour bill "
		"after the vote.",
		"Mayor Petra Olsund signed the harbour bill on Monday.");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_AGREE);
	static const char *const t[] = {
		"Mayor Petra Olsund spoke on Monday. If the council keeps the money she needs for "
		"the quay, she will close the harbour.",
		"The harbour board met on Monday.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	assert_null(event_with_verb(c, "need"));
	const struct event *e = event_with_verb(c, "close");
	assert_non_null(e);
	assert_int_equal(e->mod, MOD_HYPOTHETICAL);
	/* after "Roe's", "his" and "he" may be Roe's: not the one named
	 * before */
	static const char *const u[] = {
		"Mayor Ada Roe spoke on Monday.\n\nSenate leader Kit Varley urged lawmakers to "
		"reject it.\n\nThe veto was Roe\xe2\x80\x99s second of his term. He issued his first "
		"last month.",
		"The harbour board met on Monday.",
	};
	c = compare_texts(state, u, 2);
	e = event_with_verb(c, "issu");
	assert_true(e == NULL || strcmp(e->who, "varley") != 0);
	/* the owner of a thing, no one else named there, is who "he" is;
	 * the owner of a person ("Roe's lawyer") is not */
	static const char *const x[] = {
		"Senate leader Kit Varley urged calm on Monday. Mayor Ada Roe spoke too.\n\n"
		"Because Roe\xe2\x80\x99s visit was short, he signed the harbour bill at once.",
		"The harbour board met on Monday.",
	};
	c = compare_texts(state, x, 2);
	e = event_with_verb(c, "sign");
	assert_non_null(e);
	assert_string_equal(e->who, "roe");
	static const char *const y[] = {
		"Senate leader Kit Varley urged calm on Monday. Mayor Ada Roe spoke too.\n\n"
		"Because Roe\xe2\x80\x99s lawyer was late, he signed the harbour bill at once.",
		"The harbour board met on Monday.",
	};
	c = compare_texts(state, y, 2);
	e = event_with_verb(c, "sign");
	assert_true(e == NULL || strcmp(e->who, "roe") != 0);
	/* so does an owner newsdiff knows nothing of ("Garrow's ferry"),
	 * but not one inside a quotation */
	static const char *const v[] = {
		"Senate leader Kit Varley urged calm on Monday. Because Garrow\xe2\x80\x99s ferry will "
		"not sail, it means he is unlikely to attend the vote.",
		"The harbour board met on Monday.",
	};
	c = compare_texts(state, v, 2);
	e = event_with_verb(c, "attend");
	assert_true(e == NULL || strcmp(e->who, "varley") != 0);
	static const char *const w[] = {
		"Senate leader Kit Varley urged calm on Monday. \"I find Garrow\xe2\x80\x99s plan "
		"disappointing,\" he said, and he signed the harbour bill.",
		"The harbour board met on Monday.",
	};
	c = compare_texts(state, w, 2);
	e = event_with_verb(c, "sign");
	assert_non_null(e);
	assert_string_equal(e->who, "varley");
	/* a person of the same surname named only inside a quotation does
	 * not make the surname ambiguous */
	static const char *const q[] = {
		"Mayor Varley will visit the harbour on Monday.\n\n\"When Kit Varley arrives, we "
		"will be heard,\" said Ada Roe, who leads the pilots.\n\nBecause Varley\xe2\x80\x99s "
		"visit is short, it means he is unlikely to attend the vote.",
		"The harbour board met on Monday.",
	};
	c = compare_texts(state, q, 2);
	e = event_with_verb(c, "attend");
	assert_non_null(e);
	assert_string_equal(e->who, "varley");
}

/* "will sign" and "said she would sign" are to come, not done; a verb
 * after "expected to", "vowed to", "refused to", "unlikely to" is the
 * event, as sure as that word makes it. */
static void what_she_will_do(void **state)
{
	static const char signed_it[] = "Mayor Petra Olsund signed the harbour bill on Monday.";
	const struct row *r = event_row(state, signed_it,
		"Mayor Petra Olsund will sign the harbour bill on Monday.");
	assert_non_null(r);
	assert_int_equal(r->verdict, VERDICT_PARTIAL);
	r = event_row(state, "Mayor Petra Olsund will sign the harbour bill on Monday.",
		      "On Monday Mayor Petra Olsund will sign the harbour bill.");
	assert_non_null(r);
	assert_int_equal(r->verdict, VERDICT_AGREE);
	r = event_row(state, signed_it,
		"Mayor Petra Olsund said she would sign the harbour bill on Friday.");
	assert_non_null(r);
	assert_int_equal(r->verdict, VERDICT_PARTIAL);
	r = event_row(state, signed_it,
		"Mayor Petra Olsund is expected to sign the harbour bill on Monday.");
	assert_non_null(r);
	assert_int_equal(r->verdict, VERDICT_PARTIAL);
	/* the second verb of "expected to ... and to ..." */
	r = event_row(state, signed_it,
		"Mayor Petra Olsund is expected to open the quay and to sign the harbour bill.");
	assert_non_null(r);
	assert_int_equal(r->verdict, VERDICT_PARTIAL);
	r = event_row(state, signed_it, "Mayor Petra Olsund refused to sign the harbour bill.");
	assert_non_null(r);
	assert_int_equal(r->verdict, VERDICT_DISAGREE);
	/* opposite expectations of one event conflict; "may" is none */
	r = event_row(state, "Mayor Petra Olsund is expected to sign the harbour bill.",
		      "Mayor Petra Olsund is unlikely to sign the harbour bill.");
	assert_non_null(r);
	assert_int_equal(r->verdict, VERDICT_DISAGREE);
	r = event_row(state, "Mayor Petra Olsund may sign the harbour bill.",
		      "Mayor Petra Olsund is unlikely to sign the harbour bill.");
	assert_non_null(r);
	assert_int_equal(r->verdict, VERDICT_UNCLEAR);
	/* an "if" inside a quotation does not make what follows it supposed */
	static const char *const t[] = {
		"\"It bothered him if the ferry was late,\" Kim Lund recounts in a memo dated "
		"March 3, 2030.",
		"The harbour board met on Monday.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct claim *cl = claim_written(c, "March 3, 2030");
	assert_non_null(cl);
	assert_int_not_equal(cl->mod, MOD_HYPOTHETICAL);
}

/* What a named person did, as two reports state it: the same, one saying
 * it did not happen, one hedging, both hedging. */
static void what_people_did(void **state)
{
	static const char stated[] = "Mayor Petra Olsund signed the harbour bill on Monday.";
	const struct row *r = event_row(state, stated,
		"On Monday Mayor Petra Olsund signed the harbour bill into law.");
	assert_non_null(r);
	assert_int_equal(r->verdict, VERDICT_AGREE);
	r = event_row(state, stated, "Mayor Petra Olsund did not sign the harbour bill on Monday.");
	assert_non_null(r);
	assert_int_equal(r->verdict, VERDICT_DISAGREE);
	r = event_row(state, stated,
		"Mayor Petra Olsund may have signed the harbour bill on Monday, aides said.");
	assert_non_null(r);
	assert_int_equal(r->verdict, VERDICT_PARTIAL);
	r = event_row(state, "Mayor Petra Olsund may sign the harbour bill on Monday.",
		      "Mayor Petra Olsund could sign the harbour bill on Monday.");
	assert_non_null(r);
	assert_int_equal(r->verdict, VERDICT_UNCLEAR);
	/* another thing signed is another event */
	r = event_row(state, stated, "Mayor Petra Olsund signed the ferry contract on Monday.");
	assert_null(r);
}

/* A day still to come, written out, is a row even when one report gives
 * it ("won't be released until April 20" says when it will be); a past
 * day one report gives is not. */
static void a_day_to_come_that_one_report_gives(void **state)
{
	static const char *const t[] = {
		"The harbour board cut the berth fees. Final fees won't be published until April "
		"20. The old quay closed on April 2.",
		"The harbour board cut the berth fees on Monday.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 0, "April 20");
	assert_non_null(r);
	assert_int_equal(r->ncells, 1);
	assert_int_equal(r->verdict, VERDICT_SINGLE);
	assert_null(row_with(c, 0, "April 2"));
	/* with no report date, a day the clause says is to come */
	c = compare_with(state, t, 2, true);
	r = row_with(c, 0, "April 20");
	assert_non_null(r);
	assert_int_equal(r->verdict, VERDICT_SINGLE);
	assert_null(row_with(c, 0, "April 2"));
	/* a day written out with its year in both lines up on that alone */
	static const char *const w[] = {
		"The harbour board cut the berth fees. The new deadline is Jan. 15, 2032, a clerk "
		"said.",
		"The harbour board cut the berth fees. Berths stay open until January 15, 2032.",
	};
	c = compare_texts(state, w, 2);
	r = row_with(c, 0, "Jan. 15, 2032");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_AGREE);
	/* the one day to come each report gives, one in the other, in
	 * sentences sharing a word: the story's next step */
	static const char *const x[] = {
		"Pilots struck last month. The new fee law takes effect in September.",
		"Pilots struck last month. Skippers say the rule is to be enacted on 1 September, and "
		"fees will then rise for ferries.",
	};
	c = compare_texts(state, x, 2);
	r = row_with(c, 0, "September");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_PARTIAL);
	/* ... or in sentences sharing no word, when neither names someone or
	 * something the other does not */
	static const char *const y[] = {
		"Pilots struck last month. The new fee law takes effect in September.",
		"Pilots struck last month. Skippers expect higher charges from 1 September onward.",
	};
	c = compare_texts(state, y, 2);
	r = row_with(c, 0, "September");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	static const char *const z[] = {
		"Pilots struck last month. The new Ostby fee law takes effect in September.",
		"Pilots struck last month. Skippers expect the Varley bridge from 1 September onward.",
	};
	c = compare_texts(state, z, 2);
	r = row_with(c, 0, "September");
	assert_true(r == NULL || r->ncells == 1);
	/* "May" the month is no "may" that hedges */
	static const char *const u[] = {
		"The harbour board cut the berth fees. Fees rose in May and will fall on May 20.",
		"The harbour board cut the berth fees on Monday.",
	};
	c = compare_texts(state, u, 2);
	r = row_with(c, 0, "May 20");
	assert_non_null(r);
	assert_int_equal(r->verdict, VERDICT_SINGLE);
}

/* "resigned" against "was replaced": partial, and the reason quotes the
 * words that do not say how the person went. */
static void a_fate_that_does_not_say_how(void **state)
{
	static const char *const t[] = {
		"Ada Roe, the harbour director, resigned on Monday. Roe said little.",
		"Ada Roe, the harbour director, was replaced on Monday. Roe said little.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 1, "was replaced");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_PARTIAL);
	assert_string_equal(r->why, "\"was replaced\" does not say whether they resigned or were "
				    "dismissed");
}

/* What happened to a thing a sentence opens with ("The ruling can be
 * appealed"): a passive verb is the event whatever follows it; a hedge in
 * one report makes it partial; another verb is another event. */
static void what_happened_to_things(void **state)
{
	static const char *const t[] = {
		"Pilots struck last month. The harbour ruling can be appealed to the high court.",
		"Pilots struck last month. The harbour ruling could still be appealed, officials "
		"said.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 0, "can be appealed to the high court");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_PARTIAL);
	assert_non_null(strstr(r->question, "harbour ruling"));
	static const char *const u[] = {
		"Pilots struck last month. The harbour board approved the plan on Monday.",
		"Pilots struck last month. The harbour board rejected the plan on Monday.",
	};
	c = compare_texts(state, u, 2);
	for (size_t k = 0; k < c->nrows; k++)
		assert_false(c->rows[k].kind == FACT_EVENT && c->rows[k].ncells > 1);
	/* "The Senate and Assembly passed the harbour bill" is what "The
	 * harbour bill was passed" tells */
	static const char *const w[] = {
		"Pilots struck last month. The Senate and Assembly passed the harbour bill on Monday.",
		"Pilots struck last month. The harbour bill was passed by a wide margin.",
	};
	c = compare_texts(state, w, 2);
	r = row_with(c, 0, "passed the harbour bill");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_AGREE);
	assert_string_equal(r->question, "what of the harbour bill: was passed by a wide margin");
}

/* A day in sentences that each name people, none the other's, is the
 * day of two events; with the same person it is one. */
static void a_day_of_other_people(void **state)
{
	static const char *const t[] = {
		"Pilots struck last month. Mayor Ada Roe spoke about the harbour plan on Friday.",
		"Pilots struck last month. Mayor Kim Lund spoke about the harbour plan on Friday.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 1, "Friday");
	assert_true(r == NULL || r->ncells == 1);
	static const char *const u[] = {
		"Pilots struck last month. Mayor Ada Roe spoke about the harbour plan on Friday.",
		"Pilots struck last month. Mayor Ada Roe spoke about the harbour plan again on "
		"Friday.",
	};
	c = compare_texts(state, u, 2);
	r = row_with(c, 1, "Friday");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_AGREE);
}

/* One kind of document cited by two reports is one row (unclear) when
 * one person is named next to it in both; two statements of two issuers
 * are rows of their own. */
static void documents_of_one_person(void **state)
{
	static const char *const t[] = {
		"Pilots struck last month. Mayor Ada Roe said in a statement that the quay is safe.",
		"Pilots struck last month. On Monday Mayor Ada Roe said in a statement the quay was "
		"safe.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	size_t rows = 0;
	for (size_t k = 0; k < c->nrows; k++)
		if (strstr(c->rows[k].question, "relies on: statement")) {
			rows++;
			assert_int_equal(c->rows[k].ncells, 2);
			assert_int_equal(c->rows[k].verdict, VERDICT_UNCLEAR);
		}
	assert_int_equal(rows, 1);
	static const char *const u[] = {
		"Pilots struck last month. Mayor Ada Roe said in a statement that the quay is safe.",
		"Pilots struck last month. Councillor Kim Lund said in a statement the quay was "
		"unsafe.",
	};
	c = compare_texts(state, u, 2);
	rows = 0;
	for (size_t k = 0; k < c->nrows; k++)
		if (strstr(c->rows[k].question, "relies on: statement")) {
			rows++;
			assert_int_equal(c->rows[k].ncells, 1);
		}
	assert_int_equal(rows, 2);
}

/* Documents linked by their issuers, whatever the order of the reports:
 * Roe's email in the first two reports, Lund's in the last two (the
 * middle one cites both) are two rows, each of two reports. */
static void documents_grouped_in_any_order(void **state)
{
	static const char *const t[] = {
		"Pilots struck last month. Mayor Ada Roe said in an internal email that the quay is "
		"safe.",
		"Pilots struck last month. Mayor Ada Roe said in an internal email the quay was safe."
		"\n\n\"The quay is not safe for any ferry,\" Councillor Kim Lund wrote in a leaked "
		"email.",
		"Pilots struck last month. Councillor Kim Lund said in an email the quay was unsafe.",
	};
	for (int order = 0; order < 2; order++) {
		const char *const u[] = { t[order ? 2 : 0], t[1], t[order ? 0 : 2] };
		const struct comparison *c = compare_texts(state, u, 3);
		size_t rows = 0;
		for (size_t k = 0; k < c->nrows; k++)
			if (strstr(c->rows[k].question, "relies on: email")) {
				rows++;
				assert_int_equal(c->rows[k].ncells, 2);
			}
		assert_int_equal(rows, 2);
	}
}

/* The rows of a comparison as text: each row's question and verdict,
 * its cells by outlet, in an order of their own (the order of the files
 * aside). */
static char *rows_text(const struct comparison *c)
{
	size_t n = c->nrows, cap = 0;
	char **lines = calloc(n ? n : 1, sizeof *lines);
	assert_non_null(lines);
	for (size_t i = 0; i < n; i++) {
		const struct row *r = &c->rows[i];
		char *cells[8] = { NULL };
		size_t nc = r->ncells < 8 ? r->ncells : 8;
		for (size_t k = 0; k < nc; k++)
			assert_true(asprintf(&cells[k], "%s=%s", c->story->arts[r->cells[k].art].outlet,
					     r->cells[k].value ? r->cells[k].value : "") > 0);
		for (size_t a = 0; a < nc; a++)
			for (size_t b = a + 1; b < nc; b++)
				if (strcmp(cells[a], cells[b]) > 0) {
					char *t = cells[a];
					cells[a] = cells[b];
					cells[b] = t;
				}
		char *line = NULL;
		assert_true(asprintf(&line, "%s|%s", r->question, verdict_name(r->verdict)) > 0);
		for (size_t k = 0; k < nc; k++) {
			char *l2 = NULL;
			assert_true(asprintf(&l2, "%s|%s", line, cells[k]) > 0);
			free(line);
			free(cells[k]);
			line = l2;
		}
		lines[i] = line;
		cap += strlen(line) + 1;
	}
	for (size_t a = 0; a < n; a++)
		for (size_t b = a + 1; b < n; b++)
			if (strcmp(lines[a], lines[b]) > 0) {
				char *t = lines[a];
				lines[a] = lines[b];
				lines[b] = t;
			}
	char *out = calloc(cap + 1, 1);
	assert_non_null(out);
	for (size_t i = 0; i < n; i++) {
		strcat(out, lines[i]);
		strcat(out, "\n");
		free(lines[i]);
	}
	free(lines);
	return out;
}

/* Pieces of one remark in three reports, one only in a longer one's
 * words: the same rows whatever the order of the files. */
static void quotations_grouped_in_any_order(void **state)
{
	static const char *const outlets[] = { "Ledger", "Courier", "Herald" };
	static const char *const t[] = {
		"Pilots struck.\n\n\"It's mad. It's absurd,\" Mayor Ada Roe said when asked by "
		"reporters about the deal. \"It should never have been made, but we will be talking "
		"about it.\"",
		"Pilots struck.\n\n\"The harbour deal is a terrible deal. We paid $150 million. We "
		"gave $1.8 million in cash. That's actual cash, barrels of cash. It's mad. It's absurd. "
		"It should have never been made,\" Mayor Ada Roe said earlier this week.",
		"Pilots struck.\n\n\"It's mad. It's absurd. It should have never been made,\" Mayor "
		"Ada Roe said of the deal in the office.",
	};
	char *first = rows_text(compare_outlets(state, outlets, t, 3, false));
	const char *const o2[] = { outlets[1], outlets[0], outlets[2] };
	const char *const t2[] = { t[1], t[0], t[2] };
	char *second = rows_text(compare_outlets(state, o2, t2, 3, false));
	assert_string_equal(first, second);
	free(first);
	free(second);
}

/* A photo caption left in the text ("Kim Lund speaks at ... on September
 * 23, 2030 in New York City.", "... in Oslo, Norway August 24, 2030.")
 * states no fact of the story; a sentence of the story does. */
static void photo_captions_state_nothing(void **state)
{
	static const char *const t[] = {
		"Pilots struck last month. Kim Lund speaks at the Harbour Summit on September 23, "
		"2030 in New York City. Ada Roe arrives for a meeting at the harbour in Oslo, Norway "
		"August 24, 2030. The quay reopened on March 2, 2031.",
		"Pilots struck last month. Kim Lund speaks at the Harbour Summit on September 23, "
		"2030 in New York City. Ada Roe arrives for a meeting at the harbour in Oslo, Norway "
		"August 24, 2030. The quay reopened on March 2, 2031.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	assert_null(row_with(c, 0, "September 23, 2030"));
	assert_null(row_with(c, 0, "August 24, 2030"));
	assert_null(row_with(c, 0, "New York City"));
	assert_non_null(row_with(c, 0, "March 2, 2031"));
}

/* A year that names a thing ("the 2024 harbour law", "the Olsund 2024
 * law") lines up with the same year naming the same kind of thing in
 * another report, whatever the sentences say of it (a law proposed to be
 * replaced is still a law); a year naming another thing does not. */
static void a_year_naming_a_thing(void **state)
{
	static const char *const t[] = {
		"Pilots struck last month. The board noted that the Olsund 2024 law was so strict "
		"that few ferries could meet it.",
		"Pilots struck last month. That did not hold when the mayor first proposed a "
		"replacement for the 2024 harbour law.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = row_with(c, 1, "2024 harbour law");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_AGREE);
	for (size_t i = 0; i < r->ncells; i++)
		assert_null(r->cells[i].note);
	static const char *const u[] = {
		"Pilots struck last month. The board noted that the Olsund 2024 law was so strict "
		"that few ferries could meet it.",
		"Pilots struck last month. That did not hold when the mayor first proposed a "
		"replacement for the 2024 harbour budget.",
	};
	c = compare_texts(state, u, 2);
	r = row_with(c, 1, "2024 harbour budget");
	assert_true(r == NULL || r->ncells == 1);
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(same_count_agrees),
		T(different_count_stated_disagrees),
		T(hedged_count_is_unclear),
		T(compatible_amounts_are_partial),
		T(weekday_and_date_are_one_day),
		T(unrelated_counts_stay_apart),
		T(lone_amounts_and_far_amounts),
		T(a_changed_copy_flags_the_change),
		T(a_third_report_changes_no_pair),
		T(copies_of_a_sentence),
		T(a_stock_phrase_is_not_the_quotation),
		T(a_short_quotation_the_same_person_opens_with),
		T(a_shared_phrase_is_not_one_quotation),
		T(pieces_are_near_and_of_one_speaker),
		T(words_quoted_again_are_shown_once),
		T(the_day_the_ledes_give),
		T(a_number_that_counts_the_noun_before),
		T(events_read_as_written),
		T(what_she_did),
		T(what_she_will_do),
		T(what_people_did),
		T(same_amounts_in_other_words),
		T(values_of_other_places_do_not_conflict),
		T(a_rounded_number_is_partial),
		T(one_figure_in_two_currencies_is_unclear),
		T(two_different_ranges_are_no_fit),
		T(the_one_count_of_a_thing_in_each_report),
		T(ages_are_each_persons),
		T(counts_weighed_pair_by_pair),
		T(a_year_is_shared_context),
		T(a_year_naming_two_things),
		T(the_same_day_of_one_event),
		T(the_same_number_named_differently),
		T(nouns_for_one_thing),
		T(shares_of_groups_named_alike),
		T(a_name_one_report_marks),
		T(one_rare_figure_in_each_report),
		T(the_one_sum_of_a_thing),
		T(a_lone_amount_and_its_like_among_several),
		T(a_day_to_come_and_a_day_gone),
		T(the_day_one_person_spoke),
		T(today_in_a_quotation),
		T(likely_in_a_title_is_no_hedge),
		T(a_date_in_many_words),
		T(lone_counts_that_do_not_fit_are_unclear),
		T(undated_days_and_alike_hedges),
		T(a_weekday_and_the_day_written_out),
		T(places_of_events),
		T(amounts_given_for_one_year),
		T(a_total_and_its_parts),
		T(values_of_a_quotation_one_report_gives),
		T(lone_tallies),
		T(a_day_to_come_that_one_report_gives),
		T(a_fate_that_does_not_say_how),
		T(what_happened_to_things),
		T(a_day_of_other_people),
		T(documents_of_one_person),
		T(documents_grouped_in_any_order),
		T(quotations_grouped_in_any_order),
		T(photo_captions_state_nothing),
		T(a_year_naming_a_thing),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
