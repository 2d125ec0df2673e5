#include "base/pool.h"

#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

#define MAX_THREADS 256

struct pool {
	size_t n, next;
	void (*fn)(void *ctx, size_t i, unsigned w);
	void *ctx;
	pthread_mutex_t mu;
};

struct worker {
	struct pool *p;
	unsigned w;
};

unsigned pool_processors(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 && n <= MAX_THREADS ? (unsigned)n : n > MAX_THREADS ? MAX_THREADS : 1;
}

unsigned pool_workers(size_t n, unsigned threads)
{
	unsigned t = threads ? threads : pool_processors();
	if (t > MAX_THREADS)
		t = MAX_THREADS;
	if (t > n)
		t = (unsigned)n;
	return t ? t : 1;
}

static void work(struct pool *p, unsigned w)
{
	for (;;) {
		pthread_mutex_lock(&p->mu);
		size_t i = p->next < p->n ? p->next++ : p->n;
		pthread_mutex_unlock(&p->mu);
		if (i >= p->n)
			return;
		p->fn(p->ctx, i, w);
	}
}

static void *start(void *arg)
{
	struct worker *k = arg;
	work(k->p, k->w);
	return NULL;
}

void pool_run(size_t n, unsigned threads, void (*fn)(void *ctx, size_t i, unsigned w),
	      void *ctx)
{
	unsigned nt = pool_workers(n, threads);
	pthread_t th[MAX_THREADS];
	struct worker wk[MAX_THREADS];
	struct pool p = { .n = n, .fn = fn, .ctx = ctx };
	if (nt <= 1) {
		for (size_t i = 0; i < n; i++)
			fn(ctx, i, 0);
		return;
	}
	pthread_mutex_init(&p.mu, NULL);
	unsigned started = 0;
	for (unsigned k = 1; k < nt; k++) {
		wk[started] = (struct worker){ &p, k };
		if (pthread_create(&th[started], NULL, start, &wk[started]) != 0)
			break;
		started++;
	}
	work(&p, 0);
	for (unsigned k = 0; k < started; k++)
		pthread_join(th[k], NULL);
	pthread_mutex_destroy(&p.mu);
}

void pool_flag_init(struct pool_flag *f)
{
	pthread_mutex_init(&f->mu, NULL);
	pthread_cond_init(&f->cv, NULL);
	f->up = false;
}

void pool_flag_raise(struct pool_flag *f)
{
	pthread_mutex_lock(&f->mu);
	f->up = true;
	pthread_cond_broadcast(&f->cv);
	pthread_mutex_unlock(&f->mu);
}

void pool_flag_wait(struct pool_flag *f)
{
	pthread_mutex_lock(&f->mu);
	while (!f->up)
		pthread_cond_wait(&f->cv, &f->mu);
	pthread_mutex_unlock(&f->mu);
}

void pool_flag_release(struct pool_flag *f)
{
	pthread_cond_destroy(&f->cv);
	pthread_mutex_destroy(&f->mu);
}
