#include "base/vec.h"

#include <stdint.h>
#include <stdlib.h>

size_t vec_grown_cap(size_t cap, size_t need, size_t size)
{
	size_t nc = cap > 8 ? cap : 8;
	while (nc < need) {
		if (nc > SIZE_MAX / 2)
			return 0;
		nc *= 2;
	}
	if (size && nc > SIZE_MAX / size)
		return 0;
	return nc;
}

void *vec_reserve(void *v, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap && v)
		return v;
	size_t nc = vec_grown_cap(*cap, need, size);
	void *nv = nc ? realloc(v, nc * size) : NULL;
	if (!nv)
		return NULL;
	*cap = nc;
	return nv;
}
