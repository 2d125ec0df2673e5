/* Unit tests: sanitising, widths and matching (text.c) and the bounded
 * buffer (buf.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "base/arena.h"
#include "base/buf.h"
#include "base/intern.h"
#include "base/text.h"
#include "base/vec.h"

static char *clean(const char *in, size_t n, struct text_fixes *f)
{
	static struct buf b;
	buf_release(&b);
	buf_init(&b, 1 << 20);
	assert_int_equal(text_sanitize(in, n, &b, f), ND_E_OK);
	return b.data ? b.data : (char *)"";
}

static void escape_sequences_become_visible(void **state)
{
	struct text_fixes f;
	const char in[] = "a\x1b[31mred\x1b]0;title\x07z";
	char *out = clean(in, sizeof in - 1, &f);
	/* ESC is U+241B, BEL is U+2407: no raw ESC or BEL remains. */
	assert_null(strchr(out, 0x1b));
	assert_null(strchr(out, 0x07));
	assert_string_equal(out, "a\xe2\x90\x9b[31mred\xe2\x90\x9b]0;title\xe2\x90\x87z");
	assert_int_equal(f.controls, 3);
}

static void invalid_utf8_becomes_replacement(void **state)
{
	struct text_fixes f;
	const char in[] = "ok\xff\xc3(\xe2\x82";
	char *out = clean(in, sizeof in - 1, &f);
	assert_string_equal(out, "ok\xef\xbf\xbd\xef\xbf\xbd(\xef\xbf\xbd\xef\xbf\xbd");
	assert_int_equal(f.invalid, 4);
}

static void line_ends_tabs_and_bom(void **state)
{
	const char in[] = "\xef\xbb\xbf" "a\r\nb\rc\td";
	assert_string_equal(clean(in, sizeof in - 1, NULL), "a\nb\nc d");
}

static void c1_and_bidi_controls_replaced(void **state)
{
	struct text_fixes f;
	/* U+009B (CSI as a C1 control) and U+202E (right-to-left override). */
	const char in[] = "x\xc2\x9b" "31m\xe2\x80\xaey";
	char *out = clean(in, sizeof in - 1, &f);
	assert_string_equal(out, "x\xef\xbf\xbd" "31m\xef\xbf\xbdy");
	assert_int_equal(f.controls, 2);
}

static void nul_and_del_visible(void **state)
{
	const char in[] = "a\0b\x7f";
	assert_string_equal(clean(in, 4, NULL), "a\xe2\x90\x80" "b\xe2\x90\xa1");
}

static void binary_detection(void **state)
{
	const char text[] = "Plain text, with \xe2\x80\x9cquotes\xe2\x80\x9d.\n";
	const char nul[] = "PK\x03\x04\0\0\x14\0";
	unsigned char noise[256];
	for (int i = 0; i < 256; i++)
		noise[i] = (unsigned char)(i * 37 + 11);
	assert_false(text_is_binary(text, sizeof text - 1));
	assert_true(text_is_binary(nul, sizeof nul - 1));
	assert_true(text_is_binary((const char *)noise, sizeof noise));
	/* A few stray bad bytes in a long text are still text. */
	char mostly[200];
	memset(mostly, 'a', sizeof mostly);
	mostly[50] = (char)0xff;
	assert_false(text_is_binary(mostly, sizeof mostly));
	/* control bytes between runs of plain text (past the first 8 KiB,
	 * where no NUL is looked for): one in nine bytes is binary, one in
	 * eleven is not */
	static char runs[20000];
	for (int every = 9; every <= 11; every += 2) {
		for (size_t i = 0; i < sizeof runs; i++)
			runs[i] = i % (size_t)every == (size_t)every - 1 ? '\x01' : 'b';
		runs[9000] = '\0';
		if (every == 9)
			assert_true(text_is_binary(runs, sizeof runs));
		else
			assert_false(text_is_binary(runs, sizeof runs));
	}
}

static void display_widths(void **state)
{
	assert_int_equal(text_width("abc", 3), 3);
	/* curly quotes, en dash, e-acute: one cell each */
	assert_int_equal(text_width("\xe2\x80\x9c\xe2\x80\x93\xc3\xa9", 8), 3);
	/* two CJK ideographs: two cells each */
	assert_int_equal(text_width("\xe6\x97\xa5\xe6\x9c\xac", 6), 4);
	/* e + combining acute: one cell */
	assert_int_equal(text_width("e\xcc\x81", 3), 1);
}

static void find_ignores_case_and_quote_style(void **state)
{
	const char *hay = "The Reporters\xe2\x80\x99 data, \xe2\x80\x9cquoted\xe2\x80\x9d";
	size_t n = strlen(hay), len;
	assert_int_equal(text_find(hay, n, 0, "reporters'", &len), 4);
	assert_int_equal(len, strlen("Reporters\xe2\x80\x99"));
	assert_int_equal(text_find(hay, n, 0, "\"quoted\"", &len), 23);
	assert_int_equal(text_find(hay, n, 0, "absent", &len), (size_t)-1);
	assert_int_equal(text_find(hay, n, 5, "reporters", &len), (size_t)-1);
	/* Non-ASCII case folding. */
	assert_int_equal(text_find("\xc3\x89LAN", 5, 0, "\xc3\xa9lan", &len), 0);
}

static void encode_round_trip(void **state)
{
	char out[4];
	int32_t cps[] = { 'A', 0xE9, 0x2019, 0x1F600 };
	for (size_t i = 0; i < 4; i++) {
		size_t k = text_encode(cps[i], out), j = 0;
		assert_int_equal(text_next(out, k, &j), cps[i]);
		assert_int_equal(j, k);
	}
	assert_int_equal(text_encode(0xD800, out), 3); /* surrogate: U+FFFD */
}

static void buffer_respects_its_maximum(void **state)
{
	struct buf b;
	buf_init(&b, 8);
	assert_int_equal(buf_adds(&b, "12345"), ND_E_OK);
	assert_int_equal(buf_adds(&b, "678"), ND_E_OK);
	assert_int_equal(buf_addc(&b, '9'), ND_E_TOO_LARGE);
	assert_string_equal(b.data, "12345678");
	assert_int_equal(buf_addf(&b, "%d", 1), ND_E_TOO_LARGE);
	buf_release(&b);
	buf_init(&b, 1000);
	assert_int_equal(buf_addf(&b, "%0300d", 7), ND_E_OK);
	assert_int_equal(b.len, 300);
	size_t len;
	char *p = buf_detach(&b, &len);
	assert_int_equal(len, 300);
	assert_null(b.data);
	free(p);
}

static void buffer_failure_is_sticky(void **state)
{
	struct buf b;
	buf_init(&b, 4);
	assert_int_equal(buf_error(&b), ND_E_OK);
	assert_int_equal(buf_adds(&b, "12"), ND_E_OK);
	assert_int_equal(buf_adds(&b, "345"), ND_E_TOO_LARGE);
	/* later appends that would fit fail too and change nothing */
	assert_int_equal(buf_addc(&b, '3'), ND_E_TOO_LARGE);
	assert_int_equal(buf_add(&b, "", 0), ND_E_TOO_LARGE);
	assert_int_equal(buf_addf(&b, "%d", 3), ND_E_TOO_LARGE);
	assert_int_equal(b.len, 2);
	assert_int_equal(buf_error(&b), ND_E_TOO_LARGE);
	/* a failed buffer is not handed on as if it were whole */
	size_t len = 99;
	assert_null(buf_detach(&b, &len));
	assert_null(b.data);
	/* release (and detach) start afresh */
	assert_int_equal(buf_error(&b), ND_E_OK);
	assert_int_equal(buf_adds(&b, "ok"), ND_E_OK);
	assert_string_equal(b.data, "ok");
	buf_release(&b);
}

static void vector_room_grows_and_keeps_contents(void **state)
{
	size_t cap = 0, n = 0;
	int *v = NULL;
	for (int i = 0; i < 1000; i++) {
		int *nv = vec_reserve(v, &cap, n + 1, sizeof *v);
		assert_non_null(nv);
		v = nv;
		v[n++] = i;
		assert_true(cap >= n);
	}
	for (int i = 0; i < 1000; i++)
		assert_int_equal(v[i], i);
	/* no reallocation while there is room */
	size_t before = cap;
	assert_ptr_equal(vec_reserve(v, &cap, cap, sizeof *v), v);
	assert_int_equal(cap, before);
	/* a size that overflows fails and leaves the array as it was */
	assert_null(vec_reserve(v, &cap, (size_t)-1 / 2, sizeof *v));
	assert_int_equal(cap, before);
	assert_int_equal(v[999], 999);
	free(v);
}

static void arena_room_grows_and_keeps_contents(void **state)
{
	struct arena a;
	arena_init(&a);
	size_t cap = 0, n = 0;
	long *v = NULL;
	for (long i = 0; i < 500; i++) {
		long *nv = arena_reserve(&a, v, n, &cap, n + 1, sizeof *v);
		assert_non_null(nv);
		v = nv;
		v[n++] = i * 3;
		assert_true(cap >= n);
	}
	for (long i = 0; i < 500; i++)
		assert_int_equal(v[i], i * 3);
	size_t before = cap;
	assert_ptr_equal(arena_reserve(&a, v, n, &cap, cap, sizeof *v), v);
	assert_null(arena_reserve(&a, v, n, &cap, (size_t)-1 / 2, sizeof *v));
	assert_int_equal(cap, before);
	arena_release(&a);
}

/* Many small pieces and a few large ones (past the size of a huge page,
 * which are mapped on their own): each aligned, zeroed by arena_alloc,
 * kept apart, and the room of an array grown past it zeroed beyond what
 * was copied. */
static void arena_small_and_large_pieces(void **state)
{
	struct arena a;
	arena_init(&a);
	unsigned char *small[4000];
	for (size_t i = 0; i < 4000; i++) {
		small[i] = arena_alloc(&a, 1 + i % 700);
		assert_non_null(small[i]);
		assert_int_equal((uintptr_t)small[i] % _Alignof(max_align_t), 0);
		for (size_t k = 0; k < 1 + i % 700; k++)
			assert_int_equal(small[i][k], 0);
		memset(small[i], (int)(i & 0xff), 1 + i % 700);
	}
	size_t big = (size_t)5 << 20;
	unsigned char *raw = arena_alloc_raw(&a, big);
	assert_non_null(raw);
	assert_int_equal((uintptr_t)raw % _Alignof(max_align_t), 0);
	memset(raw, 0xab, big);
	unsigned char *zero = arena_alloc(&a, big);
	assert_non_null(zero);
	assert_int_equal(zero[0] | zero[big / 2] | zero[big - 1], 0);
	for (size_t i = 0; i < 4000; i++)
		assert_int_equal(small[i][i % 700], (unsigned char)(i & 0xff));
	assert_int_equal(raw[big - 1], 0xab);
	/* either side of each size where a block changes: malloc'd under
	 * half a huge page, then mapped with its tail rounded up to a whole
	 * huge page or left in small pages: every byte zeroed and writable */
	const size_t sizes[] = { (1 << 20) - 200, (1 << 20) + 200, (3 << 20) + (600 << 10),
				 (8 << 20) + 100, (2 << 20) - 100 };
	for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
		unsigned char *p = arena_alloc(&a, sizes[k]);
		assert_non_null(p);
		assert_int_equal((uintptr_t)p % _Alignof(max_align_t), 0);
		size_t nonzero = 0;
		for (size_t i = 0; i < sizes[k]; i++)
			nonzero += p[i] != 0;
		assert_int_equal(nonzero, 0);
		memset(p, 0x5a, sizes[k]);
		unsigned char *q = arena_alloc(&a, 64);
		assert_non_null(q);
		assert_int_equal(q[0] | q[63], 0);
	}
	size_t cap = 0;
	int *v = arena_reserve(&a, NULL, 0, &cap, 3, sizeof *v);
	assert_non_null(v);
	v[0] = v[1] = v[2] = 7;
	int *w = arena_reserve(&a, v, 3, &cap, cap + 1, sizeof *v);
	assert_non_null(w);
	assert_true(w[0] == 7 && w[2] == 7 && w[3] == 0 && w[cap - 1] == 0);
	assert_false(a.failed);
	arena_release(&a);
	assert_null(a.head);
}

/* A string written in place (arena_room, arena_keep): kept whole, never
 * handed out again, past the end of a block too (a new one), and what
 * arena_alloc hands out after it still zero; more than ARENA_ROOM_MAX is
 * refused. */
static void arena_room_kept_in_place(void **state)
{
	(void)state;
	struct arena a;
	arena_init(&a);
	char *kept[3000];
	for (size_t i = 0; i < 3000; i++) {
		char *r = arena_room(&a, 256);
		assert_non_null(r);
		int n = snprintf(r, 256, "word %zu", i);
		arena_keep(&a, (size_t)n + 1);
		kept[i] = r;
		unsigned char *z = arena_alloc(&a, 1 + i % 300);
		assert_non_null(z);
		for (size_t k = 0; k < 1 + i % 300; k++)
			assert_int_equal(z[k], 0);
		memset(z, 0xff, 1 + i % 300);
	}
	for (size_t i = 0; i < 3000; i++) {
		char want[32];
		snprintf(want, sizeof want, "word %zu", i);
		assert_string_equal(kept[i], want);
	}
	assert_false(a.failed);
	assert_null(arena_room(&a, ARENA_ROOM_MAX + 1));
	assert_true(a.failed);
	arena_release(&a);
}

/* arena_printf writes into the arena's free room once: strings of every
 * size, some longer than the room left (then written elsewhere), and
 * what arena_alloc hands out after them still zeroed. */
static void arena_printf_in_place(void **state)
{
	struct arena a;
	arena_init(&a);
	size_t bign = (size_t)700 << 10;
	char *big = malloc(bign + 1);
	assert_non_null(big);
	memset(big, 'x', bign);
	big[bign] = '\0';
	unsigned seed = 7;
	for (int i = 0; i < 3000; i++) {
		seed = seed * 1103515245u + 12345u;
		size_t len = i % 97 == 96 ? bign - (seed % 1000) : (seed >> 8) % 3000;
		char *p = arena_printf(&a, "%d:%.*s", i, (int)len, big);
		assert_non_null(p);
		char head[16];
		int k = snprintf(head, sizeof head, "%d:", i);
		assert_memory_equal(p, head, (size_t)k);
		assert_int_equal(strlen(p), (size_t)k + len);
		size_t m = (seed >> 4) % 5000 + 1;
		unsigned char *z = arena_alloc(&a, m);
		assert_non_null(z);
		for (size_t j = 0; j < m; j++)
			if (z[j])
				fail_msg("byte %zu of %zu not zeroed after string %d", j, m, i);
		memset(z, 0xee, m);
	}
	assert_false(a.failed);
	free(big);
	arena_release(&a);
}

/* Equal strings, one number; others the next numbers in the order first
 * seen, through the table's growth; only len bytes count. */
static void intern_numbers_strings(void **state)
{
	struct intern t;
	intern_init(&t);
	static char words[3000][16];
	uint32_t id;
	for (uint32_t i = 0; i < 3000; i++) {
		snprintf(words[i], sizeof words[i], "lund%u", i);
		assert_int_equal(intern_id(&t, words[i], strlen(words[i]), &id), ND_E_OK);
		assert_int_equal(id, i);
	}
	assert_int_equal(t.n, 3000);
	for (uint32_t i = 0; i < 3000; i += 7) {
		char again[16];
		snprintf(again, sizeof again, "lund%u", i);
		assert_int_equal(intern_id(&t, again, strlen(again), &id), ND_E_OK);
		assert_int_equal(id, i);
	}
	assert_int_equal(intern_id(&t, "lund12xyz", 6, &id), ND_E_OK);   /* "lund12" */
	assert_int_equal(id, 12);
	assert_int_equal(intern_id(&t, "", 0, &id), ND_E_OK);
	assert_int_equal(id, 3000);
	assert_int_equal(t.n, 3001);
	intern_release(&t);
	assert_int_equal(t.n, 0);
	assert_int_equal(intern_id(&t, "roe", 3, &id), ND_E_OK);
	assert_int_equal(id, 0);
	intern_release(&t);
}

static void words_and_trim(void **state)
{
	size_t n = 9;
	const char *s = text_trim("  a b  c ", &n);
	assert_int_equal(n, 6);
	assert_memory_equal(s, "a b  c", 6);
	assert_int_equal(text_words("  one two\nthree ", 16), 3);
}

/* Words counted eight bytes at a time as one at a time would: strings of
 * every length up to 70 at every alignment, made of the six spaces, the
 * bytes either side of them and bytes past ASCII (one of which is ' '
 * with its top bit set). */
static void words_counted_as_byte_by_byte(void **state)
{
	(void)state;
	static const unsigned char pool[] = { ' ', '\t', '\n', '\v', '\f', '\r', 0x08, 0x0E,
					      0x1F, 0x21, 'a', 'Z', 0x80, 0xA0, 0xC3, 0xFF,
					      0x89, 0x8D, 0x7F };
	uint64_t seed = 1;
	char buf[96];
	for (int t = 0; t < 200000; t++) {
		seed = seed * 6364136223846793005u + 1442695040888963407u;
		size_t n = (size_t)(seed >> 33) % 71, off = (size_t)(seed >> 20) % 8;
		for (size_t i = 0; i < n; i++) {
			seed = seed * 6364136223846793005u + 1442695040888963407u;
			buf[off + i] = (char)pool[(seed >> 33) % sizeof pool];
		}
		size_t want = 0;
		bool in = false;
		for (size_t i = 0; i < n; i++) {
			char c = buf[off + i];
			if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
				in = false;
			else if (!in)
				in = true, want++;
		}
		assert_int_equal(text_words(buf + off, n), want);
	}
}

static void edit_distance(void **state)
{
	assert_int_equal(text_edit_distance("quillon", "quillon", 2), 0);
	assert_int_equal(text_edit_distance("quillon", "quillan", 2), 1);  /* substitution */
	assert_int_equal(text_edit_distance("quillon", "quilon", 2), 1);   /* deletion */
	assert_int_equal(text_edit_distance("quillon", "quilllon", 2), 1); /* insertion */
	assert_int_equal(text_edit_distance("kitten", "sitting", 3), 3);
	assert_int_equal(text_edit_distance("", "", 0), 0);
	assert_int_equal(text_edit_distance("", "abc", 5), 3);
	/* bytes, not characters: an accent is two bytes away */
	assert_int_equal(text_edit_distance("caf\xc3\xa9", "cafe", 3), 2);
}

static void edit_distance_is_capped(void **state)
{
	/* past the cap the answer is cap + 1, however far apart */
	assert_int_equal(text_edit_distance("kitten", "sitting", 1), 2);
	assert_int_equal(text_edit_distance("abcdef", "uvwxyz", 2), 3);
	assert_int_equal(text_edit_distance("ab", "abcdefgh", 3), 4); /* lengths alone */
	char longer[80];
	memset(longer, 'a', sizeof longer - 1);
	longer[sizeof longer - 1] = '\0';
	assert_int_equal(text_edit_distance(longer, longer, 1), 2); /* over 63 bytes */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(escape_sequences_become_visible),
		cmocka_unit_test(invalid_utf8_becomes_replacement),
		cmocka_unit_test(line_ends_tabs_and_bom),
		cmocka_unit_test(c1_and_bidi_controls_replaced),
		cmocka_unit_test(nul_and_del_visible),
		cmocka_unit_test(binary_detection),
		cmocka_unit_test(display_widths),
		cmocka_unit_test(find_ignores_case_and_quote_style),
		cmocka_unit_test(encode_round_trip),
		cmocka_unit_test(buffer_respects_its_maximum),
		cmocka_unit_test(buffer_failure_is_sticky),
		cmocka_unit_test(vector_room_grows_and_keeps_contents),
		cmocka_unit_test(arena_room_grows_and_keeps_contents),
		cmocka_unit_test(arena_small_and_large_pieces),
		cmocka_unit_test(arena_room_kept_in_place),
		cmocka_unit_test(arena_printf_in_place),
		cmocka_unit_test(intern_numbers_strings),
		cmocka_unit_test(words_and_trim),
		cmocka_unit_test(words_counted_as_byte_by_byte),
		cmocka_unit_test(edit_distance),
		cmocka_unit_test(edit_distance_is_capped),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);
	clean("", 0, NULL);
	return r;
}
