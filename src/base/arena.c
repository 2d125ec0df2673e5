#include "base/arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/vec.h"

#define BLOCK_SIZE ((size_t)64 << 10)

struct arena_block {
	struct arena_block *next;
	size_t used, size;
	max_align_t data[];
};

void arena_init(struct arena *a)
{
	memset(a, 0, sizeof *a);
}

void arena_release(struct arena *a)
{
	struct arena_block *b = a->head;
	while (b) {
		struct arena_block *next = b->next;
		free(b);
		b = next;
	}
	arena_init(a);
}

/* n bytes at the given alignment (a power of two up to that of
 * max_align_t), not zeroed: strings are packed one after another. */
static void *take(struct arena *a, size_t n, size_t align)
{
	struct arena_block *b = a->head;
	size_t at = b ? (b->used + align - 1) & ~(align - 1) : 0;
	if (!b || at > b->size || b->size - at < n) {
		size_t size = n > BLOCK_SIZE ? n : BLOCK_SIZE;
		b = malloc(sizeof *b + size);
		if (!b) {
			a->failed = 1;
			return NULL;
		}
		b->size = size;
		b->used = 0;
		at = 0;
		/* A big one-off block goes behind the current one, so that the
		 * current block keeps serving small requests. */
		if (a->head && n > BLOCK_SIZE) {
			b->next = a->head->next;
			a->head->next = b;
		} else {
			b->next = a->head;
			a->head = b;
		}
	}
	void *p = (char *)b->data + at;
	b->used = at + n;
	a->total += n;
	return p;
}

void *arena_alloc(struct arena *a, size_t n)
{
	const size_t align = sizeof(max_align_t);
	n = (n + align - 1) / align * align;
	if (n == 0)
		n = align;
	void *p = take(a, n, align);
	if (p)
		memset(p, 0, n);
	return p;
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = take(a, n + 1, 1);
	if (!p)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

char *arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return NULL;
	char *p = take(a, (size_t)n + 1, 1);
	if (!p)
		return NULL;
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

void *arena_reserve(struct arena *a, void *v, size_t n, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap && v)
		return v;
	size_t nc = vec_grown_cap(*cap, need, size);
	void *p = nc ? arena_alloc(a, nc * size) : NULL;
	if (!p)
		return NULL;
	if (n)
		memcpy(p, v, n * size);
	*cap = nc;
	return p;
}
