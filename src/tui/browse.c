/* o: the focused report's page in the user's browser.  The command is
 * $BROWSER (its first entry when it lists several, split on ':'), else
 * xdg-open; it is split on spaces into words and run without a shell,
 * with the page's address in place of a "%s" word or after the last.
 * The screen gives the terminal back while it runs (a browser may run in
 * it) and takes it again after. */
#include "tui/screen.h"

#include <errno.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

extern char **environ;

#define MAX_WORDS 32

/* An address a browser may be given: http or https, no spaces. */
static bool openable(const char *url)
{
	if (strncmp(url, "http://", 7) != 0 && strncmp(url, "https://", 8) != 0)
		return false;
	for (const char *p = url; *p; p++)
		if ((unsigned char)*p <= ' ' || *p == 0x7f)
			return false;
	return true;
}

/* Split the first entry of cmd into words in buf (argv[], NULL-ended),
 * the URL put in place of "%s" or after the last word.  The number of
 * words, 0 when there are none. */
static size_t command_words(const char *cmd, const char *url, char *buf, size_t cap,
			    char **argv)
{
	size_t n = 0, len = strcspn(cmd, ":");
	if (len >= cap)
		return 0;
	memcpy(buf, cmd, len);
	buf[len] = '\0';
	bool placed = false;
	for (char *save = NULL, *w = strtok_r(buf, " \t", &save); w && n + 2 < MAX_WORDS;
	     w = strtok_r(NULL, " \t", &save)) {
		if (strcmp(w, "%s") == 0) {
			argv[n++] = (char *)url;
			placed = true;
		} else {
			argv[n++] = w;
		}
	}
	if (n == 0)
		return 0;
	if (!placed)
		argv[n++] = (char *)url;
	argv[n] = NULL;
	return n;
}

void browse_focused(struct tui *t)
{
	const char *url = t->story->arts[t->focus].url;
	if (!url[0]) {
		screen_say(t, "%s gives no address of its page", t->story->arts[t->focus].outlet);
		return;
	}
	if (!openable(url)) {
		screen_say(t, "not a web address: %s", url);
		return;
	}
	const char *env = getenv("BROWSER");
	const char *cmd = env && env[strspn(env, " \t:")] ? env + strspn(env, ":") : "xdg-open";
	char buf[1024];
	char *argv[MAX_WORDS];
	if (!command_words(cmd, url, buf, sizeof buf, argv)) {
		screen_say(t, "BROWSER names no command");
		return;
	}
	if (t->headless) {  /* --dump-screen: say what would run */
		screen_say(t, "would open %s with %s", url, argv[0]);
		return;
	}
	def_prog_mode();
	endwin();
	pid_t pid;
	int err = posix_spawnp(&pid, argv[0], NULL, NULL, argv, environ);
	int status = 0;
	if (!err)
		while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
		}
	reset_prog_mode();
	clearok(curscr, TRUE);
	refresh();
	if (err)
		screen_say(t, "could not run %s: %s", argv[0], strerror(err));
	else if (WIFEXITED(status) && WEXITSTATUS(status) != 0)
		screen_say(t, "%s ended with status %d", argv[0], WEXITSTATUS(status));
	else
		screen_say(t, "opened %s", url);
}
