#include "load/file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/vec.h"

/* What a pipe is read into first. */
#define PIPE_FIRST 65536

/*
 * Read fd to its end, at most max bytes, straight into the buffer handed
 * back (no chunk on the stack to copy from: a chunk of 64 KB took the
 * stack 16 pages down, each touched page a fault).  It starts with room
 * for expect bytes, one more for the read that finds the end, and the
 * NUL: a regular file whose size fstat gave is read in two read()s; a
 * pipe, or a file that grew meanwhile, has its room doubled as it comes.
 */
static enum nd_err read_to_end(int fd, size_t max, size_t expect, char **bytes, size_t *n)
{
	size_t cap = expect + 2, len = 0;
	char *p = malloc(cap);
	if (!p)
		return ND_E_NOMEM;
	for (;;) {
		if (len + 1 >= cap) {
			char *np = vec_reserve(p, &cap, cap + 1, 1);
			if (!np) {
				free(p);
				return ND_E_NOMEM;
			}
			p = np;
		}
		ssize_t r = read(fd, p + len, cap - 1 - len);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			enum nd_err err = nd_err_from_errno(errno);
			free(p);
			return err;
		}
		if (r == 0)
			break;
		len += (size_t)r;
		if (len > max) {
			free(p);
			return ND_E_TOO_LARGE;
		}
	}
	p[len] = '\0';
	*bytes = p;
	*n = len;
	return ND_E_OK;
}

enum nd_err file_read(const char *path, size_t max, char **bytes, size_t *n)
{
	struct stat st;
	enum nd_err err = ND_E_OK;

	*bytes = NULL;
	*n = 0;
	/* O_NONBLOCK: a FIFO with no writer opens at once (and is refused
	 * below) instead of blocking for ever; a terminal named as a file
	 * does not become ours (O_NOCTTY).  Reading a regular file ignores
	 * O_NONBLOCK. */
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
	if (fd < 0)
		return nd_err_from_errno(errno);
	if (fstat(fd, &st) != 0) {
		err = nd_err_from_errno(errno);
		close(fd);
		return err;
	}
	if (!S_ISREG(st.st_mode)) {
		close(fd);
		return ND_E_NOT_REGULAR;
	}
	if ((unsigned long long)st.st_size > max) {
		close(fd);
		return ND_E_TOO_LARGE;
	}
	err = read_to_end(fd, max, (size_t)st.st_size, bytes, n);
	close(fd);
	return err;
}

enum nd_err file_read_fd(int fd, size_t max, char **bytes, size_t *n)
{
	*bytes = NULL;
	*n = 0;
	return read_to_end(fd, max, PIPE_FIRST, bytes, n);
}
