/*
 * main.c - newsdiff's command line: parses options, loads the reports and
 * hands them to the stage asked for (the screen, a headless screen dump,
 * or a stage's own output).
 *
 * Exit status: 0 success; 1 some reports could not be read (the others
 * were shown); 2 usage error; 3 nothing to show or a fatal error;
 * 128+N when the screen was ended by signal N (SIGINT, SIGTERM, SIGHUP).
 */
#include <getopt.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "article.h"
#include "buf.h"
#include "compare.h"
#include "facts.h"
#include "report.h"
#include "error.h"
#include "story.h"
#include "text.h"
#include "tui/tui.h"

#ifndef ND_VERSION
#define ND_VERSION "unknown"
#endif

enum { EXIT_PARTIAL = 1, EXIT_USAGE = 2, EXIT_FATAL = 3 };

static const char usage_text[] =
	"Usage: newsdiff [OPTION]... [FILE|DIR]...\n"
	"Put several news reports of one story side by side in the terminal.\n"
	"\n"
	"With no FILE or DIR, open the bundled story.  A DIR opens every .txt\n"
	"report in it.  Up to 1000 reports at once.\n"
	"\n"
	"Options:\n"
	"  --report             print the fact-by-fact comparison instead of\n"
	"                       opening the screen\n"
	"  --format=FORMAT      report format: text (default), markdown or json\n"
	"  --dump-screen        print the first screen as plain text and exit\n"
	"  --size=COLSxROWS     screen size for --dump-screen (default 80x24)\n"
	"  --keys=KEYS          keys to press before --dump-screen prints, e.g.\n"
	"                       'jj<Tab>/word<Enter>' (see newsdiff(1))\n"
	"  --dump=STAGE         print what one stage finds and exit: paragraphs\n"
	"                       (each paragraph with its kind), sentences, or\n"
	"                       facts (what each report states, before lining up)\n"
	"  --no-color           no colour (also when NO_COLOR is set)\n"
	"  -h, --help           show this help and exit\n"
	"  -V, --version        show the version and exit\n"
	"\n"
	"Keys: j/k scroll, h/l or Tab change report, / search, n/N next/previous\n"
	"match, s scroll together, f show page furniture, F facts panel, ]/[ next/\n"
	"previous disagreement, v quotation view, m marks, ? help, q quit.\n"
	"\n"
	"Exit status: 0 success, 1 some reports could not be read, 2 usage error,\n"
	"3 nothing could be shown, 128+N ended by signal N.\n";

/* Print a message on stderr with outside text made safe for a terminal. */
static void say(const char *prefix, const char *what, const char *msg)
{
	struct buf b;
	buf_init(&b, 1 << 16);
	if (what)
		text_sanitize(what, strlen(what), &b, NULL);
	fprintf(stderr, "newsdiff: %s%s%s%s\n", prefix, b.data ? b.data : "",
		what ? ": " : "", msg);
	buf_release(&b);
}

static void report_errors(const struct story *s)
{
	for (size_t i = 0; i < s->nerr; i++)
		say("", s->errs[i].source, nd_strerror(s->errs[i].err));
}

static void report_fixes(const struct story *s)
{
	for (size_t i = 0; i < s->n; i++) {
		const struct text_fixes *f = &s->arts[i].fixes;
		char msg[160];
		if (f->invalid) {
			snprintf(msg, sizeof msg, "warning: %zu byte%s of invalid UTF-8 shown as U+FFFD",
				 f->invalid, f->invalid == 1 ? "" : "s");
			say("", s->arts[i].source, msg);
		}
		if (f->controls) {
			snprintf(msg, sizeof msg, "warning: %zu control character%s shown as symbols",
				 f->controls, f->controls == 1 ? "" : "s");
			say("", s->arts[i].source, msg);
		}
	}
}

static void dump_sentences(const struct comparison *c)
{
	for (size_t i = 0; i < c->story->n; i++) {
		const struct article *a = &c->story->arts[i];
		printf("== %s\n", a->source);
		for (size_t k = 0; k < c->sents[i].n; k++) {
			const struct sentence *se = &c->sents[i].v[k];
			printf("[%u-%u] ", se->start, se->end);
			for (uint32_t b = se->start; b < se->end; b++)
				putchar(a->text[b] == '\n' ? ' ' : a->text[b]);
			putchar('\n');
		}
	}
}

static void dump_facts(const struct comparison *c)
{
	for (size_t i = 0; i < c->story->n; i++) {
		const struct report_facts *f = &c->facts[i];
		printf("== %s (%s)\n", c->story->arts[i].source, c->story->arts[i].outlet);
		for (size_t k = 0; k < f->npeople; k++) {
			const struct person *p = &f->people[k];
			if (!p->mentions)
				continue;
			printf("person %s%s%s | role: %s | org: %s | fate: %s%s%s%s\n",
			       p->name ? p->name : "(unnamed)", p->variant ? " / " : "",
			       p->variant ? p->variant : "", p->role_text ? p->role_text : "-",
			       p->org ? p->org : "-", p->fate ? event_label(p->fate) : "-",
			       p->place ? " | place: " : "", p->place ? p->place : "",
			       p->rel == REL_MANAGER_OF ? " | manager of an earlier person" : "");
		}
		for (size_t k = 0; k < f->ncounts; k++) {
			const struct quantity *q = &f->counts[k];
			char num[32] = "";
			if (q->value == q->value) /* not NaN */
				snprintf(num, sizeof num, " %g", q->value);
			printf("count \"%s\" = %s%s %s%s%s%s%s%s\n", q->text,
			       q->qual ? qual_label(q->qual) : "exactly", num, noun_class_label(q->noun),
			       q->event ? ", " : "", q->agent ? "doing: " : "", event_label(q->event),
			       q->note ? " | " : "", q->note ? q->note : "");
		}
		for (size_t k = 0; k < f->nquotes; k++)
			printf("quote by %s: \"%s\"\n",
			       f->quotes[k].speaker_text ? f->quotes[k].speaker_text : "(unknown)",
			       f->quotes[k].text);
		static const char *const parts[] = { "mentioned", "employs journalists", "cited as source" };
		for (size_t k = 0; k < f->noutlets; k++)
			printf("outlet %s: %s\n", f->outlets[k].name, parts[f->outlets[k].part]);
		for (size_t k = 0; k < f->ndocs; k++)
			printf("document %s\n", f->docs[k].kind);
		for (size_t k = 0; k < f->nplaces; k++)
			printf("place %s based in %s\n", noun_class_label(f->places[k].group),
			       f->places[k].country);
		for (size_t k = 0; k < f->nterms; k++)
			printf("term %s\n", f->terms[k].text);
		for (size_t k = 0; k < f->noutcomes; k++)
			printf("outcome %s: \"%s\"\n", f->outcomes[k].success ? "succeeded" : "failed",
			       f->outcomes[k].text);
	}
}

static void dump_paragraphs(const struct story *s)
{
	for (size_t i = 0; i < s->n; i++) {
		const struct article *a = &s->arts[i];
		printf("== %s\n", a->source);
		printf("outlet: %s\ntitle: %s\ndate: %s\nurl: %s\nauthor: %s\n", a->outlet,
		       a->title, a->date, a->url, a->author);
		for (size_t p = 0; p < a->npara; p++) {
			/* One line per paragraph: hard-wrapped line breaks become spaces. */
			const char *t = a->text + a->paras[p].start;
			printf("[%s] ", para_label(&a->paras[p]));
			for (size_t k = 0; k < a->paras[p].len; k++)
				putchar(t[k] == '\n' ? ' ' : t[k]);
			putchar('\n');
		}
	}
}

/* Use UTF-8 for the screen even when the environment names no locale. */
static void setup_locale(void)
{
	setlocale(LC_ALL, "");
	const char *cs = nl_langinfo(CODESET);
	if (!cs || strcmp(cs, "UTF-8") != 0)
		if (!setlocale(LC_CTYPE, "C.UTF-8"))
			setlocale(LC_CTYPE, "C.utf8");
}

int main(int argc, char **argv)
{
	enum { OPT_DUMP_SCREEN = 256, OPT_SIZE, OPT_KEYS, OPT_DUMP, OPT_NO_COLOR, OPT_REPORT,
	       OPT_FORMAT };
	static const struct option longopts[] = {
		{ "dump-screen", no_argument, NULL, OPT_DUMP_SCREEN },
		{ "size", required_argument, NULL, OPT_SIZE },
		{ "keys", required_argument, NULL, OPT_KEYS },
		{ "dump", required_argument, NULL, OPT_DUMP },
		{ "report", no_argument, NULL, OPT_REPORT },
		{ "format", required_argument, NULL, OPT_FORMAT },
		{ "no-color", no_argument, NULL, OPT_NO_COLOR },
		{ "no-colour", no_argument, NULL, OPT_NO_COLOR },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	bool dump_screen = false, dump_paras = false, color = true, size_given = false;
	bool report = false, format_given = false;
	enum report_format format = REPORT_TEXT;
	const char *stage = NULL;
	int cols = 80, rows = 24;
	const char *keys = NULL;
	int c;

	setup_locale();
	const char *nc = getenv("NO_COLOR");
	if (nc && *nc)
		color = false;

	opterr = 0;
	while ((c = getopt_long(argc, argv, "hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			fputs(usage_text, stdout);
			return 0;
		case 'V':
			printf("newsdiff %s\n", ND_VERSION);
			return 0;
		case OPT_DUMP_SCREEN:
			dump_screen = true;
			break;
		case OPT_SIZE: {
			char x, junk;
			size_given = true;
			if (sscanf(optarg, "%d%c%d%c", &cols, &x, &rows, &junk) != 3 ||
			    (x != 'x' && x != 'X') ||
			    cols < 1 || rows < 1 || cols > 1000 || rows > 1000) {
				say("", "--size", "expects COLSxROWS, e.g. 200x50 (1 to 1000 each)");
				return EXIT_USAGE;
			}
			break;
		}
		case OPT_KEYS:
			keys = optarg;
			break;
		case OPT_DUMP:
			if (strcmp(optarg, "paragraphs") == 0) {
				dump_paras = true;
			} else if (strcmp(optarg, "sentences") == 0 || strcmp(optarg, "facts") == 0) {
				stage = optarg;
			} else {
				say("", "--dump", "unknown stage (known: paragraphs, sentences, facts)");
				return EXIT_USAGE;
			}
			break;
		case OPT_REPORT:
			report = true;
			break;
		case OPT_FORMAT:
			if (report_format_parse(optarg, &format) != 0) {
				say("", "--format", "unknown format (known: text, markdown, json)");
				return EXIT_USAGE;
			}
			format_given = true;
			break;
		case OPT_NO_COLOR:
			color = false;
			break;
		default:
			say("", argv[optind - 1], "unknown option or missing argument (try --help)");
			return EXIT_USAGE;
		}
	}

	if ((keys || size_given) && !dump_screen) {
		say("", NULL, "--size and --keys go with --dump-screen");
		return EXIT_USAGE;
	}
	if (dump_screen + dump_paras + (stage != NULL) + report > 1) {
		say("", NULL, "choose one of --report, --dump-screen and --dump");
		return EXIT_USAGE;
	}
	if (format_given && !report) {
		say("", NULL, "--format goes with --report");
		return EXIT_USAGE;
	}

	char bundled[PATH_MAX];
	char *bundled_argv[1] = { bundled };
	char *const *paths = argv + optind;
	size_t npaths = (size_t)(argc - optind);
	if (npaths == 0) {
		if (story_find_bundled(bundled, sizeof bundled) != ND_E_OK) {
			say("", NULL, "bundled story not found (set NEWSDIFF_DATADIR, or name report files)");
			return EXIT_FATAL;
		}
		paths = bundled_argv;
		npaths = 1;
	}

	struct story story;
	enum nd_err err = story_load(&story, paths, npaths);
	report_errors(&story);
	report_fixes(&story);
	if (err) {
		if (err == ND_E_NOMEM || story.nerr == 0)
			say("", NULL, nd_strerror(err));
		say("", NULL, "no report could be loaded");
		story_release(&story);
		return EXIT_FATAL;
	}
	int status = story.nerr ? EXIT_PARTIAL : 0;

	if (dump_paras) {
		dump_paragraphs(&story);
	} else if (report || stage) {
		struct comparison cmp;
		err = compare_story(&story, &cmp);
		if (err) {
			say("", NULL, nd_strerror(err));
			status = EXIT_FATAL;
		} else {
			if (report)
				err = report_write(&cmp, format, stdout);
			else if (strcmp(stage, "sentences") == 0)
				dump_sentences(&cmp);
			else
				dump_facts(&cmp);
			if (err) {
				say("", NULL, nd_strerror(err));
				status = EXIT_FATAL;
			}
			comparison_release(&cmp);
		}
	} else if (dump_screen) {
		struct comparison cmp;
		bool have = compare_story(&story, &cmp) == ND_E_OK;
		err = tui_dump_screen(&story, have ? &cmp : NULL, cols, rows, keys, stdout);
		if (have)
			comparison_release(&cmp);
		if (err == ND_E_USAGE) {
			say("", "--keys", "unknown key name in angle brackets (see newsdiff(1))");
			status = EXIT_USAGE;
		} else if (err) {
			say("", NULL, nd_strerror(err));
			status = EXIT_FATAL;
		}
	} else {
		if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
			say("", NULL, "not a terminal (use --dump-screen for text output)");
			story_release(&story);
			return EXIT_FATAL;
		}
		char msg[512] = "";
		if (story.nerr) {
			struct buf b;
			buf_init(&b, sizeof msg);
			buf_addf(&b, "%zu report%s could not be loaded: ", story.nerr,
				 story.nerr == 1 ? "" : "s");
			text_sanitize(story.errs[0].source, strlen(story.errs[0].source), &b, NULL);
			buf_addf(&b, ": %s", nd_strerror(story.errs[0].err));
			snprintf(msg, sizeof msg, "%s", b.data ? b.data : "");
			buf_release(&b);
		}
		struct comparison cmp;
		bool have = compare_story(&story, &cmp) == ND_E_OK;
		struct tui_opts o = { .color = color, .message = msg[0] ? msg : NULL,
				      .cmp = have ? &cmp : NULL };
		int r = tui_run(&story, &o);
		if (have)
			comparison_release(&cmp);
		/* Say again what failed, now that the screen is gone. */
		report_errors(&story);
		if (r != 0)
			status = r;
	}
	story_release(&story);
	return status;
}
