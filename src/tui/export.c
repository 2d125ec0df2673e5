/* e: the comparison, as the facts panel lists it (its filter), written to
 * a file named at a prompt, in the format its name ends with: ".json"
 * JSON, ".md" or ".markdown" Markdown, ".html" or ".htm" the HTML handout,
 * anything else plain text, the same writers as --report (report.h).  An
 * existing file is never overwritten. */
#include "tui/screen.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "show/report.h"

static bool ends_with(const char *s, const char *end)
{
	size_t n = strlen(s), m = strlen(end);
	return n > m && strcasecmp(s + n - m, end) == 0;
}

static enum report_format format_of(const char *name)
{
	if (ends_with(name, ".json"))
		return REPORT_JSON;
	if (ends_with(name, ".md") || ends_with(name, ".markdown"))
		return REPORT_MARKDOWN;
	if (ends_with(name, ".html") || ends_with(name, ".htm"))
		return REPORT_HTML;
	return REPORT_TEXT;
}

void export_prompt(struct tui *t)
{
	if (!t->cmp) {
		screen_say(t, "no facts were found: nothing to write");
		return;
	}
	t->prompting = true;
	t->prompt_kind = PROMPT_EXPORT;
	t->prompt_len = 0;
	t->prompt[0] = '\0';
}

void export_write(struct tui *t, const char *name)
{
	char path[4096];
	const char *home = getenv("HOME");
	/* "~/notes.md": in the home directory */
	if (strncmp(name, "~/", 2) == 0 && home && *home)
		snprintf(path, sizeof path, "%s/%s", home, name + 2);
	else
		snprintf(path, sizeof path, "%s", name);
	struct comparison view = *t->cmp;
	view.rows = malloc((t->nshown ? t->nshown : 1) * sizeof *view.rows);
	if (!view.rows) {
		screen_say(t, "out of memory");
		return;
	}
	for (size_t i = 0; i < t->nshown; i++)
		view.rows[i] = t->cmp->rows[t->shown[i]];
	view.nrows = t->nshown;
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
	if (!f) {
		int e = errno;
		if (fd >= 0)
			close(fd);
		free(view.rows);
		screen_say(t, "%s: %s", name,
			   e == EEXIST ? "already exists (newsdiff does not overwrite)" : strerror(e));
		return;
	}
	enum report_format fmt = format_of(path);
	enum nd_err err = report_write(&view, fmt, f);
	bool closed = fclose(f) == 0;
	free(view.rows);
	if (err || !closed) {
		screen_say(t, "%s: %s", name, err ? nd_strerror(err) : strerror(errno));
		return;
	}
	screen_say(t, "wrote %zu fact%s to %s (%s)", t->nshown, t->nshown == 1 ? "" : "s", name,
		   fmt == REPORT_JSON ? "JSON" : fmt == REPORT_MARKDOWN ? "Markdown"
		   : fmt == REPORT_HTML ? "HTML" : "text");
}
