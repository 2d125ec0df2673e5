/*
 * bench.c - how fast newsdiff shows its first screen, and how much memory
 * it needs, for the bundled story.
 *
 * Runs the binary as a child process, stdout to /dev/null:
 *   first screen:   BIN --dump-screen --size 200x50
 *   load+classify:  BIN --dump=paragraphs   (no screen: for comparison)
 *   start-up only:  BIN --version           (the floor: exec, dynamic
 *                                            linking, libc start-up)
 * Each is run WARMUP times untimed, then RUNS times, each timed with
 * clock_gettime(CLOCK_MONOTONIC) from just before fork() to just after
 * wait4() (so process start-up and exit are included), with the peak
 * resident set size taken from wait4's ru_maxrss.  Prints the median,
 * min and max wall time in ms, the median peak RSS in MB (MiB), and
 * whether the targets are met: first screen under 10 ms, under 10 MB.
 *
 * A benchmark prints figures; it does not judge them.  Exit status: 0
 * whatever the figures, 1 when the binary cannot be run or does not exit
 * with status 0, 2 on a usage error.
 *
 * Usage: bench BIN [RUNS]      (make bench runs: build/bench ./newsdiff)
 * No library beyond libc; C11 + POSIX.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define WARMUP 3
#define RUNS_DEFAULT 21
#define RUNS_MAX 1001

#define TARGET_MS 10.0
#define TARGET_MB 10.0

struct sample {
	double ms;      /* wall time */
	long rss_kb;    /* peak resident set size (ru_maxrss, KiB on Linux) */
};

struct figures {
	double ms_med, ms_min, ms_max;
	double mb_med;
};

/* Run argv once, stdout to /dev/null.  0 on success, -1 (with a message
 * on stderr) when the program cannot be run or does not exit 0. */
static int run_once(char *const argv[], struct sample *out)
{
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	pid_t pid = fork();
	if (pid < 0) {
		fprintf(stderr, "bench: fork: %s\n", strerror(errno));
		return -1;
	}
	if (pid == 0) {
		int fd = open("/dev/null", O_WRONLY);
		if (fd < 0 || dup2(fd, STDOUT_FILENO) < 0)
			_exit(126);
		if (fd != STDOUT_FILENO)
			close(fd);
		execv(argv[0], argv);
		fprintf(stderr, "bench: cannot run %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	int status;
	struct rusage ru;
	pid_t w;
	do
		w = wait4(pid, &status, 0, &ru);
	while (w < 0 && errno == EINTR);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	if (w < 0) {
		fprintf(stderr, "bench: wait4: %s\n", strerror(errno));
		return -1;
	}
	if (WIFSIGNALED(status)) {
		fprintf(stderr, "bench: %s %s was killed by signal %d\n", argv[0], argv[1],
			WTERMSIG(status));
		return -1;
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		fprintf(stderr, "bench: %s %s exited with status %d\n", argv[0], argv[1],
			WIFEXITED(status) ? WEXITSTATUS(status) : -1);
		return -1;
	}
	out->ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
	out->rss_kb = ru.ru_maxrss;
	return 0;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* Median of v[0..n) (sorts v). */
static double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof *v, cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

/* Warm up, then time runs runs of argv.  0 on success, -1 on failure. */
static int measure(char *const argv[], int runs, struct figures *f)
{
	static struct sample s[RUNS_MAX];
	static double ms[RUNS_MAX], mb[RUNS_MAX];
	for (int i = 0; i < WARMUP; i++)
		if (run_once(argv, &s[0]) != 0)
			return -1;
	for (int i = 0; i < runs; i++)
		if (run_once(argv, &s[i]) != 0)
			return -1;
	for (int i = 0; i < runs; i++) {
		ms[i] = s[i].ms;
		mb[i] = (double)s[i].rss_kb / 1024.0;
	}
	f->ms_med = median(ms, runs);  /* sorted from here on */
	f->ms_min = ms[0];
	f->ms_max = ms[runs - 1];
	f->mb_med = median(mb, runs);
	return 0;
}

static void print_row(const char *what, const struct figures *f)
{
	printf("  %-44s %8.2f %8.2f %8.2f   %8.1f\n", what, f->ms_med, f->ms_min, f->ms_max,
	       f->mb_med);
}

int main(int argc, char **argv)
{
	if (argc < 2 || argc > 3 || argv[1][0] == '\0') {
		fprintf(stderr, "Usage: bench NEWSDIFF_BINARY [RUNS]\n");
		return 2;
	}
	int runs = RUNS_DEFAULT;
	if (argc == 3) {
		char *end;
		long r = strtol(argv[2], &end, 10);
		if (*end || r < 1 || r > RUNS_MAX) {
			fprintf(stderr, "bench: RUNS must be 1 to %d\n", RUNS_MAX);
			return 2;
		}
		runs = (int)r;
	}
	char *bin = argv[1];
	char a_screen[] = "--dump-screen", a_size[] = "--size", a_dim[] = "200x50";
	char a_paras[] = "--dump=paragraphs", a_version[] = "--version";
	char *screen_argv[] = { bin, a_screen, a_size, a_dim, NULL };
	char *paras_argv[] = { bin, a_paras, NULL };
	char *version_argv[] = { bin, a_version, NULL };

	struct figures screen, paras, version;
	if (measure(screen_argv, runs, &screen) != 0 || measure(paras_argv, runs, &paras) != 0 ||
	    measure(version_argv, runs, &version) != 0) {
		fprintf(stderr, "bench: %s failed to run; no figures\n", bin);
		return 1;
	}

	printf("newsdiff benchmark: %s, bundled story, %d runs each after %d warm-ups\n", bin,
	       runs, WARMUP);
	printf("  %-44s %8s %8s %8s   %8s\n", "", "median", "min", "max", "peak RSS");
	printf("  %-44s %8s %8s %8s   %8s\n", "", "ms", "ms", "ms", "MB");
	print_row("first screen (--dump-screen --size 200x50)", &screen);
	print_row("load+classify (--dump=paragraphs)", &paras);
	print_row("start-up only (--version)", &version);
	printf("  loading and classifying add %.2f ms and %.1f MB to start-up (medians)\n",
	       paras.ms_med - version.ms_med, paras.mb_med - version.mb_med);
	printf("  the screen adds %.2f ms and %.1f MB to loading and classifying\n",
	       screen.ms_med - paras.ms_med, screen.mb_med - paras.mb_med);
	printf("  (wall time is fork to exit; peak RSS is the child's ru_maxrss, 1 MB = 1024 KiB;\n"
	       "   medians of each column separately)\n");
	printf("target: first screen under %.0f ms: %s (median %.2f ms)\n", TARGET_MS,
	       screen.ms_med < TARGET_MS ? "met" : "NOT met", screen.ms_med);
	printf("target: peak memory under %.0f MB: %s (median %.1f MB)\n", TARGET_MB,
	       screen.mb_med < TARGET_MB ? "met" : "NOT met", screen.mb_med);
	return 0;
}
