/*
 * file.h - read a report file whole: regular files only, bounded in size,
 * with the error of each way it can fail.
 *
 * Owns: nothing past a call; the bytes read are the caller's.
 * Depends on: vec.h, error.h.
 */
#ifndef ND_FILE_H
#define ND_FILE_H

#include <stddef.h>

#include "base/error.h"

/* Read the file at path whole, at most max bytes (ND_E_TOO_LARGE past
 * it; ND_E_NOT_REGULAR for a directory or device).  On success the caller
 * frees *bytes (NUL-terminated, *n bytes before the NUL). */
enum nd_err file_read(const char *path, size_t max, char **bytes, size_t *n);

/* Read what is left of fd (a pipe: standard input), at most max bytes,
 * the same way; fd is left open. */
enum nd_err file_read_fd(int fd, size_t max, char **bytes, size_t *n);

#endif
