/*
 * vec.h - room in a growable array: the one helper every array that grows
 * one element at a time uses (paragraphs, display lines, matches...).
 *
 * Owns: nothing; the caller keeps the block and frees it with free().
 * Depends on: libc only.
 *
 *	struct item *nv = vec_reserve(v, &cap, n + 1, sizeof *v);
 *	if (!nv)
 *		return ND_E_NOMEM;   (v is still valid and still the caller's)
 *	v = nv;
 *	v[n++] = item;
 */
#ifndef ND_VEC_H
#define ND_VEC_H

#include <stddef.h>

/*
 * Return a block with room for at least need elements of size bytes: v
 * itself when *cap already allows it, else v grown (capacity doubled, at
 * least 8) with *cap updated.  Returns NULL when memory runs out or the
 * size would overflow; v and *cap are then unchanged.
 */
void *vec_reserve(void *v, size_t *cap, size_t need, size_t size);

/*
 * The capacity an array of capacity cap grows to so that it holds need
 * elements of size bytes: cap doubled (from at least 8) until need fits.
 * 0 when that many bytes would overflow.  (arena_reserve grows by it too.)
 */
size_t vec_grown_cap(size_t cap, size_t need, size_t size);

#endif
