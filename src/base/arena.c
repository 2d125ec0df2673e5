#include "base/arena.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sys/mman.h>

#include "base/vec.h"

/* Blocks start at BLOCK_SIZE and grow with the arena; past an eighth of
 * BIG_BLOCK they are BIG_BLOCK:
 * a block of that size is mapped on its own, in huge pages where the
 * system gives them, so that a large arena (hundreds of reports) costs
 * a few hundred page faults instead of tens of thousands. */
#define BLOCK_SIZE ((size_t)64 << 10)
#define BIG_BLOCK ((size_t)2 << 20)

struct arena_block {
	struct arena_block *next;
	size_t used, size;
	size_t mapped;           /* bytes mapped for it (munmap); 0: malloc'd */
	max_align_t data[];
};

/* A block of at least size bytes of data: mapped (aligned to BIG_BLOCK,
 * huge pages advised) when it takes half of BIG_BLOCK or more, else
 * malloc'd.  A mapped block is whole huge pages but for a tail under half
 * of one, which is left in small pages: a fault costs much the same
 * whatever the size of the page, so a megabyte in small pages (256
 * faults) costs more than one huge page, and a few kilobytes less. */
static struct arena_block *new_block(size_t size)
{
	struct arena_block *b;
	size_t total = sizeof *b + size;
	if (total < BIG_BLOCK / 2) {
		b = malloc(total);
		if (b)
			b->mapped = 0;
	} else {
		size_t len = (total + 4095) & ~(size_t)4095;
		if (len < total)
			return NULL;
		if (len % BIG_BLOCK >= BIG_BLOCK / 2) {
			size_t up = len + (BIG_BLOCK - len % BIG_BLOCK);
			if (up < len)
				return NULL;
			len = up;
		}
		if (len > SIZE_MAX - BIG_BLOCK)
			return NULL;
		/* over-map by one huge page and trim, for the alignment */
		char *p = mmap(NULL, len + BIG_BLOCK, PROT_READ | PROT_WRITE,
			       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (p == MAP_FAILED)
			return NULL;
		char *at = (char *)(((uintptr_t)p + BIG_BLOCK - 1) & ~(uintptr_t)(BIG_BLOCK - 1));
		if (at > p)
			munmap(p, (size_t)(at - p));
		if (at + len < p + len + BIG_BLOCK)
			munmap(at + len, (size_t)(p + len + BIG_BLOCK - (at + len)));
#ifdef MADV_HUGEPAGE
		madvise(at, len, MADV_HUGEPAGE);
#endif
		b = (struct arena_block *)at;
		b->mapped = len;
		size = len - sizeof *b;
	}
	if (b)
		b->size = size;
	return b;
}

static void free_block(struct arena_block *b)
{
	if (b->mapped)
		munmap(b, b->mapped);
	else
		free(b);
}

void arena_init(struct arena *a)
{
	memset(a, 0, sizeof *a);
}

void arena_release(struct arena *a)
{
	struct arena_block *b = a->head;
	while (b) {
		struct arena_block *next = b->next;
		free_block(b);
		b = next;
	}
	arena_init(a);
}

/* n bytes at the given alignment (a power of two up to that of
 * max_align_t), not zeroed: strings are packed one after another.  With
 * zeroed, *zeroed tells whether they are zero already: a mapped block
 * comes zeroed from the system, and no byte of a block is handed out
 * twice; the free room is written only by arena_printf, which puts back
 * what it does not take, and by the callers of arena_room, which write
 * only what they keep (arena.h). */
static void *take_of(struct arena *a, size_t n, size_t align, int *zeroed)
{
	struct arena_block *b = a->head;
	size_t at = b ? (b->used + align - 1) & ~(align - 1) : 0;
	if (!b || at > b->size || b->size - at < n) {
		/* the next block: as large as the arena so far (at least
		 * BLOCK_SIZE, at most BIG_BLOCK) */
		size_t grow = a->total < BLOCK_SIZE ? BLOCK_SIZE
			: a->total < BIG_BLOCK / 8 ? (a->total + BLOCK_SIZE - 1) & ~(BLOCK_SIZE - 1)
			: BIG_BLOCK - sizeof *b;
		/* a request of more than a quarter of that has a block of its
		 * own, so that the current block's rest is not left unused */
		bool alone = n > grow / 4;
		size_t size = alone ? n : grow;
		if (size > SIZE_MAX - sizeof *b - BIG_BLOCK || !(b = new_block(size))) {
			a->failed = 1;
			return NULL;
		}
		b->used = 0;
		at = 0;
		/* A block of its own goes behind the current one, so that the
		 * current block keeps serving small requests. */
		if (a->head && alone) {
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
	if (zeroed)
		*zeroed = b->mapped != 0;
	return p;
}

static void *take(struct arena *a, size_t n, size_t align)
{
	return take_of(a, n, align, NULL);
}

static void *aligned(struct arena *a, size_t n, int *zeroed)
{
	const size_t align = sizeof(max_align_t);
	if (n > SIZE_MAX - align) {
		a->failed = 1;
		return NULL;
	}
	n = (n + align - 1) / align * align;
	if (n == 0)
		n = align;
	return take_of(a, n, align, zeroed);
}

void *arena_alloc_raw(struct arena *a, size_t n)
{
	return aligned(a, n, NULL);
}

void *arena_alloc(struct arena *a, size_t n)
{
	int zeroed = 0;
	void *p = aligned(a, n, &zeroed);
	if (p && !zeroed)
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

char *arena_room(struct arena *a, size_t n)
{
	if (n > ARENA_ROOM_MAX) {  /* a block of its own would not be the head */
		a->failed = 1;
		return NULL;
	}
	struct arena_block *b = a->head;
	if (!b || b->size - b->used < n) {
		/* a block with the room: taken, then given back */
		char *p = take(a, n, 1);
		if (!p)
			return NULL;
		b = a->head;
		b->used -= n;
		a->total -= n;
		return p;
	}
	return (char *)b->data + b->used;
}

void arena_keep(struct arena *a, size_t k)
{
	a->head->used += k;
	a->total += k;
}

char *arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

char *arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap;
	/* Written once into the current block's free room, which it takes
	 * when it fits (it nearly always does); else measured and written
	 * where take() finds room, the bytes written in the free room put
	 * back as they were (zero in a mapped block: see take_of). */
	struct arena_block *b = a->head;
	if (b && b->used < b->size) {
		char *room = (char *)b->data + b->used;
		size_t left = b->size - b->used;
		va_start(ap, fmt);
		int n = vsnprintf(room, left, fmt, ap);
		va_end(ap);
		if (n < 0)
			return NULL;
		if ((size_t)n < left) {
			b->used += (size_t)n + 1;
			a->total += (size_t)n + 1;
			return room;
		}
		if (b->mapped)
			memset(room, 0, left);
	}
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
	int zeroed = 0;
	void *p = nc ? aligned(a, nc * size, &zeroed) : NULL;
	if (!p)
		return NULL;
	if (n)
		memcpy(p, v, n * size);
	if (!zeroed)
		memset((char *)p + n * size, 0, (nc - n) * size);
	*cap = nc;
	return p;
}
