/*
 * pool.h - a few threads that share out the items 0..n-1 of one piece of
 * work (the reports of a story), each item done once, by one thread.
 *
 * Owns: its threads, which have all ended when pool_run returns.
 * Depends on: libc and pthreads only.
 *
 * Whatever the threads, the result is the same: each item's work writes
 * only to the item's own place (result[i]) and to what its worker owns
 * (worker w's arena, w < threads), so that the caller reads the items in
 * index order afterwards.
 */
#ifndef ND_POOL_H
#define ND_POOL_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>

/* The processors online, from 1 to 256: the number of threads when the
 * user asks for none in particular. */
unsigned pool_processors(void);

/* The number of workers pool_run uses for n items with threads asked
 * (0: pool_processors()): at least 1, at most n and 256. */
unsigned pool_workers(size_t n, unsigned threads);

/* Call fn(ctx, i, w) for each i in 0..n-1, on pool_workers(n, threads)
 * threads, the calling thread being worker 0; w is the worker's number.
 * Items are handed out in order, the next to whichever worker is free.
 * With one worker (or when no thread can be started) every item runs on
 * the calling thread, in order.  Returns once every item is done. */
void pool_run(size_t n, unsigned threads, void (*fn)(void *ctx, size_t i, unsigned w),
	      void *ctx);

/* A flag one item of a pool_run raises once a part of its work is done,
 * for another item to wait for: the waiting item must come after the
 * raising one (items are handed out in order, so the raiser has started,
 * on one thread or several, and never waits itself). */
struct pool_flag {
	pthread_mutex_t mu;
	pthread_cond_t cv;
	bool up;
};

void pool_flag_init(struct pool_flag *f);
void pool_flag_raise(struct pool_flag *f);
/* Return once f is raised. */
void pool_flag_wait(struct pool_flag *f);
void pool_flag_release(struct pool_flag *f);

#endif
