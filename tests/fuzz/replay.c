/* Replay saved inputs through a fuzz harness without libFuzzer: every
 * file named on the command line (or in a directory named there, in name
 * order) is fed to LLVMFuzzerTestOneInput once.  make check runs each
 * harness's seed corpus (tests/fuzz/corpus/NAME/) and the inputs the
 * fuzzers found (tests/fuzz/regress/NAME/) this way.
 *
 * A path that does not exist, an unreadable file and a directory with no
 * inputs are failures, so that a mistyped or emptied corpus cannot pass
 * by replaying nothing.  Each input's path goes to stderr before it is
 * fed, so when a harness crashes (killed by a signal, or ended by a
 * sanitizer) the last such line names the input; an input that runs for
 * longer than REPLAY_TIMEOUT seconds (default 10) counts as a hang. */
#include <dirent.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void on_alarm(int sig)
{
	static const char msg[] = "not ok - fuzz replay: the input above hung\n";
	(void)sig;
	(void)!write(STDOUT_FILENO, msg, sizeof msg - 1);
	_exit(3);
}

/* Feed one file; 0 when it was read and fed, 1 when it could not be read. */
static int feed(const char *path, unsigned timeout)
{
	fprintf(stderr, "# replay: %s\n", path);
	FILE *f = fopen(path, "rb");
	if (!f) {
		printf("not ok - fuzz replay: cannot open %s\n", path);
		return 1;
	}
	uint8_t *buf = NULL;
	size_t n = 0, cap = 0;
	for (;;) {
		if (n == cap) {
			size_t nc = cap ? cap * 2 : 65536;
			uint8_t *nb = realloc(buf, nc);
			if (!nb)
				break;
			buf = nb;
			cap = nc;
		}
		size_t got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (got == 0)
			break;
	}
	int bad = ferror(f) || (n == cap);
	fclose(f);
	if (bad) {
		printf("not ok - fuzz replay: cannot read %s\n", path);
		free(buf);
		return 1;
	}
	alarm(timeout);
	LLVMFuzzerTestOneInput(buf, n);
	alarm(0);
	free(buf);
	return 0;
}

static int visible(const struct dirent *e)
{
	return e->d_name[0] != '.';
}

/* Feed every file of a directory in name order; *files counts them. */
static int feed_dir(const char *dir, unsigned timeout, int *files)
{
	struct dirent **names;
	int n = scandir(dir, &names, visible, alphasort);
	if (n < 0) {
		printf("not ok - fuzz replay: cannot read the folder %s\n", dir);
		return 1;
	}
	int bad = 0;
	if (n == 0) {
		printf("not ok - fuzz replay: no inputs in %s\n", dir);
		bad = 1;
	}
	for (int i = 0; i < n; i++) {
		char p[4096];
		snprintf(p, sizeof p, "%s/%s", dir, names[i]->d_name);
		bad += feed(p, timeout);
		(*files)++;
		free(names[i]);
	}
	free(names);
	return bad;
}

int main(int argc, char **argv)
{
	int files = 0, bad = 0;
	const char *t = getenv("REPLAY_TIMEOUT");
	unsigned timeout = t && atoi(t) > 0 ? (unsigned)atoi(t) : 10;
	signal(SIGALRM, on_alarm);
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (argc < 2) {
		printf("not ok - fuzz replay: no inputs named\n");
		return 2;
	}
	for (int i = 1; i < argc; i++) {
		struct stat st;
		if (stat(argv[i], &st) != 0) {
			printf("not ok - fuzz replay: %s does not exist\n", argv[i]);
			bad++;
		} else if (S_ISDIR(st.st_mode)) {
			bad += feed_dir(argv[i], timeout, &files);
		} else {
			bad += feed(argv[i], timeout);
			files++;
		}
	}
	if (bad)
		printf("not ok - fuzz replay: %d saved inputs, %d problem(s)\n", files, bad);
	else
		printf("ok - fuzz replay: %d saved inputs, none crashed\n", files);
	return bad ? 1 : 0;
}
