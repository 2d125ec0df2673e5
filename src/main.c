/*
 * main.c - newsdiff's command line: parses the options, loads the reports
 * and hands them to the stage asked for (the screen, a headless screen
 * dump, a report, a stage's dump, or one page's extraction).  Options and
 * wiring only: the work is done by the stages.
 *
 * Exit status: 0 success; 1 some reports could not be read (the others
 * were shown); 2 usage error; 3 nothing to show or a fatal error;
 * 128+N when the screen was ended by signal N (SIGINT, SIGTERM, SIGHUP).
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <malloc.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "analyse/compare.h"
#include "base/buf.h"
#include "base/error.h"
#include "base/text.h"
#include "load/fetch.h"
#include "load/html.h"
#include "load/inputs.h"
#include "load/story.h"
#include "show/batch.h"
#include "show/dump.h"
#include "show/extract.h"
#include "show/report.h"
#include "tui/tui.h"

#ifndef ND_VERSION
#define ND_VERSION "unknown"
#endif

enum { EXIT_PARTIAL = 1, EXIT_USAGE = 2, EXIT_FATAL = 3 };

/* What parse_options returns when the program is to go on. */
enum { GO_ON = -1 };

static const char usage_text[] =
	"Usage: newsdiff [OPTION]... [FILE|DIR|URL|-]...\n"
	"       newsdiff --extract [--format=text|json] FILE|URL\n"
	"Put several news reports of one story side by side in the terminal.\n"
	"\n"
	"With no FILE, DIR or URL, open the bundled story.  A DIR opens every\n"
	".txt and .html report in it; a URL (http or https) is fetched, and\n"
	"HTML pages are read for their article; - reads a report from\n"
	"standard input.  Up to 1000 reports at once.\n"
	"\n"
	"Options:\n"
	"  --report             print the fact-by-fact comparison instead of\n"
	"                       opening the screen\n"
	"  --format=FORMAT      report format: text (default), markdown, json,\n"
	"                       jsonl (the JSON on one line) or html (a printable\n"
	"                       page); for --extract: text or json\n"
	"  --batch              each DIR is a story: write one JSON line for each\n"
	"                       (as --report --format=jsonl), in order\n"
	"  --jobs=N             threads that load, read and line up the reports,\n"
	"                       or for --batch the stories (default: one a\n"
	"                       processor; the output is the same whatever N)\n"
	"  --only=VERDICTS      report only rows of these verdicts, e.g.\n"
	"                       --only=disagree,partial\n"
	"  --outlets=A,B        report only rows every one of these reports\n"
	"                       speaks to (outlet names or numbers from 1)\n"
	"  --extract            print what is read from one page (metadata and\n"
	"                       article paragraphs) and exit\n"
	"  --connect-timeout=S  seconds to wait for a connection (default 10)\n"
	"  --timeout=S          seconds a whole fetch may take (default 30)\n"
	"  --max-size=BYTES     largest page fetched (default 10M; K and M suffixes)\n"
	"  --refresh            fetch again even what is in the cache\n"
	"  --offline            use only the cache, never the network\n"
	"  --dump-screen        print the first screen as plain text and exit\n"
	"  --size=COLSxROWS     screen size for --dump-screen (default 80x24)\n"
	"  --keys=KEYS          keys to press before --dump-screen prints, e.g.\n"
	"                       'jj<Tab>/word<Enter>' (see newsdiff(1))\n"
	"  --dump=STAGE         print what one stage finds and exit: paragraphs\n"
	"                       (each paragraph with its kind), sentences, facts\n"
	"                       (what each report states, before lining up),\n"
	"                       claims (its typed values: counts, money, dates...),\n"
	"                       events (what people and things did) or names\n"
	"                       (how each report describes what it names)\n"
	"  --config=FILE        read key bindings, colours and options from FILE\n"
	"                       (default: $NEWSDIFF_CONFIG, else\n"
	"                       ~/.config/newsdiff/config; see newsdiff(1))\n"
	"  --tour               open the screen on the guided tour: each\n"
	"                       disagreement, then each difference, one at a time\n"
	"  --theme=NAME         colour theme: default, high-contrast (for a\n"
	"                       projector), light (for a light background) or\n"
	"                       mono; T on the screen steps through them\n"
	"  --no-color           no colour (also when NO_COLOR is set), whatever\n"
	"                       the theme\n"
	"  -h, --help           show this help and exit\n"
	"  -V, --version        show the version and exit\n"
	"\n"
	"Keys: j/k scroll, g/G top/end, h/l or Tab change report, / search, n/N\n"
	"next/previous match, s scroll together, f show page furniture, F facts\n"
	"panel, c which facts, p the second report c compares, ]/[ next/previous\n"
	"disagreement, Enter detail, v quotation view, m marks, E load errors,\n"
	"a who agrees with whom, d how outlets name things, o open page, e export,\n"
	"t tour, T theme, ? help (all keys), Esc close, q close or quit; a number\n"
	"before a key repeats it.\n"
	"\n"
	"Exit status: 0 success, 1 some reports could not be read, 2 usage error,\n"
	"3 nothing could be shown, 128+N ended by signal N.\n";

/* Print a message on stderr with outside text made safe for a terminal. */
static void say(const char *what, const char *msg)
{
	text_say(stderr, what, msg);
}

static void report_errors(const struct story *s)
{
	for (size_t i = 0; i < s->nerr; i++)
		say(s->errs[i].source,
		    s->errs[i].detail ? s->errs[i].detail : nd_strerror(s->errs[i].err));
}

static void report_warnings(const struct story *s)
{
	for (size_t i = 0; i < s->nwarn; i++) {
		char msg[600];
		snprintf(msg, sizeof msg, "warning: %s", s->warns[i].detail ? s->warns[i].detail : "");
		say(s->warns[i].source, msg);
	}
}

static void report_fixes(const struct story *s)
{
	for (size_t i = 0; i < s->n; i++) {
		char lines[2][96], msg[208];
		size_t n = text_fixes_said(&s->arts[i].fixes, lines);
		for (size_t k = 0; k < n; k++) {
			snprintf(msg, sizeof msg, "warning: %s", lines[k]);
			say(s->arts[i].source, msg);
		}
	}
}

/* Use UTF-8 for the screen even when the environment names no locale.
 * The character type only (LC_CTYPE: what a byte sequence is, how wide
 * a character is drawn): numbers are read with strtod() and sscanf()
 * and written with printf's %g in reports, JSON and screens, and must
 * keep the '.' of the C locale whatever LC_NUMERIC says; no date or
 * collation of the locale is used, and strerror()'s few messages stay
 * in English like all the others.  Loading one category instead of all
 * twelve also spares start-up a dozen files. */
static void setup_locale(void)
{
	setlocale(LC_CTYPE, "");
	const char *cs = nl_langinfo(CODESET);
	if (!cs || strcmp(cs, "UTF-8") != 0)
		if (!setlocale(LC_CTYPE, "C.UTF-8"))
			setlocale(LC_CTYPE, "C.utf8");
}

/* The heap's first 2 MB in one huge page (Linux's transparent huge
 * pages, glibc's malloc), before anything is allocated.  The first
 * frame allocates about a megabyte on the heap (three 200x50 windows of
 * curses, the texts, their lines): some 230 pages, each touched first
 * by a page fault, which took 4.5 ms of the 12 from main() to the frame
 * on a virtual machine; in one huge page, one fault.  So the break is
 * moved up to a page below a 2 MB boundary (the skipped addresses are
 * never touched: no memory), malloc's heap is started there with a pad
 * of 2 MB (M_TOP_PAD, kept so that freeing never gives the huge page
 * back), and the 2 MB above the boundary are marked MADV_HUGEPAGE
 * before anything touches them.  Where the kernel gives no huge pages
 * (THP off, no 2 MB page free), or malloc is not glibc's heap (a
 * sanitizer), nothing else changes. */
static void heap_in_huge_page(void)
{
#if defined(__GLIBC__) && defined(M_TOP_PAD) && defined(MADV_HUGEPAGE) && \
	__GLIBC_PREREQ(2, 33)
	const uintptr_t huge = (uintptr_t)2 << 20;
	long pagesize = sysconf(_SC_PAGESIZE);
	if (pagesize <= 0 || mallinfo2().arena != 0)  /* the heap is in use already */
		return;
	uintptr_t page = (uintptr_t)pagesize;
	void *brk0 = sbrk(0);
	if (brk0 == (void *)-1)
		return;
	uintptr_t cur = (uintptr_t)brk0;
	uintptr_t start = ((cur + page + huge - 1) & ~(huge - 1)) - page;
	if (sbrk((intptr_t)(start - cur)) == (void *)-1)
		return;
	mallopt(M_TOP_PAD, (int)(huge + 16 * page));
	void *volatile first = malloc(1);  /* the heap starts: its first page only is touched */
	free(first);
	void *end = sbrk(0);
	if (end != (void *)-1 && (uintptr_t)end >= start + page + huge)
		madvise((void *)(start + page), huge, MADV_HUGEPAGE);
#endif
}

static int run(int argc, char **argv);

/* Output that could not be written is an error, whatever was asked. */
int main(int argc, char **argv)
{
	heap_in_huge_page();
	int status = run(argc, argv);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		say(NULL, nd_strerror(ND_E_WRITE));
		return EXIT_FATAL;
	}
	return status;
}

/* What the command line asked for. */
struct options {
	bool dump_screen, dump_paras, report, extract;
	const char *stage;            /* --dump=sentences or facts */
	bool format_given;
	const char *format_name;
	const char *only, *outlets;   /* --only, --outlets: rows of --report */
	enum report_format format;
	bool color, size_given;
	int cols, rows;
	const char *keys;
	const char *config;           /* --config FILE, else $NEWSDIFF_CONFIG */
	const char *theme;            /* --theme NAME, a name tui_theme_find knows */
	bool tour;                    /* --tour: the screen opens on the guided tour */
	bool batch;                   /* --batch: each input a story, a JSON line each */
	unsigned jobs;                /* --jobs N: threads that read the reports (for --batch:
				       * the stories); 0: one a processor */
	struct fetch_opts fo;
};

enum { OPT_DUMP_SCREEN = 256, OPT_SIZE, OPT_KEYS, OPT_DUMP, OPT_NO_COLOR, OPT_REPORT,
       OPT_FORMAT, OPT_EXTRACT, OPT_CONNECT_TIMEOUT, OPT_TIMEOUT, OPT_MAX_SIZE, OPT_REFRESH,
       OPT_OFFLINE, OPT_ONLY, OPT_OUTLETS, OPT_CONFIG, OPT_THEME, OPT_TOUR, OPT_BATCH,
       OPT_JOBS };

static const struct option longopts[] = {
	{ "dump-screen", no_argument, NULL, OPT_DUMP_SCREEN },
	{ "size", required_argument, NULL, OPT_SIZE },
	{ "keys", required_argument, NULL, OPT_KEYS },
	{ "dump", required_argument, NULL, OPT_DUMP },
	{ "report", no_argument, NULL, OPT_REPORT },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "only", required_argument, NULL, OPT_ONLY },
	{ "outlets", required_argument, NULL, OPT_OUTLETS },
	{ "extract", no_argument, NULL, OPT_EXTRACT },
	{ "connect-timeout", required_argument, NULL, OPT_CONNECT_TIMEOUT },
	{ "timeout", required_argument, NULL, OPT_TIMEOUT },
	{ "max-size", required_argument, NULL, OPT_MAX_SIZE },
	{ "refresh", no_argument, NULL, OPT_REFRESH },
	{ "offline", no_argument, NULL, OPT_OFFLINE },
	{ "config", required_argument, NULL, OPT_CONFIG },
	{ "theme", required_argument, NULL, OPT_THEME },
	{ "tour", no_argument, NULL, OPT_TOUR },
	{ "batch", no_argument, NULL, OPT_BATCH },
	{ "jobs", required_argument, NULL, OPT_JOBS },
	{ "no-color", no_argument, NULL, OPT_NO_COLOR },
	{ "no-colour", no_argument, NULL, OPT_NO_COLOR },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

static int parse_size(const char *arg, struct options *o)
{
	char x, junk;
	o->size_given = true;
	if (sscanf(arg, "%d%c%d%c", &o->cols, &x, &o->rows, &junk) != 3 ||
	    (x != 'x' && x != 'X') ||
	    o->cols < 1 || o->rows < 1 || o->cols > 1000 || o->rows > 1000) {
		say("--size", "expects COLSxROWS, e.g. 200x50 (1 to 1000 each)");
		return EXIT_USAGE;
	}
	return GO_ON;
}

static int parse_dump(const char *arg, struct options *o)
{
	if (strcmp(arg, "paragraphs") == 0) {
		o->dump_paras = true;
	} else if (strcmp(arg, "sentences") == 0 || strcmp(arg, "facts") == 0 ||
		   strcmp(arg, "claims") == 0 || strcmp(arg, "events") == 0 ||
		   strcmp(arg, "names") == 0) {
		o->stage = arg;
	} else {
		say("--dump", "unknown stage (known: paragraphs, sentences, facts, claims, events, names)");
		return EXIT_USAGE;
	}
	return GO_ON;
}

/* --timeout and --connect-timeout: seconds, kept as milliseconds. */
static int parse_seconds(int c, const char *arg, struct options *o)
{
	char *end;
	errno = 0;
	double sec = strtod(arg, &end);
	if (errno || *end || !(sec > 0) || sec > 86400) {
		say(c == OPT_TIMEOUT ? "--timeout" : "--connect-timeout",
		    "expects a number of seconds (above 0, at most 86400)");
		return EXIT_USAGE;
	}
	long ms = (long)(sec * 1000);
	if (ms < 1)
		ms = 1; /* 0 would mean the default */
	if (c == OPT_TIMEOUT)
		o->fo.timeout_ms = ms;
	else
		o->fo.connect_timeout_ms = ms;
	return GO_ON;
}

static int parse_max_size(const char *arg, struct options *o)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(arg, &end, 10);
	unsigned long long mult = 1;
	if (*end == 'k' || *end == 'K')
		mult = 1024, end++;
	else if (*end == 'm' || *end == 'M')
		mult = 1024 * 1024, end++;
	if (errno || *end || v == 0 || v > (256ULL << 20) / mult) {
		say("--max-size", "expects a size in bytes, K or M (at most 256M)");
		return EXIT_USAGE;
	}
	o->fo.max_bytes = (size_t)(v * mult);
	return GO_ON;
}

static int parse_theme(const char *arg, struct options *o)
{
	if (tui_theme_find(arg) < 0) {
		char known[128], msg[256];
		tui_theme_list(known, sizeof known);
		snprintf(msg, sizeof msg, "unknown theme '%.60s' (known: %s)", arg, known);
		say("--theme", msg);
		return EXIT_USAGE;
	}
	o->theme = arg;
	return GO_ON;
}

/* One option from getopt_long: GO_ON, or the status to exit with. */
static int parse_option(int c, char **argv, struct options *o)
{
	switch (c) {
	case 'h':
		fputs(usage_text, stdout);
		return 0;
	case 'V':
		printf("newsdiff %s\n", ND_VERSION);
		return 0;
	case OPT_DUMP_SCREEN:
		o->dump_screen = true;
		return GO_ON;
	case OPT_SIZE:
		return parse_size(optarg, o);
	case OPT_KEYS:
		o->keys = optarg;
		return GO_ON;
	case OPT_DUMP:
		return parse_dump(optarg, o);
	case OPT_REPORT:
		o->report = true;
		return GO_ON;
	case OPT_FORMAT:
		o->format_name = optarg;
		o->format_given = true;
		return GO_ON;
	case OPT_EXTRACT:
		o->extract = true;
		return GO_ON;
	case OPT_ONLY:
		o->only = optarg;
		return GO_ON;
	case OPT_OUTLETS:
		o->outlets = optarg;
		return GO_ON;
	case OPT_CONNECT_TIMEOUT:
	case OPT_TIMEOUT:
		return parse_seconds(c, optarg, o);
	case OPT_MAX_SIZE:
		return parse_max_size(optarg, o);
	case OPT_REFRESH:
		o->fo.refresh = true;
		return GO_ON;
	case OPT_OFFLINE:
		o->fo.offline = true;
		return GO_ON;
	case OPT_NO_COLOR:
		o->color = false;
		return GO_ON;
	case OPT_CONFIG:
		o->config = optarg;
		return GO_ON;
	case OPT_THEME:
		return parse_theme(optarg, o);
	case OPT_TOUR:
		o->tour = true;
		return GO_ON;
	case OPT_BATCH:
		o->batch = true;
		return GO_ON;
	case OPT_JOBS: {
		char *end;
		unsigned long v = strtoul(optarg, &end, 10);
		if (!*optarg || *end || v < 1 || v > 256) {
			say("--jobs", "wants a number of threads from 1 to 256");
			return EXIT_USAGE;
		}
		o->jobs = (unsigned)v;
		return GO_ON;
	}
	default: {
		/* "--help=x": getopt names the option by its short letter;
		 * the word the user typed is clearer */
		char opt[3] = { '-', (char)optopt, '\0' };
		const char *typed = optind > 0 ? argv[optind - 1] : NULL;
		bool long_word = typed && strncmp(typed, "--", 2) == 0;
		say(optopt && optopt < 256 && !long_word ? opt : typed ? typed : "?",
		    "unknown option or missing argument (try --help)");
		return EXIT_USAGE;
	}
	}
}

/* The options that do not go together, and the formats. */
static int check_options(struct options *o)
{
	if ((o->keys || o->size_given) && !o->dump_screen) {
		say(NULL, "--size and --keys go with --dump-screen");
		return EXIT_USAGE;
	}
	if (o->dump_screen + o->dump_paras + (o->stage != NULL) + o->report > 1) {
		say(NULL, "choose one of --report, --dump-screen and --dump");
		return EXIT_USAGE;
	}
	if (o->jobs && o->extract) {
		say(NULL, "--jobs goes with a comparison, not with --extract");
		return EXIT_USAGE;
	}
	if (o->batch && (o->report || o->dump_screen || o->dump_paras || o->stage || o->extract ||
			 o->tour || o->format_given || o->only || o->outlets)) {
		say(NULL, "--batch goes alone (with --jobs)");
		return EXIT_USAGE;
	}
	if (o->tour && (o->report || o->dump_paras || o->stage || o->extract)) {
		say(NULL, "--tour goes with the screen (or --dump-screen)");
		return EXIT_USAGE;
	}
	if ((o->only || o->outlets) && !o->report) {
		say(NULL, "--only and --outlets go with --report");
		return EXIT_USAGE;
	}
	if (o->format_given && !o->report && !o->extract) {
		say(NULL, "--format goes with --report or --extract");
		return EXIT_USAGE;
	}
	if (o->extract && (o->report || o->dump_screen || o->dump_paras || o->stage)) {
		say(NULL, "--extract goes alone (with --format)");
		return EXIT_USAGE;
	}
	if (o->format_given && o->report && report_format_parse(o->format_name, &o->format) != 0) {
		say("--format", "unknown format (known: text, markdown, json, jsonl, html)");
		return EXIT_USAGE;
	}
	if (o->format_given && o->extract && strcmp(o->format_name, "text") != 0 &&
	    strcmp(o->format_name, "json") != 0) {
		say("--format", "unknown format for --extract (known: text, json)");
		return EXIT_USAGE;
	}
	if (o->fo.refresh && o->fo.offline) {
		say(NULL, "--refresh and --offline do not go together");
		return EXIT_USAGE;
	}
	return GO_ON;
}

/* Fill *o from the command line (optind is left at the first input):
 * GO_ON, or the status to exit with. */
static int parse_options(int argc, char **argv, struct options *o)
{
	*o = (struct options){ .color = true, .cols = 80, .rows = 24, .format = REPORT_TEXT,
			       .fo = { .progress = isatty(STDERR_FILENO) != 0 } };
	const char *nc = getenv("NO_COLOR");
	if (nc && *nc)
		o->color = false;
	opterr = 0;
	int c;
	while ((c = getopt_long(argc, argv, "hV", longopts, NULL)) != -1) {
		int status = parse_option(c, argv, o);
		if (status != GO_ON)
			return status;
	}
	return check_options(o);
}

/* --extract: what is read from one page. */
static int run_extract(const char *input, const struct options *o)
{
	struct html_doc d;
	char why[1024];
	if (inputs_read_page(input, &o->fo, &d, why, sizeof why) != ND_E_OK) {
		say(input, why);
		return EXIT_FATAL;
	}
	/* as the page is read when it is opened (story.c, article.c): no
	 * article is an error, and a page that names no site gets its
	 * address's host, else its file's name */
	if (!d.body || d.body_len == 0) {
		say(input, nd_strerror(ND_E_NOT_ARTICLE));
		html_doc_release(&d);
		return EXIT_FATAL;
	}
	if (!d.outlet || !d.outlet[0]) {
		size_t hn = 0;
		const char *host = d.url && d.url[0] ? text_url_host(d.url, &hn) : NULL;
		char *named = host && hn ? strndup(host, hn) : article_outlet_from_name(input);
		if (named) {
			free(d.outlet);
			d.outlet = named;
		}
	}
	enum nd_err err = extract_print(&d, o->format_given && strcmp(o->format_name, "json") == 0,
					stdout);
	if (err)
		say(NULL, nd_strerror(err));
	else if (d.short_body)
		say(input, "warning: the article found on this page is suspiciously short");
	html_doc_release(&d);
	return err ? EXIT_FATAL : 0;
}


/* Compare the story; when that may take a moment (many reports, or much
 * text) and standard error is a terminal, say so there while it runs, so
 * that a long comparison never leaves a blank terminal.  The reports are
 * read on jobs threads (0: one a processor). */
static enum nd_err compare_with_progress(const struct story *story, struct comparison *cmp,
					 unsigned jobs)
{
	size_t bytes = 0;
	for (size_t i = 0; i < story->n; i++)
		bytes += story->arts[i].len;
	bool show = isatty(STDERR_FILENO) && (story->n > 50 || bytes > ((size_t)1 << 20));
	if (show)
		fprintf(stderr, "\rnewsdiff: comparing %zu report%s (%.1f MB)\xe2\x80\xa6\033[K",
			story->n, story->n == 1 ? "" : "s", (double)bytes / 1e6);
	enum nd_err err = compare_story_threads(story, cmp, jobs);
	if (show)
		fprintf(stderr, "\r\033[K");
	return err;
}

/* --report and --dump=sentences|facts: a stage after the comparison. */
static int run_stage(const struct story *story, const struct options *o)
{
	struct comparison cmp;
	enum nd_err err = compare_with_progress(story, &cmp, o->jobs);
	if (err) {
		say(NULL, nd_strerror(err));
		return EXIT_FATAL;
	}
	if (o->report && (o->only || o->outlets)) {
		struct comparison view;
		char why[256];
		err = report_select(&cmp, o->only, o->outlets, &view, why, sizeof why);
		if (err == ND_E_USAGE) {
			say(NULL, why);
			free(view.rows);
			comparison_release(&cmp);
			return EXIT_USAGE;
		}
		if (!err)
			err = report_write(&view, o->format, stdout);
		free(view.rows);
	} else if (o->report)
		err = report_write(&cmp, o->format, stdout);
	else if (strcmp(o->stage, "sentences") == 0)
		dump_sentences(&cmp, stdout);
	else if (strcmp(o->stage, "claims") == 0)
		dump_claims(&cmp, stdout);
	else if (strcmp(o->stage, "events") == 0)
		dump_events(&cmp, stdout);
	else if (strcmp(o->stage, "names") == 0)
		dump_names(&cmp, stdout);
	else
		dump_facts(&cmp, stdout);
	comparison_release(&cmp);
	if (err) {
		say(NULL, nd_strerror(err));
		return EXIT_FATAL;
	}
	return 0;
}

/* --dump-screen: the screen as text, after the keys given. */
/* The screen's first message: which reports failed, cut to fit. */
static void failure_message(const struct story *story, char *msg, size_t cap)
{
	msg[0] = '\0';
	if (!story->nerr)
		return;
	/* the name is cut so that the reason always fits */
	struct buf b;
	buf_init(&b, 1024);
	buf_addf(&b, "%zu report%s could not be loaded: ", story->nerr,
		 story->nerr == 1 ? "" : "s");
	text_add_safe(&b, story->errs[0].source, 100);
	buf_adds(&b, ": ");
	text_add_safe(&b, story->errs[0].detail ? story->errs[0].detail
					   : nd_strerror(story->errs[0].err), 200);
	if (story->nerr > 1)
		buf_adds(&b, " (E lists them all)");
	snprintf(msg, cap, "%s", buf_error(&b) ? "some reports could not be loaded" : b.data);
	buf_release(&b);
}

/* The config file (--config, $NEWSDIFF_CONFIG or the default place): its
 * errors go to standard error, each once, and the first of them into msg
 * (when msg is still empty) for the status line.  NULL when memory ran
 * out; newsdiff goes on without it. */
static struct tui_config *load_config(const struct options *o, char *msg, size_t cap)
{
	const char *env = getenv("NEWSDIFF_CONFIG");
	const char *path = o->config ? o->config : env && env[0] ? env : NULL;
	char *errors = NULL;
	struct tui_config *c = tui_config_load(path, &errors);
	for (char *line = errors, *nl; line && *line; line = nl + 1) {
		nl = strchr(line, '\n');
		if (!nl)
			break;
		*nl = '\0';
		say(NULL, line);
		if (!msg[0])
			snprintf(msg, cap, "config file: %s", line);
	}
	free(errors);
	return c;
}

static int run_dump_screen(struct story *story, const struct options *o)
{
	struct comparison cmp;
	enum nd_err cerr = compare_with_progress(story, &cmp, o->jobs);
	bool have = cerr == ND_E_OK;
	char msg[512];
	failure_message(story, msg, sizeof msg);
	if (!have && !msg[0])  /* as the screen says it */
		snprintf(msg, sizeof msg, "%s: the facts could not be found", nd_strerror(cerr));
	struct tui_config *config = load_config(o, msg, sizeof msg);
	struct tui_opts to = { .color = o->color, .theme = o->theme, .tour = o->tour, .message = msg[0] ? msg : NULL,
			       .cmp = have ? &cmp : NULL, .config = config };
	enum nd_err err = tui_dump_screen(story, &to, o->cols, o->rows, o->keys, stdout);
	tui_config_free(config);
	if (have)
		comparison_release(&cmp);
	if (err == ND_E_USAGE) {
		say("--keys", "unknown key name in angle brackets (see newsdiff(1))");
		return EXIT_USAGE;
	}
	if (err) {
		say(NULL, nd_strerror(err));
		return EXIT_FATAL;
	}
	return 0;
}

/* Can the keys be read from the terminal itself (/dev/tty)? */
static bool have_tty(void)
{
	int fd = open("/dev/tty", O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	close(fd);
	return true;
}

/* --batch: a JSON line for each directory, in order. */
static int run_batch(const struct options *o, char *const *dirs, size_t n)
{
	if (n == 0) {
		say("--batch", "takes one directory or more, each a story");
		return EXIT_USAGE;
	}
	size_t failed = 0;
	enum nd_err err = batch_run(dirs, n, o->jobs, stdout, stderr, &failed);
	if (err) {
		say(NULL, nd_strerror(err));
		return EXIT_FATAL;
	}
	return failed == n ? EXIT_FATAL : failed ? EXIT_PARTIAL : 0;
}

/* The screen itself, on a terminal. */
static int run_screen(struct story *story, const struct options *o)
{
	/* standard input may be a report ("-"): the screen reads keys from
	 * the terminal then */
	if (!isatty(STDOUT_FILENO) || (!isatty(STDIN_FILENO) && !have_tty())) {
		report_warnings(story);
		report_errors(story);
		say(NULL, "not a terminal (use --dump-screen for text output)");
		return EXIT_FATAL;
	}
	char msg[512];
	failure_message(story, msg, sizeof msg);
	struct tui_config *config = load_config(o, msg, sizeof msg);
	/* the texts at once, the facts found meanwhile on a second thread */
	struct tui_opts to = { .color = o->color, .theme = o->theme, .tour = o->tour,
			       .message = msg[0] ? msg : NULL, .compare_later = true,
			       .jobs = o->jobs, .config = config };
	int r = tui_run(story, &to);
	tui_config_free(config);
	/* What failed, now that the screen is gone (once: not before it) */
	report_warnings(story);
	report_errors(story);
	return r;
}

/* Load the inputs (the bundled story when none) and run the stage asked
 * for on them. */
static int run_story(const struct options *o, char *const *paths, size_t npaths)
{
	char bundled[PATH_MAX];
	char *bundled_argv[1] = { bundled };
	if (npaths == 0) {
		if (story_find_bundled(bundled, sizeof bundled) != ND_E_OK) {
			say(NULL, "bundled story not found (set NEWSDIFF_DATADIR, or name report files)");
			return EXIT_FATAL;
		}
		paths = bundled_argv;
		npaths = 1;
	}

	struct story story;
	enum nd_err err = inputs_load(&story, paths, npaths, &o->fo, o->jobs);
	/* the screen says these itself, and prints them once when it ends */
	bool screen = !o->dump_paras && !o->report && !o->stage && !o->dump_screen;
	if (!screen || err) {
		report_warnings(&story);
		report_errors(&story);
	}
	report_fixes(&story);
	if (err) {
		if (err == ND_E_NOMEM || story.nerr == 0)
			say(NULL, nd_strerror(err));
		say(NULL, "no report could be loaded");
		story_release(&story);
		return EXIT_FATAL;
	}
	int r;
	if (o->dump_paras) {
		dump_paragraphs(&story, stdout);
		r = 0;
	} else if (o->report || o->stage) {
		r = run_stage(&story, o);
	} else if (o->dump_screen) {
		r = run_dump_screen(&story, o);
	} else {
		r = run_screen(&story, o);
	}
	int status = r ? r : story.nerr ? EXIT_PARTIAL : 0;
	story_release(&story);
	return status;
}

static int run(int argc, char **argv)
{
	struct options o;
	setup_locale();
	int status = parse_options(argc, argv, &o);
	if (status != GO_ON)
		return status;
	if (o.batch)
		return run_batch(&o, argv + optind, (size_t)(argc - optind));
	if (o.extract) {
		if (argc - optind != 1) {
			say("--extract", "takes exactly one FILE or URL");
			return EXIT_USAGE;
		}
		return run_extract(argv[optind], &o);
	}
	return run_story(&o, argv + optind, (size_t)(argc - optind));
}
