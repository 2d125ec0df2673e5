/*
 * sort.h - stable sorts by unsigned integer keys, a byte of the key at a
 * time (least significant first, the bytes all keys share skipped), for
 * the large arrays the comparison sorts by numbers: qsort calls a
 * comparison function some n log n times, these read each key a few
 * times.  Ties keep the order they came in, as glibc's qsort (a merge
 * sort) keeps them, so what follows a sort is the same either way.
 *
 * Owns: nothing; the caller gives the room the sorts work in (n records,
 * what glibc's qsort would take for itself).
 * Depends on: libc.
 */
#ifndef ND_SORT_H
#define ND_SORT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* v[0..n) in ascending order; tmp: room for n values (NULL will do when
 * n is under ND_SORT_SMALL). */
void sort_u32(uint32_t *v, size_t n, uint32_t *tmp);

/* Below this many records, insertion: the byte counts cost more. */
#define ND_SORT_SMALL 32

/* ND_RADIX_SORT(name, T, K, key) defines
 *     static void name(T *v, size_t n, T *tmp)
 * which puts v[0..n) in ascending order of key(&v[i]), an unsigned
 * integer of type K, stably; tmp: room for n records (NULL will do when n
 * is under ND_SORT_SMALL, which is sorted in place). */
#define ND_RADIX_SORT(name, T, K, key)                                              \
	static void name(T *v, size_t n, T *tmp)                                     \
	{                                                                            \
		if (n < ND_SORT_SMALL) {                                             \
			for (size_t i_ = 1; i_ < n; i_++) {                          \
				T x_ = v[i_];                                        \
				K kx_ = key(&x_);                                    \
				size_t j_ = i_;                                      \
				for (; j_ > 0 && key(&v[j_ - 1]) > kx_; j_--)       \
					v[j_] = v[j_ - 1];                           \
				v[j_] = x_;                                          \
			}                                                            \
			return;                                                      \
		}                                                                    \
		enum { BYTES_ = sizeof(K) };                                         \
		size_t count_[BYTES_][256];                                          \
		memset(count_, 0, sizeof count_);                                    \
		for (size_t i_ = 0; i_ < n; i_++) {                                  \
			K k_ = key(&v[i_]);                                          \
			for (unsigned b_ = 0; b_ < BYTES_; b_++)                     \
				count_[b_][k_ >> (8 * b_) & 255]++;                  \
		}                                                                    \
		T *from_ = v, *to_ = tmp;                                            \
		for (unsigned b_ = 0; b_ < BYTES_; b_++) {                           \
			size_t *c_ = count_[b_];                                     \
			if (c_[key(&from_[0]) >> (8 * b_) & 255] == n)               \
				continue; /* every key has this byte */              \
			for (size_t k_ = 0, sum_ = 0; k_ < 256; k_++) {              \
				size_t m_ = c_[k_];                                  \
				c_[k_] = sum_;                                       \
				sum_ += m_;                                          \
			}                                                            \
			for (size_t i_ = 0; i_ < n; i_++)                            \
				to_[c_[key(&from_[i_]) >> (8 * b_) & 255]++] = from_[i_]; \
			T *t_ = from_;                                               \
			from_ = to_;                                                 \
			to_ = t_;                                                    \
		}                                                                    \
		if (from_ != v)                                                      \
			memcpy(v, from_, n * sizeof *v);                             \
	}

#endif
