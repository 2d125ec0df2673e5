/*
 * arena.h - memory for everything built for one story (sentences, facts,
 * rows, their strings), freed together by arena_release.
 *
 * Owns: its blocks.  Pointers it hands out live until arena_release.
 * Depends on: libc, vec.h (how arrays grow).
 */
#ifndef ND_ARENA_H
#define ND_ARENA_H

#include <stddef.h>

struct arena_block;

struct arena {
	struct arena_block *head;
	size_t total;   /* bytes handed out, for benchmarks */
	int failed;     /* set once an allocation has failed */
};

/* An empty arena (all zero is also a valid empty arena). */
void arena_init(struct arena *a);
/* Free every block; the arena is empty and reusable. */
void arena_release(struct arena *a);
/* n zeroed bytes aligned for any type; NULL (and a->failed set) on no memory. */
void *arena_alloc(struct arena *a, size_t n);
/* n bytes aligned for any type, not zeroed, for an array the caller fills
 * whole before reading it; NULL (and a->failed set) on no memory. */
void *arena_alloc_raw(struct arena *a, size_t n);
/* A copy of s[0..n) with a NUL after it. */
char *arena_strndup(struct arena *a, const char *s, size_t n);
char *arena_strdup(struct arena *a, const char *s);
/* Room for a string of at most n bytes (n at most ARENA_ROOM_MAX)
 * written in place, at the end of the arena's current block (a new block
 * when it has less): nothing is taken until arena_keep(a, k) takes the
 * first k bytes written there (k at most n, before anything else is taken
 * from a).  Write only the bytes that are then kept.  NULL (a->failed
 * set) on no memory or a larger n. */
#define ARENA_ROOM_MAX 4096
char *arena_room(struct arena *a, size_t n);
void arena_keep(struct arena *a, size_t k);

/* printf into the arena. */
char *arena_printf(struct arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Room for need elements of size bytes in an array held in the arena, as
 * vec_reserve (base/vec.h) does on the heap: v itself when *cap allows,
 * else a copy of its n elements in a block twice as large (at least 8),
 * the rest of it zeroed, with *cap updated; the old block is left as garbage until the arena
 * goes.  NULL (v and *cap unchanged) on no memory or overflow. */
void *arena_reserve(struct arena *a, void *v, size_t n, size_t *cap, size_t need, size_t size);

#endif
