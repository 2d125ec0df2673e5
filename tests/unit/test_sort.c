/* Unit tests: the stable sorts by integer keys (base/sort.h), against
 * qsort with the same order and the records' first places breaking
 * ties. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "base/sort.h"

static uint64_t rng = 88172645463325252ull;

static uint64_t next_random(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return (x > y) - (x < y);
}

/* Values of every kind of spread: small ones (the high bytes shared and
 * skipped), full 32-bit ones, all equal, already sorted and reversed;
 * each size either side of where insertion gives way. */
static void u32_as_qsort_sorts(void **state)
{
	(void)state;
	const size_t sizes[] = { 0, 1, 2, 31, 32, 33, 1000, 70000 };
	for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
		size_t n = sizes[s];
		uint32_t *v = malloc((n + 1) * sizeof *v), *want = malloc((n + 1) * sizeof *v),
			 *tmp = malloc((n + 1) * sizeof *v);
		assert_true(v && want && tmp);
		for (int kind = 0; kind < 5; kind++) {
			for (size_t i = 0; i < n; i++) {
				uint64_t r = next_random();
				v[i] = kind == 0   ? (uint32_t)(r % 300)
				       : kind == 1 ? (uint32_t)r
				       : kind == 2 ? 7u
				       : kind == 3 ? (uint32_t)i * 3u
						   : (uint32_t)(n - i) << 16;
			}
			memcpy(want, v, n * sizeof *v);
			qsort(want, n, sizeof *want, cmp_u32);
			sort_u32(v, n, tmp);
			if (n)
				assert_memory_equal(v, want, n * sizeof *v);
		}
		free(v);
		free(want);
		free(tmp);
	}
}

struct item {
	uint32_t group, at;     /* the key: group then at */
	uint32_t first;         /* the place it came in */
	uint32_t pad;
};

static inline uint64_t item_key(const struct item *x)
{
	return (uint64_t)x->group << 32 | x->at;
}

ND_RADIX_SORT(sort_items, struct item, uint64_t, item_key)

static int cmp_item(const void *pa, const void *pb)
{
	const struct item *a = pa, *b = pb;
	uint64_t x = item_key(a), y = item_key(b);
	if (x != y)
		return x < y ? -1 : 1;
	return (a->first > b->first) - (a->first < b->first);
}

/* Records by a 64-bit key with many ties: the same order as qsort's with
 * ties in the order the records came in (a stable sort), whether the
 * keys differ in their high half, their low half or both. */
static void records_sorted_stably(void **state)
{
	(void)state;
	const size_t sizes[] = { 5, 31, 32, 500, 60000 };
	for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
		size_t n = sizes[s];
		struct item *v = malloc(n * sizeof *v), *want = malloc(n * sizeof *v),
			    *tmp = malloc(n * sizeof *v);
		assert_true(v && want && tmp);
		for (int kind = 0; kind < 3; kind++) {
			for (size_t i = 0; i < n; i++) {
				uint64_t r = next_random();
				v[i] = (struct item){
					.group = kind == 1 ? 4 : (uint32_t)(r % 40),
					.at = kind == 2 ? 9 : (uint32_t)(r >> 20) % 5000,
					.first = (uint32_t)i,
				};
			}
			memcpy(want, v, n * sizeof *v);
			qsort(want, n, sizeof *want, cmp_item);
			sort_items(v, n, tmp);
			assert_memory_equal(v, want, n * sizeof *v);
		}
		free(v);
		free(want);
		free(tmp);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(u32_as_qsort_sorts),
		cmocka_unit_test(records_sorted_stably),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
