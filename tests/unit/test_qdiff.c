/* Unit tests: comparing quotations word by word (qdiff.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "base/arena.h"
#include "analyse/qdiff.h"

static struct arena ar;

static int setup(void **state)
{
	arena_init(&ar);
	return 0;
}

static int teardown(void **state)
{
	arena_release(&ar);
	return 0;
}

static struct qwords words(const char *s)
{
	struct qwords w;
	assert_int_equal(qdiff_words(s, strlen(s), &ar, &w), ND_E_OK);
	return w;
}

/* The word i of w as written in s. */
static char *word_text(const struct qwords *w, const char *s, size_t i)
{
	assert_true(i < w->n);
	return arena_strndup(&ar, s + w->v[i].off, w->v[i].len);
}

static enum qrel relation(const struct qwords *a, const struct qwords *b)
{
	struct qop *ops;
	size_t n;
	assert_int_equal(qdiff_diff(a, b, &ar, &ops, &n), ND_E_OK);
	return qdiff_relation(ops, n);
}

/* Every word of both quotes is covered once, in order, by the ops. */
static void check_ops_cover(const struct qwords *a, const struct qwords *b)
{
	struct qop *ops;
	size_t n;
	assert_int_equal(qdiff_diff(a, b, &ar, &ops, &n), ND_E_OK);
	uint32_t ai = 0, bi = 0;
	for (size_t i = 0; i < n; i++) {
		const struct qop *o = &ops[i];
		assert_int_equal(o->a_first, ai);
		assert_int_equal(o->b_first, bi);
		switch (o->kind) {
		case QOP_SAME:
			assert_int_equal(o->a_count, o->b_count);
			assert_true(o->a_count > 0);
			for (uint32_t k = 0; k < o->a_count; k++)
				assert_string_equal(a->v[ai + k].fold, b->v[bi + k].fold);
			break;
		case QOP_ONLY_A:
			assert_true(o->a_count > 0);
			assert_int_equal(o->b_count, 0);
			break;
		case QOP_ONLY_B:
			assert_true(o->b_count > 0);
			assert_int_equal(o->a_count, 0);
			break;
		}
		if (i > 0)
			assert_false(o->kind == QOP_SAME && ops[i - 1].kind == QOP_SAME);
		ai += o->a_count;
		bi += o->b_count;
	}
	assert_int_equal(ai, a->n);
	assert_int_equal(bi, b->n);
}

static void splits_words_with_offsets(void **state)
{
	const char *s = "\xe2\x80\x9cWe\xe2\x80\x99re not done \xe2\x80\x94 far from it\xe2\x80\xa6\xe2\x80\x9d";
	struct qwords w = words(s);
	assert_int_equal(w.n, 6);
	assert_string_equal(word_text(&w, s, 0), "We\xe2\x80\x99re");
	assert_string_equal(w.v[0].fold, "we're");
	assert_int_equal(w.v[0].off, 3);
	assert_string_equal(word_text(&w, s, 1), "not");
	assert_string_equal(word_text(&w, s, 3), "far");
	assert_string_equal(word_text(&w, s, 5), "it");
	assert_string_equal(w.v[5].fold, "it");
}

/* A quotation of more words than are kept on the stack while they are
 * found (a long speech quoted whole): every word, in order, with its
 * place and its folded form. */
static void long_quotation_every_word(void **state)
{
	(void)state;
	size_t n = 3000, len = 0;
	char *s = arena_alloc(&ar, n * 12 + 1);
	assert_non_null(s);
	for (size_t i = 0; i < n; i++)
		len += (size_t)sprintf(s + len, "%sW%zu%s", i ? " " : "", i, i % 7 == 6 ? "," : "");
	struct qwords w = words(s);
	assert_int_equal(w.n, n);
	size_t at = 0;
	for (size_t i = 0; i < n; i++) {
		char want[16];
		int k = snprintf(want, sizeof want, "W%zu", i);
		at += i ? 1 : 0;
		assert_int_equal(w.v[i].off, at);
		assert_int_equal(w.v[i].len, (size_t)k);
		assert_string_equal(word_text(&w, s, i), want);
		want[0] = 'w';
		assert_string_equal(w.v[i].fold, want);
		at += (size_t)k + (i % 7 == 6);
	}
}

static void apostrophes_and_accents_stay_whole(void **state)
{
	const char *s = "The company's caf\xc3\xa9 in Z\xc3\xbcrich isn\xe2\x80\x99t "
			"the reporters\xe2\x80\x99 'favourite' \xc3\x89LAN";
	struct qwords w = words(s);
	assert_int_equal(w.n, 10);
	assert_string_equal(word_text(&w, s, 1), "company's");
	assert_string_equal(word_text(&w, s, 2), "caf\xc3\xa9");
	assert_string_equal(word_text(&w, s, 4), "Z\xc3\xbcrich");
	assert_string_equal(w.v[4].fold, "z\xc3\xbcrich");
	assert_string_equal(word_text(&w, s, 5), "isn\xe2\x80\x99t");
	assert_string_equal(w.v[5].fold, "isn't");
	/* A closing apostrophe or quote mark is not part of the word. */
	assert_string_equal(word_text(&w, s, 7), "reporters");
	assert_string_equal(word_text(&w, s, 8), "favourite");
	assert_string_equal(w.v[9].fold, "\xc3\xa9lan");

	/* A decomposed accent folds like the precomposed one. */
	struct qwords d = words("E\xcc\x81LAN cafe\xcc\x81");
	assert_int_equal(d.n, 2);
	assert_string_equal(d.v[0].fold, "\xc3\xa9lan");
	assert_string_equal(d.v[1].fold, "caf\xc3\xa9");
	assert_int_equal(d.v[1].len, 6);
}

static void numbers_and_other_scripts(void **state)
{
	const char *s = "3.5 million, 1,500 jobs. In 2023, co-founder \xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0 \xe6\x97\xa5\xe6\x9c\xac";
	struct qwords w = words(s);
	/* 3.5 million 1,500 jobs In 2023 co founder Москва 日 本 */
	assert_int_equal(w.n, 11);
	assert_string_equal(w.v[0].fold, "3.5");
	assert_string_equal(w.v[2].fold, "1,500");
	assert_string_equal(w.v[3].fold, "jobs");
	assert_string_equal(w.v[5].fold, "2023");
	assert_string_equal(w.v[6].fold, "co");
	assert_string_equal(w.v[7].fold, "founder");
	assert_string_equal(w.v[8].fold, "\xd0\xbc\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0");
	assert_string_equal(w.v[9].fold, "\xe6\x97\xa5");
	assert_string_equal(w.v[10].fold, "\xe6\x9c\xac");
}

static void empty_and_wordless(void **state)
{
	struct qwords e = words(""), p = words(" \xe2\x80\xa6 -- \"...\" \xe2\x80\x94 '");
	assert_int_equal(e.n, 0);
	assert_null(e.v);
	assert_int_equal(p.n, 0);
	struct qwords w;
	assert_int_equal(qdiff_words(NULL, 0, &ar, &w), ND_E_OK);
	assert_int_equal(w.n, 0);

	struct qwords q = words("We will appeal");
	assert_int_equal(qdiff_longest_run(&e, &q), 0);
	assert_int_equal(qdiff_longest_run(&q, &e), 0);
	assert_int_equal(qdiff_longest_run(&e, &p), 0);
	assert_false(qdiff_same_quote(&e, &q));

	struct qop *ops;
	size_t n;
	assert_int_equal(qdiff_diff(&e, &p, &ar, &ops, &n), ND_E_OK);
	assert_int_equal(n, 0);
	assert_int_equal(qdiff_relation(ops, n), QREL_SAME);
	assert_string_equal(qdiff_describe(&e, "", &p, "", &ar), "same words");
	assert_int_equal(relation(&e, &q), QREL_A_IN_B);
	assert_int_equal(relation(&q, &e), QREL_B_IN_A);
	check_ops_cover(&e, &q);
	check_ops_cover(&q, &e);
}

static void quote_styles_and_capitals_are_the_same(void **state)
{
	const char *a = "\xe2\x80\x9cWe don\xe2\x80\x99t accept the board\xe2\x80\x99s decision "
			"\xe2\x80\x94 and we\xe2\x80\x99ll say so.\xe2\x80\x9d";
	const char *b = "\"we don't accept the Board's decision, and We'll say so\"";
	struct qwords wa = words(a), wb = words(b);
	assert_int_equal(wa.n, 10);
	assert_int_equal(wb.n, 10);
	assert_int_equal(qdiff_longest_run(&wa, &wb), 10);
	assert_true(qdiff_same_quote(&wa, &wb));
	assert_int_equal(relation(&wa, &wb), QREL_SAME);
	check_ops_cover(&wa, &wb);
	assert_string_equal(qdiff_describe(&wa, a, &wb, b, &ar), "same words");
}

static void cut_in_the_middle(void **state)
{
	const char *full = "I was deeply disappointed by what I saw on Monday, and I "
			   "know many of our staff feel the same.";
	const char *cut = "I was deeply disappointed \xe2\x80\xa6 and I know many of our "
			  "staff feel the same.";
	struct qwords f = words(full), c = words(cut);
	assert_int_equal(f.n, 20);
	assert_int_equal(c.n, 14);
	assert_int_equal(relation(&c, &f), QREL_A_IN_B);
	assert_int_equal(relation(&f, &c), QREL_B_IN_A);
	check_ops_cover(&c, &f);
	check_ops_cover(&f, &c);
	assert_int_equal(qdiff_longest_run(&c, &f), 10);
	assert_true(qdiff_same_quote(&c, &f));

	struct qop *ops;
	size_t n;
	assert_int_equal(qdiff_diff(&c, &f, &ar, &ops, &n), ND_E_OK);
	assert_int_equal(n, 3);
	assert_int_equal(ops[0].kind, QOP_SAME);
	assert_int_equal(ops[0].a_count, 4);
	assert_int_equal(ops[1].kind, QOP_ONLY_B);
	assert_int_equal(ops[1].b_first, 4);
	assert_int_equal(ops[1].b_count, 6);
	assert_int_equal(ops[1].a_first, 4);
	assert_int_equal(ops[2].kind, QOP_SAME);
	assert_int_equal(ops[2].a_count, 10);

	assert_string_equal(qdiff_describe(&c, cut, &f, full, &ar),
			    "cuts: \xe2\x80\x9c" "by what I saw on Monday\xe2\x80\x9d");
	assert_string_equal(qdiff_describe(&f, full, &c, cut, &ar),
			    "adds: \xe2\x80\x9c" "by what I saw on Monday\xe2\x80\x9d");
}

static void long_cut_is_shortened(void **state)
{
	const char *full = "Our reporters did nothing wrong. I was deeply disappointed by "
			   "the way this was handled and I expect the same from everyone.";
	const char *cut = "Our reporters did nothing wrong.";
	struct qwords f = words(full), c = words(cut);
	assert_int_equal(relation(&c, &f), QREL_A_IN_B);
	assert_string_equal(qdiff_describe(&c, cut, &f, full, &ar),
			    "cuts: \xe2\x80\x9cI was deeply disappointed \xe2\x80\xa6 "
			    "from everyone\xe2\x80\x9d");
	/* A short quote wholly inside a long one is the same quotation. */
	assert_true(qdiff_same_quote(&c, &f));
}

static void initiative_for_plan(void **state)
{
	const char *a = "misguided initiative that seriously violated the company\xe2\x80\x99s "
			"code of conduct";
	const char *b = "ByteDance condemns this misguided plan that seriously violated "
			"the company's Code of Conduct";
	struct qwords wa = words(a), wb = words(b);
	assert_int_equal(wa.n, 10);
	assert_int_equal(wb.n, 13);
	/* "that seriously violated the company's code of conduct" */
	assert_int_equal(qdiff_longest_run(&wa, &wb), 8);
	assert_int_equal(qdiff_longest_run(&wb, &wa), 8);
	assert_true(qdiff_same_quote(&wa, &wb));
	assert_int_equal(relation(&wa, &wb), QREL_CHANGED);
	assert_int_equal(relation(&wb, &wa), QREL_CHANGED);
	check_ops_cover(&wa, &wb);
	check_ops_cover(&wb, &wa);

	struct qop *ops;
	size_t n;
	assert_int_equal(qdiff_diff(&wa, &wb, &ar, &ops, &n), ND_E_OK);
	assert_int_equal(n, 5);
	assert_int_equal(ops[0].kind, QOP_ONLY_B);  /* ByteDance condemns this */
	assert_int_equal(ops[0].b_count, 3);
	assert_int_equal(ops[1].kind, QOP_SAME);    /* misguided */
	assert_int_equal(ops[2].kind, QOP_ONLY_A);  /* initiative */
	assert_int_equal(ops[2].a_first, 1);
	assert_int_equal(ops[3].kind, QOP_ONLY_B);  /* plan */
	assert_int_equal(ops[3].b_first, 4);
	assert_int_equal(ops[4].kind, QOP_SAME);    /* that ... conduct */
	assert_int_equal(ops[4].a_count, 8);

	const char *d = qdiff_describe(&wa, a, &wb, b, &ar);
	assert_string_equal(d, "changed: \xe2\x80\x9cinitiative\xe2\x80\x9d for "
			       "\xe2\x80\x9cplan\xe2\x80\x9d; cuts: \xe2\x80\x9c"
			       "ByteDance condemns this\xe2\x80\x9d");
	d = qdiff_describe(&wb, b, &wa, a, &ar);
	assert_string_equal(d, "changed: \xe2\x80\x9cplan\xe2\x80\x9d for "
			       "\xe2\x80\x9cinitiative\xe2\x80\x9d; adds: \xe2\x80\x9c"
			       "ByteDance condemns this\xe2\x80\x9d");
}

static void many_changes_are_counted(void **state)
{
	const char *a = "one two three four five six seven eight nine ten";
	const char *b = "one 2 three 4 five 6 seven 8 nine 10";
	struct qwords wa = words(a), wb = words(b);
	assert_int_equal(relation(&wa, &wb), QREL_CHANGED);
	assert_int_equal(qdiff_longest_run(&wa, &wb), 1);
	assert_false(qdiff_same_quote(&wa, &wb));
	check_ops_cover(&wa, &wb);
	assert_string_equal(qdiff_describe(&wa, a, &wb, b, &ar),
			    "changed: \xe2\x80\x9ctwo\xe2\x80\x9d for \xe2\x80\x9c" "2\xe2\x80\x9d, "
			    "\xe2\x80\x9c" "four\xe2\x80\x9d for \xe2\x80\x9c" "4\xe2\x80\x9d, "
			    "\xe2\x80\x9c" "six\xe2\x80\x9d for \xe2\x80\x9c" "6\xe2\x80\x9d and 2 more");
}

static void unrelated_quotes_share_little(void **state)
{
	const char *a = "We are confident the investigation will clear our name and we will "
			"cooperate fully with the authorities.";
	const char *b = "The board has full confidence in the management team and will "
			"review the findings next week.";
	struct qwords wa = words(a), wb = words(b);
	assert_true(qdiff_longest_run(&wa, &wb) <= 2);
	assert_false(qdiff_same_quote(&wa, &wb));
	assert_int_equal(relation(&wa, &wb), QREL_CHANGED);
	check_ops_cover(&wa, &wb);
	check_ops_cover(&wb, &wa);
	assert_non_null(qdiff_describe(&wa, a, &wb, b, &ar));

	/* Three shared words are not enough for longer quotes... */
	struct qwords x = words("It was a mistake, and we will fix it quickly"),
		      y = words("Nobody thinks it was a mistake at this point");
	assert_int_equal(qdiff_longest_run(&x, &y), 4);
	assert_false(qdiff_same_quote(&x, &y));
	/* ...but a whole three-word quote found in another is. */
	struct qwords v = words("were deeply disappointed"),
		      u = words("We were deeply disappointed today");
	assert_true(qdiff_same_quote(&v, &u));
	/* Two words are too few, whole or not. */
	struct qwords z = words("\xe2\x80\x9c" "deeply disappointed\xe2\x80\x9d");
	assert_int_equal(qdiff_longest_run(&z, &u), 2);
	assert_false(qdiff_same_quote(&z, &u));
}

static void repeated_words_align(void **state)
{
	/* A quotation that repeats itself still lines up word for word. */
	const char *a = "no no no, we did not do that";
	const char *b = "no, we did not do that, no";
	struct qwords wa = words(a), wb = words(b);
	check_ops_cover(&wa, &wb);
	check_ops_cover(&wb, &wa);
	assert_int_equal(qdiff_longest_run(&wa, &wb), 6);
	assert_int_equal(relation(&wa, &wb), QREL_CHANGED);
	/* Cuts at both ends only: b is inside a. */
	struct qwords c = words("we did not");
	assert_int_equal(relation(&c, &wa), QREL_A_IN_B);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(splits_words_with_offsets),
		cmocka_unit_test(long_quotation_every_word),
		cmocka_unit_test(apostrophes_and_accents_stay_whole),
		cmocka_unit_test(numbers_and_other_scripts),
		cmocka_unit_test(empty_and_wordless),
		cmocka_unit_test(quote_styles_and_capitals_are_the_same),
		cmocka_unit_test(cut_in_the_middle),
		cmocka_unit_test(long_cut_is_shortened),
		cmocka_unit_test(initiative_for_plan),
		cmocka_unit_test(many_changes_are_counted),
		cmocka_unit_test(unrelated_quotes_share_little),
		cmocka_unit_test(repeated_words_align),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
