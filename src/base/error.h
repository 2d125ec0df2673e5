/*
 * error.h - the one table of error codes newsdiff's functions return.
 *
 * Owns: nothing at run time; the codes and their one-line messages.
 * Depends on: nothing.
 */
#ifndef ND_ERROR_H
#define ND_ERROR_H

/* X(NAME, message): the message completes "FILE: <message>". */
#define ND_ERRORS(X)                                                        \
	X(OK, "success")                                                    \
	X(NOMEM, "out of memory")                                           \
	X(NOENT, "no such file or directory")                               \
	X(ACCESS, "permission denied")                                      \
	X(IO, "read error")                                                 \
	X(WRITE, "write error")                                             \
	X(NOT_REGULAR, "not a regular file or directory")                   \
	X(EMPTY, "file is empty")                                           \
	X(BINARY, "not a text file (binary data)")                          \
	X(NO_TEXT, "no article text (only a header or blank lines)")        \
	X(TOO_LARGE, "file is larger than the limit")                       \
	X(NO_REPORTS, "directory holds no reports (*.txt or *.html files)")           \
	X(TOO_MANY, "too many reports (the limit is reached)")              \
	X(NO_STORY, "bundled story not found")                              \
	X(TERMINAL, "cannot start the terminal screen")                     \
	X(FETCH, "could not fetch the page")                                \
	X(NOT_ARTICLE, "no article text found on the page")                 \
	X(HTML_LIB, "libxml2 could not be loaded to read HTML")             \
	X(STEM_LIB, "libstemmer could not be loaded to find word stems")    \
	X(USAGE, "usage error")

enum nd_err {
#define ND_ERR_ENUM(name, msg) ND_E_##name,
	ND_ERRORS(ND_ERR_ENUM)
#undef ND_ERR_ENUM
	ND_E__COUNT
};

/* The message for an error code; a static string, never NULL. */
const char *nd_strerror(enum nd_err err);

/* Map an errno value from open/read/stat to the closest code. */
enum nd_err nd_err_from_errno(int errnum);

#endif
