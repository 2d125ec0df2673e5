#include "base/vec.h"

#include <stdint.h>
#include <stdlib.h>

void *vec_reserve(void *v, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap && v)
		return v;
	size_t nc = *cap > 8 ? *cap : 8;
	while (nc < need) {
		if (nc > SIZE_MAX / 2)
			return NULL;
		nc *= 2;
	}
	if (size && nc > SIZE_MAX / size)
		return NULL;
	void *nv = realloc(v, nc * size);
	if (!nv)
		return NULL;
	*cap = nc;
	return nv;
}
