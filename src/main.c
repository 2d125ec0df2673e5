/*
 * main.c - newsdiff's command line: parses options, loads the reports and
 * hands them to the stage asked for (the screen, a headless screen dump,
 * or a stage's own output).
 *
 * Exit status: 0 success; 1 some reports could not be read (the others
 * were shown); 2 usage error; 3 nothing to show or a fatal error;
 * 128+N when the screen was ended by signal N (SIGINT, SIGTERM, SIGHUP).
 */
#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "load/article.h"
#include "base/buf.h"
#include "analyse/compare.h"
#include "analyse/facts.h"
#include "load/fetch.h"
#include "load/html.h"
#include "show/report.h"
#include "base/error.h"
#include "load/story.h"
#include "base/text.h"
#include "tui/tui.h"

#ifndef ND_VERSION
#define ND_VERSION "unknown"
#endif

enum { EXIT_PARTIAL = 1, EXIT_USAGE = 2, EXIT_FATAL = 3 };

static const char usage_text[] =
	"Usage: newsdiff [OPTION]... [FILE|DIR|URL]...\n"
	"       newsdiff --extract [--format=text|json] FILE|URL\n"
	"Put several news reports of one story side by side in the terminal.\n"
	"\n"
	"With no FILE, DIR or URL, open the bundled story.  A DIR opens every\n"
	".txt and .html report in it; a URL (http or https) is fetched, and\n"
	"HTML pages are read for their article.  Up to 1000 reports at once.\n"
	"\n"
	"Options:\n"
	"  --report             print the fact-by-fact comparison instead of\n"
	"                       opening the screen\n"
	"  --format=FORMAT      report format: text (default), markdown or json;\n"
	"                       for --extract: text or json\n"
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
static void say(const char *what, const char *msg)
{
	/* file names, URLs and server messages may hold anything */
	struct buf b, m;
	buf_init(&b, 1 << 16);
	buf_init(&m, 1 << 16);
	if (what)
		text_sanitize(what, strlen(what), &b, NULL);
	text_sanitize(msg, strlen(msg), &m, NULL);
	for (size_t i = 0; m.data && i < m.len; i++)
		if (m.data[i] == '\n')
			m.data[i] = ' ';
	fprintf(stderr, "newsdiff: %s%s%s\n", b.data ? b.data : "",
		what ? ": " : "", m.data ? m.data : "");
	buf_release(&b);
	buf_release(&m);
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

/* Build the story from the command line, in its order: URLs are fetched
 * all at once first, then every input is added. */
static enum nd_err load_inputs(struct story *s, char *const *paths, size_t n,
			       const struct fetch_opts *fo)
{
	memset(s, 0, sizeof *s);
	size_t nurl = 0;
	for (size_t i = 0; i < n; i++)
		nurl += fetch_is_url(paths[i]);
	const char **urls = calloc(nurl ? nurl : 1, sizeof *urls);
	struct fetch_result *res = calloc(nurl ? nurl : 1, sizeof *res);
	if (!urls || !res) {
		free(urls);
		free(res);
		return ND_E_NOMEM;
	}
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (fetch_is_url(paths[i]))
			urls[k++] = paths[i];
	enum nd_err fetched = nurl ? fetch_all(urls, nurl, fo, res) : ND_E_OK;
	enum nd_err err = fetched == ND_E_NOMEM ? ND_E_NOMEM : ND_E_OK;
	for (size_t i = 0, u = 0; i < n && err != ND_E_NOMEM; i++) {
		if (!fetch_is_url(paths[i])) {
			err = story_add_path(s, paths[i]);
			continue;
		}
		const struct fetch_result *r = &res[u++];
		if (fetched == ND_E_FETCH)
			err = story_add_error(s, paths[i], ND_E_FETCH, "could not start fetching");
		else if (r->err || !r->body)
			err = story_add_error(s, paths[i], ND_E_FETCH, r->error);
		else
			err = story_add_page(s, paths[i], r->body, r->len, r->content_type, r->final_url);
	}
	for (size_t i = 0; i < nurl; i++)
		fetch_result_release(&res[i]);
	free(res);
	free(urls);
	report_warnings(s);
	return err == ND_E_NOMEM ? err : story_result(s);
}

static bool html_file_name(const char *name)
{
	size_t n = strlen(name);
	return (n > 5 && strcasecmp(name + n - 5, ".html") == 0) ||
	       (n > 4 && strcasecmp(name + n - 4, ".htm") == 0) ||
	       (n > 6 && strcasecmp(name + n - 6, ".xhtml") == 0);
}

/* --extract: what is read from one page. */
static int run_extract(const char *input, const struct fetch_opts *fo, bool json)
{
	char *bytes = NULL;
	size_t n = 0;
	char *ct = NULL, *url = NULL;
	if (fetch_is_url(input)) {
		struct fetch_result r = { 0 };
		const char *u[1] = { input };
		if (fetch_all(u, 1, fo, &r) != ND_E_OK || r.err) {
			say(input, r.error ? r.error : "could not fetch the page");
			fetch_result_release(&r);
			return EXIT_FATAL;
		}
		bytes = r.body;
		n = r.len;
		ct = r.content_type;
		url = r.final_url;
		r.body = r.content_type = r.final_url = NULL;
		fetch_result_release(&r);
	} else {
		enum nd_err err = article_read_file(input, &bytes, &n);
		if (err) {
			say(input, nd_strerror(err));
			return EXIT_FATAL;
		}
	}
	int status = 0;
	if (ct && strncasecmp(ct, "text/html", 9) != 0 && strncasecmp(ct, "application/xhtml", 17) != 0) {
		say(input, "not an HTML page");
		status = EXIT_FATAL;
	} else if (!ct && !html_sniff(bytes, n) && !html_file_name(input)) {
		say(input, "not an HTML page");
		status = EXIT_FATAL;
	}
	char cs[64] = "";
	for (const char *q = ct; q && *q && !cs[0]; q++)
		if (strncasecmp(q, "charset=", 8) == 0)
			snprintf(cs, sizeof cs, "%.*s", (int)strcspn(q + 8, "; \""), q + 8);
	struct html_doc d = { 0 };
	if (!status && html_extract(bytes, n, cs[0] ? cs : NULL, url ? url : input, &d) != ND_E_OK) {
		say(input, "the page could not be read");
		status = EXIT_FATAL;
	}
	if (!status) {
		/* the texts were sanitised by the extractor */
		if (json) {
			json_t *o = json_object(), *paras = json_array();
			json_object_set_new(o, "outlet", json_string(d.outlet));
			json_object_set_new(o, "title", json_string(d.title));
			json_object_set_new(o, "date", json_string(d.date));
			json_object_set_new(o, "author", json_string(d.author));
			json_object_set_new(o, "url", json_string(d.url));
			json_object_set_new(o, "method", json_string(d.method ? d.method : ""));
			json_object_set_new(o, "short", json_boolean(d.short_body));
			for (const char *p = d.body; p && *p;) {
				const char *e = strstr(p, "\n\n");
				size_t l = e ? (size_t)(e - p) : strlen(p);
				json_array_append_new(paras, json_stringn(p, l));
				p = e ? e + 2 : p + l;
			}
			json_object_set_new(o, "paragraphs", paras);
			json_dumpf(o, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
			putchar('\n');
			json_decref(o);
		} else {
			printf("outlet: %s\ntitle: %s\ndate: %s\nauthor: %s\nurl: %s\nmethod: %s%s\n\n%s\n",
			       d.outlet, d.title, d.date, d.author, d.url, d.method ? d.method : "",
			       d.short_body ? " (suspiciously short)" : "", d.body ? d.body : "");
		}
		if (d.short_body)
			say(input, "warning: the article found on this page is suspiciously short");
	}
	html_doc_release(&d);
	free(bytes);
	free(ct);
	free(url);
	return status;
}

static void report_fixes(const struct story *s)
{
	for (size_t i = 0; i < s->n; i++) {
		const struct text_fixes *f = &s->arts[i].fixes;
		char msg[160];
		if (f->invalid) {
			snprintf(msg, sizeof msg, "warning: %zu byte%s of invalid UTF-8 shown as U+FFFD",
				 f->invalid, f->invalid == 1 ? "" : "s");
			say(s->arts[i].source, msg);
		}
		if (f->controls) {
			snprintf(msg, sizeof msg, "warning: %zu control character%s shown as symbols",
				 f->controls, f->controls == 1 ? "" : "s");
			say(s->arts[i].source, msg);
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

static int run(int argc, char **argv);

/* Output that could not be written is an error, whatever was asked. */
int main(int argc, char **argv)
{
	int status = run(argc, argv);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		say(NULL, nd_strerror(ND_E_WRITE));
		return EXIT_FATAL;
	}
	return status;
}

static int run(int argc, char **argv)
{
	enum { OPT_DUMP_SCREEN = 256, OPT_SIZE, OPT_KEYS, OPT_DUMP, OPT_NO_COLOR, OPT_REPORT,
	       OPT_FORMAT, OPT_EXTRACT, OPT_CONNECT_TIMEOUT, OPT_TIMEOUT, OPT_MAX_SIZE, OPT_REFRESH,
	       OPT_OFFLINE };
	static const struct option longopts[] = {
		{ "dump-screen", no_argument, NULL, OPT_DUMP_SCREEN },
		{ "size", required_argument, NULL, OPT_SIZE },
		{ "keys", required_argument, NULL, OPT_KEYS },
		{ "dump", required_argument, NULL, OPT_DUMP },
		{ "report", no_argument, NULL, OPT_REPORT },
		{ "format", required_argument, NULL, OPT_FORMAT },
		{ "extract", no_argument, NULL, OPT_EXTRACT },
		{ "connect-timeout", required_argument, NULL, OPT_CONNECT_TIMEOUT },
		{ "timeout", required_argument, NULL, OPT_TIMEOUT },
		{ "max-size", required_argument, NULL, OPT_MAX_SIZE },
		{ "refresh", no_argument, NULL, OPT_REFRESH },
		{ "offline", no_argument, NULL, OPT_OFFLINE },
		{ "no-color", no_argument, NULL, OPT_NO_COLOR },
		{ "no-colour", no_argument, NULL, OPT_NO_COLOR },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	bool dump_screen = false, dump_paras = false, color = true, size_given = false;
	bool report = false, format_given = false, extract = false;
	const char *format_name = NULL;
	struct fetch_opts fo = { .progress = isatty(STDERR_FILENO) != 0 };
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
				say("--size", "expects COLSxROWS, e.g. 200x50 (1 to 1000 each)");
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
				say("--dump", "unknown stage (known: paragraphs, sentences, facts)");
				return EXIT_USAGE;
			}
			break;
		case OPT_REPORT:
			report = true;
			break;
		case OPT_FORMAT:
			format_name = optarg;
			format_given = true;
			break;
		case OPT_EXTRACT:
			extract = true;
			break;
		case OPT_CONNECT_TIMEOUT:
		case OPT_TIMEOUT: {
			char *end;
			errno = 0;
			double sec = strtod(optarg, &end);
			if (errno || *end || !(sec > 0) || sec > 86400) {
				say(c == OPT_TIMEOUT ? "--timeout" : "--connect-timeout",
				    "expects a number of seconds (above 0, at most 86400)");
				return EXIT_USAGE;
			}
			long ms = (long)(sec * 1000);
			if (ms < 1)
				ms = 1; /* 0 would mean the default */
			if (c == OPT_TIMEOUT)
				fo.timeout_ms = ms;
			else
				fo.connect_timeout_ms = ms;
			break;
		}
		case OPT_MAX_SIZE: {
			char *end;
			errno = 0;
			unsigned long long v = strtoull(optarg, &end, 10);
			unsigned long long mult = 1;
			if (*end == 'k' || *end == 'K')
				mult = 1024, end++;
			else if (*end == 'm' || *end == 'M')
				mult = 1024 * 1024, end++;
			if (errno || *end || v == 0 || v > (256ULL << 20) / mult) {
				say("--max-size", "expects a size in bytes, K or M (at most 256M)");
				return EXIT_USAGE;
			}
			fo.max_bytes = (size_t)(v * mult);
			break;
		}
		case OPT_REFRESH:
			fo.refresh = true;
			break;
		case OPT_OFFLINE:
			fo.offline = true;
			break;
		case OPT_NO_COLOR:
			color = false;
			break;
		default: {
			char opt[3] = { '-', (char)optopt, '\0' };
			say(optopt && optopt < 256 ? opt : argv[optind - 1],
			    "unknown option or missing argument (try --help)");
			return EXIT_USAGE;
		}
		}
	}

	if ((keys || size_given) && !dump_screen) {
		say(NULL, "--size and --keys go with --dump-screen");
		return EXIT_USAGE;
	}
	if (dump_screen + dump_paras + (stage != NULL) + report > 1) {
		say(NULL, "choose one of --report, --dump-screen and --dump");
		return EXIT_USAGE;
	}
	if (format_given && !report && !extract) {
		say(NULL, "--format goes with --report or --extract");
		return EXIT_USAGE;
	}
	if (extract && (report || dump_screen || dump_paras || stage)) {
		say(NULL, "--extract goes alone (with --format)");
		return EXIT_USAGE;
	}
	if (format_given && report && report_format_parse(format_name, &format) != 0) {
		say("--format", "unknown format (known: text, markdown, json)");
		return EXIT_USAGE;
	}
	if (format_given && extract && strcmp(format_name, "text") != 0 &&
	    strcmp(format_name, "json") != 0) {
		say("--format", "unknown format for --extract (known: text, json)");
		return EXIT_USAGE;
	}
	if (fo.refresh && fo.offline) {
		say(NULL, "--refresh and --offline do not go together");
		return EXIT_USAGE;
	}
	if (extract) {
		if (argc - optind != 1) {
			say("--extract", "takes exactly one FILE or URL");
			return EXIT_USAGE;
		}
		return run_extract(argv[optind], &fo, format_given && strcmp(format_name, "json") == 0);
	}

	char bundled[PATH_MAX];
	char *bundled_argv[1] = { bundled };
	char *const *paths = argv + optind;
	size_t npaths = (size_t)(argc - optind);
	if (npaths == 0) {
		if (story_find_bundled(bundled, sizeof bundled) != ND_E_OK) {
			say(NULL, "bundled story not found (set NEWSDIFF_DATADIR, or name report files)");
			return EXIT_FATAL;
		}
		paths = bundled_argv;
		npaths = 1;
	}

	struct story story;
	enum nd_err err = load_inputs(&story, paths, npaths, &fo);
	report_errors(&story);
	report_fixes(&story);
	if (err) {
		if (err == ND_E_NOMEM || story.nerr == 0)
			say(NULL, nd_strerror(err));
		say(NULL, "no report could be loaded");
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
			say(NULL, nd_strerror(err));
			status = EXIT_FATAL;
		} else {
			if (report)
				err = report_write(&cmp, format, stdout);
			else if (strcmp(stage, "sentences") == 0)
				dump_sentences(&cmp);
			else
				dump_facts(&cmp);
			if (err) {
				say(NULL, nd_strerror(err));
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
			say("--keys", "unknown key name in angle brackets (see newsdiff(1))");
			status = EXIT_USAGE;
		} else if (err) {
			say(NULL, nd_strerror(err));
			status = EXIT_FATAL;
		}
	} else {
		if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
			say(NULL, "not a terminal (use --dump-screen for text output)");
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
