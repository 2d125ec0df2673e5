#include "load/file.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/buf.h"

enum nd_err file_read(const char *path, size_t max, char **bytes, size_t *n)
{
	struct stat st;
	enum nd_err err = ND_E_OK;

	*bytes = NULL;
	*n = 0;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
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
	err = file_read_fd(fd, max, bytes, n);
	close(fd);
	return err;
}

enum nd_err file_read_fd(int fd, size_t max, char **bytes, size_t *n)
{
	struct buf raw;
	enum nd_err err = ND_E_OK;
	char chunk[65536];
	*bytes = NULL;
	*n = 0;
	buf_init(&raw, max);
	for (;;) {
		ssize_t r = read(fd, chunk, sizeof chunk);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			err = nd_err_from_errno(errno);
			break;
		}
		if (r == 0)
			break;
		err = buf_add(&raw, chunk, (size_t)r);
		if (err)
			break;
	}
	if (err) {
		buf_release(&raw);
		return err;
	}
	*bytes = buf_detach(&raw, n);
	return *bytes ? ND_E_OK : ND_E_NOMEM;
}
