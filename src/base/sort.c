/*
 * sort.c - stable sorts by unsigned integer keys.  See sort.h.
 */
#include "base/sort.h"

static inline uint32_t value_of(const uint32_t *v)
{
	return *v;
}

ND_RADIX_SORT(sort_values, uint32_t, uint32_t, value_of)

void sort_u32(uint32_t *v, size_t n, uint32_t *tmp)
{
	sort_values(v, n, tmp);
}
