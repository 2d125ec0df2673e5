/* Unit tests: how invented reports describe what they name (naming.c):
 * descriptions before a name and in apposition, how often, the row of a
 * name two reports describe (the same words agree, others are described
 * differently, never a disagreement), and what is no description (a verb
 * before a name, a count, a name qualifying a noun, quoted words). */
#define _GNU_SOURCE 1  /* asprintf */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "analyse/compare.h"
#include "analyse/naming.h"
#include "load/story.h"

struct fx {
	struct story s;
	struct comparison c;
	bool loaded;
};

static void fx_clear(struct fx *x)
{
	if (x->loaded) {
		comparison_release(&x->c);
		story_release(&x->s);
	}
	memset(x, 0, sizeof *x);
}

static int setup(void **state)
{
	*state = calloc(1, sizeof(struct fx));
	return *state ? 0 : -1;
}

static int teardown(void **state)
{
	fx_clear(*state);
	free(*state);
	return 0;
}

static const struct comparison *compare_texts(void **state, const char *const *bodies, size_t n)
{
	struct fx *x = *state;
	fx_clear(x);
	for (size_t i = 0; i < n; i++) {
		char src[32], *text = NULL;
		snprintf(src, sizeof src, "ledger-%zu.txt", i + 1);
		int len = asprintf(&text, "Outlet: Ledger %zu\nTitle: Harbour report\nDate: 2031-04-09\n\n%s\n",
				   i + 1, bodies[i]);
		assert_true(len > 0);
		assert_int_equal(story_add_page(&x->s, src, text, (size_t)len, "text/plain", NULL), ND_E_OK);
		free(text);
	}
	assert_int_equal(compare_story(&x->s, &x->c), ND_E_OK);
	x->loaded = true;
	return &x->c;
}

static const struct naming_entity *entity(const struct comparison *c, const char *name)
{
	for (size_t i = 0; i < c->names->n; i++)
		if (strcmp(c->names->v[i].name, name) == 0)
			return &c->names->v[i];
	return NULL;
}

static const struct naming_use *use_of(const struct naming_entity *e, uint32_t art, const char *text)
{
	for (size_t i = 0; e && i < e->nuses; i++)
		if (e->uses[i].art == art && strcmp(e->uses[i].text, text) == 0)
			return &e->uses[i];
	return NULL;
}

static const struct row *naming_row(const struct comparison *c, const char *name)
{
	char q[128];
	snprintf(q, sizeof q, "how %s is described", name);
	for (size_t i = 0; i < c->nrows; i++)
		if (c->rows[i].kind == FACT_NAMING && strcmp(c->rows[i].question, q) == 0)
			return &c->rows[i];
	return NULL;
}

/* Before the name and in apposition, counted per report; the most used
 * is the row's value, the others are in its note; other words are
 * "described differently" (partial). */
static void descriptions_counted_and_compared(void **state)
{
	static const char *const t[] = {
		"The ferry operator Lundco cut fares on Monday. Passengers welcomed the ferry "
		"operator Lundco's decision. Pilots met the Brenmouth ferry operator Lundco later.",
		"Lundco, the struggling harbour company, cut fares on Monday. Pilots met "
		"the harbour company Lundco.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct naming_entity *e = entity(c, "Lundco");
	assert_non_null(e);
	assert_false(e->person);
	assert_int_equal(e->nreports, 2);
	const struct naming_use *u = use_of(e, 0, "ferry operator");
	assert_non_null(u);
	assert_int_equal(u->count, 2);
	assert_non_null(use_of(e, 1, "the struggling harbour company"));
	assert_non_null(use_of(e, 1, "harbour company"));
	const struct row *r = naming_row(c, "Lundco");
	assert_non_null(r);
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->verdict, VERDICT_PARTIAL);
	assert_string_equal(r->why, "described differently");
	assert_string_equal(r->cells[0].value, "ferry operator");
	assert_non_null(strstr(r->cells[0].note, "2 times"));
	/* the evidence is the description inside its sentence */
	const char *text = c->story->arts[0].text;
	assert_memory_equal(text + r->cells[0].start, "ferry operator", 14);
	assert_true(r->cells[0].sent_start <= r->cells[0].start &&
		    r->cells[0].end <= r->cells[0].sent_end);
}

/* An apposition may open with a possessor ("Varco's parent company"),
 * and ends where "and" starts a clause of its own. */
static void apposition_with_a_possessor(void **state)
{
	static const char *const t[] = {
		"Fares were cut by Lundco, Varco's parent company and was praised for it.",
		"Pilots met Lundco on Monday.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct naming_entity *e = entity(c, "Lundco");
	assert_non_null(e);
	assert_non_null(use_of(e, 0, "Varco's parent company"));
}

/* The same words in both reports agree. */
static void same_words_agree(void **state)
{
	static const char *const t[] = {
		"Pilots met the ferry operator Lundco on Monday.",
		"On Monday the ferry operator Lundco met pilots.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = naming_row(c, "Lundco");
	assert_non_null(r);
	assert_int_equal(r->verdict, VERDICT_AGREE);
}

/* "ex-" and "then-" read as "former": alike, but not the same words. */
static void ex_is_former(void **state)
{
	static const char *const t[] = {
		"Pilots met the ex-ferry operator Lundco on Monday.",
		"On Monday the former ferry operator Lundco met pilots.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct row *r = naming_row(c, "Lundco");
	assert_non_null(r);
	assert_int_equal(r->verdict, VERDICT_AGREE);
	assert_string_equal(r->why, "the reports describe it alike");
	static const char *const same[] = {
		"Pilots met the former ferry operator Lundco on Monday.",
		"On Monday the former ferry operator Lundco met pilots.",
	};
	r = naming_row(compare_texts(state, same, 2), "Lundco");
	assert_non_null(r);
	assert_string_equal(r->why, "the reports describe it in the same words");
}

/* Words before a name that are no description: a verb, a count, a name
 * qualifying the noun after it, words inside a quotation, a possessor
 * alone, a list of names, the words before "so-called" (of the label). */
static void what_is_no_description(void **state)
{
	static const char *const t[] = {
		"The pilots fined Lundco on Monday. Officials contacted Lundco. Pilots met 47 "
		"Lundco drivers. The former Lundco director resigned. \"The greedy firm Lundco "
		"lied,\" Ada Roe said. Varco's Lundco spoke. Lundco, the Varco Group and Brenmouth "
		"Port agreed. Pilots had to warn Lundco. The mayor attacked the Harbour Party's "
		"so-called Lundco.",
		"Pilots met Lundco on Monday.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct naming_entity *e = entity(c, "Lundco");
	assert_null(e);
	assert_null(naming_row(c, "Lundco"));
}

/* "the entire Lundco caucus", "the top Lundco board members": the words
 * before the name go with the noun after it; "in northern Brenland" is a
 * part of a place.  Neither describes the name. */
static void words_of_the_noun_after_or_of_a_place(void **state)
{
	static const char *const t[] = {
		"The entire Lundco caucus voted on Monday. Pilots met in northern Brenland.",
		"The top Lundco board members met on Monday. Pilots met in southwestern "
		"Brenland.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	assert_null(naming_row(c, "Lundco"));
	assert_null(naming_row(c, "Brenland"));
	assert_null(use_of(entity(c, "Lundco"), 0, "entire"));
	assert_null(use_of(entity(c, "Lundco"), 1, "top"));
}

/* A person's description is kept for the names view, with no row (the
 * title rows are align.c's); a name two reports do not both write is
 * left out. */
static void people_and_single_names(void **state)
{
	static const char *const t[] = {
		"Harbour pilot Kim Lund said the quay was closed. The ferry operator Varco agreed.",
		"Veteran harbour pilot Kim Lund said the quay had closed.",
	};
	const struct comparison *c = compare_texts(state, t, 2);
	const struct naming_entity *e = NULL;
	for (size_t i = 0; i < c->names->n; i++)
		if (c->names->v[i].person)
			e = &c->names->v[i];
	assert_non_null(e);
	assert_non_null(use_of(e, 0, "Harbour pilot"));
	assert_non_null(use_of(e, 1, "Veteran harbour pilot"));
	assert_null(entity(c, "Varco"));
	for (size_t i = 0; i < c->nrows; i++)
		assert_true(c->rows[i].kind != FACT_NAMING);
	/* a noun for a body of people describes a firm, not a person of
	 * that surname */
	static const char *const u[] = {
		"Harbour pilot Kim Lund said the quay was closed, according to an audit led by "
		"an outside law firm Lund.",
		"Veteran harbour pilot Kim Lund said the quay had closed.",
	};
	c = compare_texts(state, u, 2);
	e = NULL;
	for (size_t i = 0; i < c->names->n; i++)
		if (c->names->v[i].person)
			e = &c->names->v[i];
	assert_non_null(e);
	assert_non_null(use_of(e, 0, "Harbour pilot"));
	assert_null(use_of(e, 0, "outside law firm"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
		T(descriptions_counted_and_compared),
		T(same_words_agree),
		T(ex_is_former),
		T(apposition_with_a_possessor),
		T(what_is_no_description),
		T(words_of_the_noun_after_or_of_a_place),
		T(people_and_single_names),
#undef T
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
