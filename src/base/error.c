#include "base/error.h"

#include <errno.h>

static const char *const messages[] = {
#define ND_ERR_MSG(name, msg) msg,
	ND_ERRORS(ND_ERR_MSG)
#undef ND_ERR_MSG
};

const char *nd_strerror(enum nd_err err)
{
	if ((unsigned)err >= ND_E__COUNT)
		return "unknown error";
	return messages[err];
}

enum nd_err nd_err_from_errno(int errnum)
{
	switch (errnum) {
	case ENOENT:
	case ENOTDIR:
		return ND_E_NOENT;
	case EACCES:
	case EPERM:
		return ND_E_ACCESS;
	case ENOMEM:
		return ND_E_NOMEM;
	case EFBIG:
		return ND_E_TOO_LARGE;
	default:
		return ND_E_IO;
	}
}
