/*
 * bench/frame.c - how long newsdiff takes to draw its first frame of the
 * bundled story in a terminal, beside bare vim's diff of the same texts.
 *
 * Each program runs on a pseudo-terminal of 200x50 (openpty with the
 * window size set, the same TIOCSWINSZ forkpty would do, then fork and
 * login_tty: forkpty's three steps, so that the clock starts just before
 * fork and not before the pty is opened), with TERM=xterm-256color,
 * LC_ALL=C.UTF-8, and HOME and XDG_CONFIG_HOME an empty temporary
 * directory with NEWSDIFF_CONFIG unset: no config file of either program
 * is read.  The clock (CLOCK_MONOTONIC) starts just before fork() and
 * stops when the first full frame has been read from the pty; then the
 * quit key is sent, the output is drained and the child reaped (its peak
 * RSS taken from wait4).
 *
 *   newsdiff   BIN with no argument: the bundled story, as `make run`
 *              opens it.  The frame is over when the status line's right
 *              end has been read.  tui_draw() draws the status line after
 *              the columns, and curses writes the rows top to bottom, so
 *              the status line (the last row) is the end of the frame:
 *              its key hints ("q quit") and, after them, the focused
 *              report's place (": Top" or ": All").  The facts come later
 *              from a second thread and draw a second frame; it is not
 *              waited for.
 *   vim        vim -u NONE -i NONE -N -n -d FILE...  with the .txt files
 *              of STORY_DIR in name order (the files newsdiff opens).
 *              -u NONE: no vimrc, no plugins; -i NONE: no viminfo; -n: no
 *              swap file (nothing written beside the texts); -N: without
 *              it vim -u NONE is 'compatible', whose 'shortmess' keeps
 *              every file's "N lines, N bytes" message, and five of them
 *              stop at a hit-enter prompt before the diff is drawn.  vim's
 *              last write of a frame depends on its version and its
 *              terminal code (where the cursor goes, whether it is shown),
 *              so its frame is over at the last byte it writes before its
 *              output stays quiet for QUIET_MS: the clock stops at the
 *              read of that last byte (the quiet time itself is not
 *              counted, so there is nothing to subtract).  The output
 *              must name the last file (its window's status line) and
 *              not hold a hit-enter prompt, else the run is an error.
 *
 *   true       /bin/true (or /usr/bin/true), which does nothing: fork to
 *              the pty's close at its exit, what starting any program
 *              costs on this machine (the dynamic loader, libc, the
 *              kernel's exec), which both programs pay; their times less
 *              its median, and the ratio of those, are printed beside the
 *              targets' figures.  The targets are judged on the whole
 *              times.
 *
 * Runs are paired and interleaved (newsdiff, vim, true, newsdiff, vim,
 * ...), WARMUP pairs untimed first; the medians, fastest and slowest are
 * printed, with the ratio newsdiff / vim of the medians.  Without vim
 * (not on PATH), newsdiff's figures only, and it says so.
 *
 * A benchmark prints figures; it does not judge them.  Exit status 0
 * whatever the figures; 1 when newsdiff cannot be run or draws no frame;
 * 2 on a usage error.  vim's failures are reported and its figures left
 * out.
 *
 * Usage: bench-frame NEWSDIFF STORY_DIR [RUNS]
 *        (make bench: build/bench-frame ./newsdiff articles/<first story>)
 * No library beyond libc and libutil (openpty, login_tty).
 */
#define _GNU_SOURCE  /* memmem */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <utmp.h>

#define ROWS 50
#define COLS 200
#define WARMUP 3
#define RUNS_DEFAULT 21
#define RUNS_MAX 201
#define QUIET_MS 100      /* vim: the frame is over after this much quiet */
#define TIMEOUT_MS 10000  /* no frame by then: an error */
#define OUT_MAX (4 << 20) /* output kept of one run, for the markers */
#define FILES_MAX 64

#define TARGET_MS 5.0
#define TARGET_RATIO 0.5

static const char *tmp_home;

struct prog {
	const char *name;
	char **argv;
	bool quiet_end;        /* vim: the frame ends at the last byte before quiet */
	const char *quit;      /* the keys that quit */
	const char *must_show; /* vim: the output names this (the last file) */
	bool end_at_exit;      /* true(1): the run is over when it closes the pty */
};

struct sample {
	double ms;
	long rss_kb;
};

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static void *memmem_from(const char *hay, size_t n, size_t from, const char *needle)
{
	size_t k = strlen(needle);
	return from < n ? memmem(hay + from, n - from, needle, k) : NULL;
}

/* Has newsdiff's first frame been read?  The status line's key hints,
 * then the focused report's place after them on the same line. */
static bool newsdiff_frame_done(const char *out, size_t n)
{
	const char *hint = memmem_from(out, n, 0, "q quit");
	if (!hint)
		return false;
	size_t from = (size_t)(hint - out);
	return memmem_from(out, n, from, ": Top") || memmem_from(out, n, from, ": All");
}

/* The child's environment: no config file, a fixed terminal and locale. */
static char **child_env(void)
{
	static char term[] = "TERM=xterm-256color", lc[] = "LC_ALL=C.UTF-8";
	static char home[4200], xdg[4200], path[8192];
	static char *env[8];
	const char *p = getenv("PATH");
	snprintf(path, sizeof path, "PATH=%s", p ? p : "/usr/bin:/bin");
	snprintf(home, sizeof home, "HOME=%s", tmp_home);
	snprintf(xdg, sizeof xdg, "XDG_CONFIG_HOME=%s", tmp_home);
	int k = 0;
	env[k++] = term;
	env[k++] = lc;
	env[k++] = home;
	env[k++] = xdg;
	env[k++] = path;
	env[k] = NULL;
	return env;
}

/* Read what is there on fd into out (up to OUT_MAX); the bytes read, 0
 * at the end (the child closed the pty), -1 when nothing was there. */
static ssize_t drain(int fd, char *out, size_t *n)
{
	char scratch[65536];
	char *dst = *n < OUT_MAX ? out + *n : scratch;
	size_t room = *n < OUT_MAX ? OUT_MAX - *n : sizeof scratch;
	if (room > sizeof scratch)
		room = sizeof scratch;
	ssize_t r = read(fd, dst, room);
	if (r > 0 && dst != scratch)
		*n += (size_t)r;
	if (r < 0 && (errno == EIO))  /* Linux: the slave side is closed */
		return 0;
	if (r < 0 && (errno == EAGAIN || errno == EINTR))
		return -1;
	return r < 0 ? 0 : r;
}

/* Wait for pid, killing it after timeout_ms. */
static int reap(pid_t pid, int timeout_ms, int *status, struct rusage *ru)
{
	double t0 = now_ms();
	for (;;) {
		pid_t w = wait4(pid, status, WNOHANG, ru);
		if (w == pid)
			return 0;
		if (w < 0 && errno != EINTR)
			return -1;
		if (now_ms() - t0 > timeout_ms) {
			kill(pid, SIGKILL);
			wait4(pid, status, 0, ru);
			return -1;
		}
		struct timespec ts = { 0, 1000000 };
		nanosleep(&ts, NULL);
	}
}

/* One run of p: 0 with its time in *s, -1 with a message on stderr. */
static int run_once(const struct prog *p, char *out, struct sample *s)
{
	struct winsize ws = { .ws_row = ROWS, .ws_col = COLS };
	int master, slave;
	if (openpty(&master, &slave, NULL, NULL, &ws) != 0) {
		fprintf(stderr, "bench-frame: openpty: %s\n", strerror(errno));
		return -1;
	}
	char **env = child_env();
	double t0 = now_ms();
	pid_t pid = fork();
	if (pid < 0) {
		fprintf(stderr, "bench-frame: fork: %s\n", strerror(errno));
		close(master);
		close(slave);
		return -1;
	}
	if (pid == 0) {
		close(master);
		if (login_tty(slave) != 0)
			_exit(126);
		execve(p->argv[0], p->argv, env);
		_exit(127);
	}
	close(slave);
	fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK);

	size_t n = 0;
	double t_end = -1, t_last = -1;
	bool eof = false;
	while (t_end < 0 && !eof) {
		int wait = p->quiet_end && t_last >= 0 ? QUIET_MS : TIMEOUT_MS;
		struct pollfd pfd = { .fd = master, .events = POLLIN };
		int pr = poll(&pfd, 1, wait);
		if (pr < 0 && errno == EINTR)
			continue;
		if (pr == 0) {
			if (p->quiet_end && t_last >= 0)
				t_end = t_last;  /* quiet: the frame ended at the last byte */
			break;
		}
		for (;;) {
			ssize_t r = drain(master, out, &n);
			if (r == 0) {
				eof = true;
				if (p->end_at_exit)
					t_end = now_ms();
			}
			if (r <= 0)
				break;
			t_last = now_ms();
		}
		if (!p->quiet_end && newsdiff_frame_done(out, n))
			t_end = t_last;
	}
	bool shown = t_end >= 0;
	const char *why = eof ? "it ended first" : "timed out";
	if (shown && p->must_show &&
	    (!memmem_from(out, n, 0, p->must_show) || memmem_from(out, n, 0, "Press ENTER"))) {
		shown = false;
		why = "the diff was not drawn (a hit-enter prompt?)";
	}

	/* quit, and read what it writes until it closes the pty */
	if (write(master, p->quit, strlen(p->quit)) < 0) {
		/* it may have ended already; reaped below */
	}
	double tq = now_ms();
	while (!eof && now_ms() - tq < TIMEOUT_MS) {
		struct pollfd pfd = { .fd = master, .events = POLLIN };
		if (poll(&pfd, 1, 100) <= 0)
			continue;
		while (drain(master, out, &n) > 0)
			;
		if (pfd.revents & (POLLHUP | POLLERR))
			eof = drain(master, out, &n) == 0;
	}
	close(master);
	int status = 0;
	struct rusage ru;
	if (reap(pid, TIMEOUT_MS, &status, &ru) != 0) {
		fprintf(stderr, "bench-frame: %s did not quit\n", p->name);
		return -1;
	}
	if (!shown) {
		fprintf(stderr, "bench-frame: %s: no first frame: %s\n", p->name, why);
		return -1;
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		fprintf(stderr, "bench-frame: %s did not exit with status 0\n", p->name);
		return -1;
	}
	s->ms = t_end - t0;
	s->rss_kb = ru.ru_maxrss;
	return 0;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

struct figures {
	double med, min, max, mb;
};

static struct figures summarise(const struct sample *s, int n)
{
	static double v[RUNS_MAX], m[RUNS_MAX];
	for (int i = 0; i < n; i++) {
		v[i] = s[i].ms;
		m[i] = (double)s[i].rss_kb / 1024.0;
	}
	qsort(v, (size_t)n, sizeof *v, cmp_double);
	qsort(m, (size_t)n, sizeof *m, cmp_double);
	struct figures f;
	f.med = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
	f.min = v[0];
	f.max = v[n - 1];
	f.mb = n % 2 ? m[n / 2] : (m[n / 2 - 1] + m[n / 2]) / 2;
	return f;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The .txt files of dir in name order, as paths, into files; their count,
 * -1 on error. */
static int story_files(const char *dir, char **files, int cap)
{
	DIR *d = opendir(dir);
	if (!d)
		return -1;
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL && n < cap) {
		size_t k = strlen(e->d_name);
		if (e->d_name[0] == '.' || k < 5 || strcmp(e->d_name + k - 4, ".txt") != 0)
			continue;
		size_t len = strlen(dir) + k + 2;
		files[n] = malloc(len);
		if (!files[n])
			break;
		snprintf(files[n], len, "%s/%s", dir, e->d_name);
		n++;
	}
	closedir(d);
	qsort(files, (size_t)n, sizeof *files, cmp_str);
	return n;
}

/* vim on PATH (or $VIM_BIN), into out; false when there is none. */
static bool find_vim(char *out, size_t cap)
{
	const char *env = getenv("VIM_BIN");
	if (env && *env) {
		snprintf(out, cap, "%s", env);
		return access(out, X_OK) == 0;
	}
	const char *path = getenv("PATH");
	if (!path)
		path = "/usr/bin:/bin";
	while (*path) {
		size_t k = strcspn(path, ":");
		if (k && (size_t)snprintf(out, cap, "%.*s/vim", (int)k, path) < cap &&
		    access(out, X_OK) == 0)
			return true;
		path += k + (path[k] == ':');
	}
	return false;
}

static char tmp_dir[] = "/tmp/newsdiff-bench-frame-XXXXXX";

static void remove_tmp(void)
{
	/* vim with -i NONE -n writes nothing there; anything else is left */
	rmdir(tmp_dir);
}

int main(int argc, char **argv)
{
	if (argc < 3 || argc > 4) {
		fprintf(stderr, "Usage: bench-frame NEWSDIFF STORY_DIR [RUNS]\n");
		return 2;
	}
	int runs = RUNS_DEFAULT;
	if (argc == 4) {
		char *end;
		long r = strtol(argv[3], &end, 10);
		if (*end || r < 1 || r > RUNS_MAX) {
			fprintf(stderr, "bench-frame: RUNS must be 1 to %d\n", RUNS_MAX);
			return 2;
		}
		runs = (int)r;
	}
	if (!mkdtemp(tmp_dir)) {
		fprintf(stderr, "bench-frame: mkdtemp: %s\n", strerror(errno));
		return 1;
	}
	tmp_home = tmp_dir;
	atexit(remove_tmp);

	char *nd_argv[] = { argv[1], NULL };
	struct prog nd = { .name = "newsdiff", .argv = nd_argv, .quit = "q" };

	static char *files[FILES_MAX];
	int nfiles = story_files(argv[2], files, FILES_MAX);
	if (nfiles <= 0) {
		fprintf(stderr, "bench-frame: no .txt files in %s\n", argv[2]);
		return 1;
	}
	static char vim_path[4096];
	static char *vim_argv[FILES_MAX + 8];
	static char a_u[] = "-u", a_none[] = "NONE", a_i[] = "-i", a_N[] = "-N", a_n[] = "-n",
		    a_d[] = "-d";
	bool have_vim = find_vim(vim_path, sizeof vim_path);
	int k = 0;
	vim_argv[k++] = vim_path;
	vim_argv[k++] = a_u;
	vim_argv[k++] = a_none;
	vim_argv[k++] = a_i;
	vim_argv[k++] = a_none;
	vim_argv[k++] = a_N;
	vim_argv[k++] = a_n;
	vim_argv[k++] = a_d;
	for (int i = 0; i < nfiles; i++)
		vim_argv[k++] = files[i];
	vim_argv[k] = NULL;
	const char *last = strrchr(files[nfiles - 1], '/');
	struct prog vim = { .name = "vim", .argv = vim_argv, .quiet_end = true, .quit = "\033:qa!\r",
			    .must_show = last ? last + 1 : files[nfiles - 1] };

	/* what starting any program costs here: true(1), fork to its exit */
	static char true_path[] = "/bin/true", usr_true_path[] = "/usr/bin/true";
	char *true_argv[] = { access(true_path, X_OK) == 0 ? true_path : usr_true_path, NULL };
	struct prog floor_prog = { .name = "true", .argv = true_argv, .quit = "",
				   .end_at_exit = true };
	bool have_floor = access(true_argv[0], X_OK) == 0;

	static char out[OUT_MAX];
	static struct sample s_nd[RUNS_MAX], s_vim[RUNS_MAX], s_floor[RUNS_MAX];
	int faster = 0;
	for (int i = -WARMUP; i < runs; i++) {
		struct sample a, b;
		if (run_once(&nd, out, &a) != 0) {
			fprintf(stderr, "bench-frame: newsdiff drew no first frame; no figures\n");
			return 1;
		}
		if (have_vim && run_once(&vim, out, &b) != 0) {
			fprintf(stderr, "bench-frame: vim's figures left out\n");
			have_vim = false;
		}
		struct sample f;
		if (have_floor && run_once(&floor_prog, out, &f) != 0) {
			fprintf(stderr, "bench-frame: true(1)'s figures left out\n");
			have_floor = false;
		}
		if (i < 0)
			continue;
		s_nd[i] = a;
		if (have_floor)
			s_floor[i] = f;
		if (have_vim) {
			s_vim[i] = b;
			faster += a.ms < b.ms;
		}
	}

	struct figures fn = summarise(s_nd, runs), fv = { 0 };
	printf("first frame at %dx%d in a pty, the bundled story (%d texts): %d pairs of runs,\n"
	       "newsdiff and vim in turn, after %d warm-up pairs; fork to the frame's last byte\n",
	       COLS, ROWS, nfiles, runs, WARMUP);
	printf("  %-46s %8s %8s %8s   %8s\n", "", "median", "min", "max", "peak RSS");
	printf("  %-46s %8s %8s %8s   %8s\n", "", "ms", "ms", "ms", "MB");
	printf("  %-46s %8.2f %8.2f %8.2f   %8.1f\n", "newsdiff (to its status line)", fn.med,
	       fn.min, fn.max, fn.mb);
	if (have_vim) {
		fv = summarise(s_vim, runs);
		printf("  %-46s %8.2f %8.2f %8.2f   %8.1f\n",
		       "vim -u NONE -i NONE -N -n -d (to quiet)", fv.med, fv.min, fv.max, fv.mb);
		printf("  newsdiff / vim: %.2f (medians); newsdiff first in %d of %d pairs\n",
		       fn.med / fv.med, faster, runs);
	} else {
		printf("  vim: not found on PATH (set VIM_BIN) or it failed: no comparison\n");
	}
	if (have_floor) {
		struct figures ff = summarise(s_floor, runs);
		printf("  %-46s %8.2f %8.2f %8.2f   %8.1f\n", "true(1), which does nothing (to its exit)",
		       ff.med, ff.min, ff.max, ff.mb);
		printf("  less what starting any program costs here (true's median): newsdiff %.2f ms",
		       fn.med - ff.med);
		if (have_vim)
			printf(", vim %.2f ms, ratio %.2f", fv.med - ff.med,
			       (fn.med - ff.med) / (fv.med - ff.med));
		printf("\n");
	}
	printf("target: newsdiff's first frame at most %.0f ms: %s (median %.2f ms)\n", TARGET_MS,
	       fn.med <= TARGET_MS ? "met" : "NOT met", fn.med);
	if (have_vim)
		printf("target: at most half of vim's: %s (ratio %.2f)\n",
		       fn.med <= TARGET_RATIO * fv.med ? "met" : "NOT met", fn.med / fv.med);
	for (int i = 0; i < nfiles; i++)
		free(files[i]);
	return 0;
}
