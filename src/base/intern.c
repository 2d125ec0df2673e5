#include "base/intern.h"

#include <stdlib.h>
#include <string.h>

#include "base/text.h"

struct intern_slot {
	const char *s;           /* NULL: empty */
	uint64_t hash;
	size_t len;
	uint32_t id;
};

void intern_init(struct intern *t)
{
	memset(t, 0, sizeof *t);
}

void intern_release(struct intern *t)
{
	free(t->slots);
	intern_init(t);
}

/* Twice the slots, every string moved over; at most one slot in two used. */
static enum nd_err grow(struct intern *t)
{
	size_t cap = t->cap ? t->cap * 2 : 256;
	if (cap > SIZE_MAX / sizeof *t->slots || cap > UINT32_MAX)
		return ND_E_NOMEM;
	struct intern_slot *v = calloc(cap, sizeof *v);
	if (!v)
		return ND_E_NOMEM;
	for (size_t i = 0; i < t->cap; i++) {
		if (!t->slots[i].s)
			continue;
		size_t h = (size_t)t->slots[i].hash & (cap - 1);
		while (v[h].s)
			h = (h + 1) & (cap - 1);
		v[h] = t->slots[i];
	}
	free(t->slots);
	t->slots = v;
	t->cap = cap;
	return ND_E_OK;
}

enum nd_err intern_id(struct intern *t, const char *s, size_t len, uint32_t *id)
{
	uint64_t hash = text_hash(s, len);
	if (t->cap) {
		size_t h = (size_t)hash & (t->cap - 1);
		for (; t->slots[h].s; h = (h + 1) & (t->cap - 1)) {
			const struct intern_slot *sl = &t->slots[h];
			if (sl->hash == hash && sl->len == len && memcmp(sl->s, s, len) == 0) {
				*id = sl->id;
				return ND_E_OK;
			}
		}
	}
	if ((t->n + 1) * 2 > t->cap) {
		if (grow(t) != ND_E_OK)
			return ND_E_NOMEM;
	}
	size_t h = (size_t)hash & (t->cap - 1);
	while (t->slots[h].s)
		h = (h + 1) & (t->cap - 1);
	t->slots[h] = (struct intern_slot){ s, hash, len, (uint32_t)t->n };
	*id = (uint32_t)t->n++;
	return ND_E_OK;
}
