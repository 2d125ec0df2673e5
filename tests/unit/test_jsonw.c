/* Unit tests: the streaming JSON writer (show/jsonw.c) writes the bytes
 * jansson's json_dumps writes for the same values, made safe for a
 * terminal as report.h says, indented and on one line; strings with
 * every kind of character a report may hold. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/text.h"
#include "show/jsonw.h"

/* Strings to write: plain, escaped, controls, unsafe code points, text
 * outside the BMP, NUL, and invalid UTF-8 of each kind. */
static const struct {
	const char *s;
	size_t n;
} strs[] = {
#define S(lit) { lit, sizeof lit - 1 }
	S(""),
	S("Kim Lund said \"no\" to Lundco"),
	S("back\\slash and /slash"),
	S("line one\nline two\r\n\ttabbed\b\f"),
	S("\x01\x02\x1b[31m\x1f end"),
	S("del \x7f here"),
	S("c1 \xc2\x85 and \xc2\x9f, not \xc2\xa0 or \xc2\xa9"),
	S("bidi \xe2\x80\xae evil \xe2\x80\xaa \xe2\x81\xa6 \xe2\x81\xa9 but \xe2\x80\x94 dash"),
	S("caf\xc3\xa9 \xe2\x82\xac" "5 \xf0\x9f\x98\x80 emoji"),
	S("nul \0 inside"),
	S("invalid \xff byte"),
	S("cut short \xe2\x82"),
	S("overlong \xc0\xaf slash"),
	S("surrogate \xed\xa0\x80 half"),
	S("past the range \xf4\x90\x80\x80"),
	S("stray \x80\xbf continuation"),
#undef S
};
#define NSTR (sizeof strs / sizeof strs[0])

/* What report.c did before jsonw: a jansson string, repaired when
 * jansson refuses it. */
static json_t *jansson_string(const char *s, size_t n, bool flat)
{
	char *t = malloc(3 * n + 1);
	assert_non_null(t);
	for (size_t i = 0; i < n; i++)
		t[i] = flat && s[i] == '\n' ? ' ' : s[i];
	json_t *j = json_stringn(t, n);
	if (!j) {
		char *fixed = malloc(3 * n + 1);
		assert_non_null(fixed);
		size_t o = 0;
		for (size_t i = 0; i < n;)
			o += text_encode(text_next(t, n, &i), fixed + o);
		j = json_stringn(fixed, o);
		free(fixed);
	}
	free(t);
	assert_non_null(j);
	return j;
}

/* jansson's text with DEL, C1 controls and bidirectional controls as
 * \u escapes, as report.c made it safe. */
static char *made_safe(const char *js)
{
	struct buf b;
	buf_init(&b, SIZE_MAX);
	size_t n = strlen(js), i = 0;
	while (i < n) {
		size_t from = i;
		int32_t cp = text_next(js, n, &i);
		if (cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || (cp >= 0x202A && cp <= 0x202E) ||
		    (cp >= 0x2066 && cp <= 0x2069))
			buf_addf(&b, "\\u%04X", (unsigned)cp);
		else
			buf_add(&b, js + from, i - from);
	}
	buf_addc(&b, '\n');
	assert_int_equal(buf_error(&b), ND_E_OK);
	return buf_detach(&b, NULL);
}

/* The same document both ways: {"articles": [], "rows": [{"id": k,
 * "s": string k, "flat": string k flattened, "list": [k, -k, ...]},
 * ...], "empty": {}, "nested": [[], [{}], [[1]]]}. */
static char *expected(bool compact)
{
	json_t *root = json_object(), *rows = json_array();
	json_object_set_new(root, "articles", json_array());
	for (size_t k = 0; k < NSTR; k++) {
		json_t *o = json_object(), *list = json_array();
		json_object_set_new(o, "id", json_integer((json_int_t)k));
		json_object_set_new(o, "s", jansson_string(strs[k].s, strs[k].n, false));
		json_object_set_new(o, "flat", jansson_string(strs[k].s, strs[k].n, true));
		for (size_t i = 0; i < k % 4; i++)
			json_array_append_new(list, json_integer(i % 2 ? -(json_int_t)(k * 1000003)
							       : (json_int_t)(k * 1000003)));
		json_object_set_new(o, "list", list);
		json_array_append_new(rows, o);
	}
	json_object_set_new(root, "rows", rows);
	json_object_set_new(root, "empty", json_object());
	json_t *nested = json_array(), *one = json_array(), *two = json_array(), *in = json_array();
	json_array_append_new(one, json_object());
	json_array_append_new(in, json_integer(1));
	json_array_append_new(two, in);
	json_array_append_new(nested, json_array());
	json_array_append_new(nested, one);
	json_array_append_new(nested, two);
	json_object_set_new(root, "nested", nested);
	char *text = json_dumps(root, JSON_PRESERVE_ORDER | (compact ? JSON_COMPACT : JSON_INDENT(2)));
	json_decref(root);
	assert_non_null(text);
	char *safe = made_safe(text);
	free(text);
	return safe;
}

/* A writer to memory (open_memstream), and its text once finished. */
struct sink {
	char *out;
	size_t len;
	FILE *fp;
};

static struct jsonw *sink_open(struct sink *k, bool compact)
{
	k->out = NULL;
	k->len = 0;
	k->fp = open_memstream(&k->out, &k->len);
	assert_non_null(k->fp);
	struct jsonw *w = jsonw_new(k->fp, compact);
	assert_non_null(w);
	return w;
}

/* Finish and free w, close the stream; the text (k->len bytes), the
 * caller's to free. */
static char *sink_close(struct sink *k, struct jsonw *w)
{
	assert_int_equal(jsonw_finish(w), ND_E_OK);
	jsonw_free(w);
	assert_int_equal(fclose(k->fp), 0);
	return k->out;
}

static char *written(bool compact)
{
	struct sink mem;
	struct jsonw *w = sink_open(&mem, compact);
	jsonw_object(w);
	jsonw_key(w, "articles");
	jsonw_array(w);
	jsonw_array_end(w);
	jsonw_key(w, "rows");
	jsonw_array(w);
	for (size_t k = 0; k < NSTR; k++) {
		jsonw_object(w);
		jsonw_key(w, "id");
		jsonw_int(w, (long long)k);
		jsonw_key(w, "s");
		jsonw_string(w, strs[k].s, strs[k].n, false);
		jsonw_key(w, "flat");
		jsonw_string(w, strs[k].s, strs[k].n, true);
		jsonw_key(w, "list");
		jsonw_array(w);
		for (size_t i = 0; i < k % 4; i++)
			jsonw_int(w, i % 2 ? -(long long)(k * 1000003) : (long long)(k * 1000003));
		jsonw_array_end(w);
		jsonw_object_end(w);
	}
	jsonw_array_end(w);
	jsonw_key(w, "empty");
	jsonw_object(w);
	jsonw_object_end(w);
	jsonw_key(w, "nested");
	jsonw_array(w);
	jsonw_array(w);
	jsonw_array_end(w);
	jsonw_array(w);
	jsonw_object(w);
	jsonw_object_end(w);
	jsonw_array_end(w);
	jsonw_array(w);
	jsonw_array(w);
	jsonw_int(w, 1);
	jsonw_array_end(w);
	jsonw_array_end(w);
	jsonw_array_end(w);
	jsonw_object_end(w);
	jsonw_raw(w, "\n", 1);
	return sink_close(&mem, w);
}

static void same_bytes_as_jansson_indented(void **state)
{
	char *want = expected(false), *got = written(false);
	assert_string_equal(got, want);
	free(want);
	free(got);
}

static void same_bytes_as_jansson_on_one_line(void **state)
{
	char *want = expected(true), *got = written(true);
	assert_string_equal(got, want);
	assert_ptr_equal(strchr(got, '\n'), got + strlen(got) - 1); /* one line */
	free(want);
	free(got);
}

/* What a terminal could act on never leaves raw; what jansson escapes
 * is escaped; invalid bytes become U+FFFD. */
static void unsafe_code_points_are_escaped(void **state)
{
	char *got = written(true);
	assert_non_null(strstr(got, "del \\u007F here"));
	assert_non_null(strstr(got, "c1 \\u0085 and \\u009F, not \xc2\xa0 or \xc2\xa9"));
	assert_non_null(strstr(got, "bidi \\u202E evil \\u202A \\u2066 \\u2069 but \xe2\x80\x94"));
	assert_non_null(strstr(got, "\\u0001\\u0002\\u001B[31m\\u001F end"));
	assert_non_null(strstr(got, "nul \\u0000 inside"));
	assert_non_null(strstr(got, "invalid \xef\xbf\xbd byte"));
	assert_non_null(strstr(got, "\"line one line two\\r \\ttabbed\\b\\f\""));
	assert_null(strstr(got, "\x1b"));
	assert_null(strstr(got, "\xe2\x80\xae"));
	free(got);
}

/* Output larger than the writer's chunk goes out whole and in order. */
static void long_output_is_written_whole(void **state)
{
	struct sink mem;
	struct jsonw *w = sink_open(&mem, true);
	size_t big = 200000;
	char *s = malloc(big);
	assert_non_null(s);
	for (size_t i = 0; i < big; i++)
		s[i] = (char)('a' + i % 26);
	jsonw_array(w);
	for (long long i = 0; i < 30000; i++)
		jsonw_int(w, i);
	jsonw_string(w, s, big, false);
	jsonw_array_end(w);
	char *out = sink_close(&mem, w);
	json_error_t e;
	json_t *j = json_loadb(out, mem.len, 0, &e);
	assert_non_null(j);
	assert_int_equal(json_array_size(j), 30001);
	assert_int_equal(json_integer_value(json_array_get(j, 29999)), 29999);
	assert_int_equal(json_string_length(json_array_get(j, 30000)), big);
	assert_memory_equal(json_string_value(json_array_get(j, 30000)), s, big);
	json_decref(j);
	free(s);
	free(out);
}

/* A document that takes every path of the writer: values at every
 * place of the chunk (thousands of them, so that the chunk fills at
 * each), containers deeper than the indent written at once, keys that
 * need escapes, and long strings (past what is written straight into the
 * chunk) with escapes and invalid bytes.  jansson's bytes (made safe)
 * written (false) or the writer's (true). */
static char *every_path(bool compact, bool ours)
{
	static const char *const keys[] = { "id", "k\"ey", "tab\there", "caf\xc3\xa9",
					    "bidi \xe2\x80\xae", "" };
	enum { NKEYS = sizeof keys / sizeof keys[0], DEEP = 20, LONG = 40000 };
	char *big = malloc(LONG);
	assert_non_null(big);
	for (size_t i = 0; i < LONG; i++)
		big[i] = strs[i % NSTR].s[i % (strs[i % NSTR].n + 1)];
	json_t *root = json_array(), *at = root;
	struct sink mem;
	struct jsonw *w = NULL;
	if (ours) {
		w = sink_open(&mem, compact);
		jsonw_array(w);
	}
	for (size_t rep = 0; rep < 600; rep++) {
		size_t k = rep % NSTR;
		if (ours) {
			jsonw_object(w);
			if (rep % NKEYS == 0 || rep % NKEYS == NKEYS - 1)  /* plain ASCII */
				jsonw_key_ascii(w, keys[rep % NKEYS], strlen(keys[rep % NKEYS]));
			else
				jsonw_key(w, keys[rep % NKEYS]);
			jsonw_string(w, strs[k].s, strs[k].n, rep % 2);
			jsonw_key(w, keys[(rep + 1) % NKEYS]);
			jsonw_int(w, (long long)rep * (rep % 3 ? 1 : -1000003));
			jsonw_object_end(w);
			jsonw_string(w, strs[k].s, strs[k].n, false);
		} else {
			json_t *o = json_object();
			json_object_set_new(o, keys[rep % NKEYS],
					    jansson_string(strs[k].s, strs[k].n, rep % 2));
			json_object_set_new(o, keys[(rep + 1) % NKEYS],
					    json_integer((json_int_t)rep * (rep % 3 ? 1 : -1000003)));
			json_array_append_new(at, o);
			json_array_append_new(at, jansson_string(strs[k].s, strs[k].n, false));
		}
	}
	/* deeper than the indent written at once, a long string at each level */
	for (size_t d = 0; d < DEEP; d++) {
		size_t n = d % 4 == 0 ? LONG - d : d * 7;
		if (ours) {
			jsonw_int(w, (long long)d);
			jsonw_string(w, big, n, d % 2);
			jsonw_object(w);
			if (d % 3)
				JSONW_KEY(w, "deep");
			else
				jsonw_key(w, "deep");
			jsonw_array(w);
		} else {
			json_array_append_new(at, json_integer((json_int_t)d));
			json_array_append_new(at, jansson_string(big, n, d % 2));
			json_t *o = json_object(), *a = json_array();
			json_object_set_new(o, "deep", a);
			json_array_append_new(at, o);
			at = a;
		}
	}
	free(big);
	if (!ours) {
		char *text = json_dumps(root, JSON_PRESERVE_ORDER |
						      (compact ? JSON_COMPACT : JSON_INDENT(2)));
		json_decref(root);
		assert_non_null(text);
		char *safe = made_safe(text);
		free(text);
		return safe;
	}
	json_decref(root);
	for (size_t d = 0; d < DEEP; d++) {
		jsonw_array_end(w);
		jsonw_object_end(w);
	}
	jsonw_array_end(w);
	jsonw_raw(w, "\n", 1);
	return sink_close(&mem, w);
}

static void every_path_gives_jansson_bytes(void **state)
{
	for (int compact = 0; compact < 2; compact++) {
		char *want = every_path(compact, false), *got = every_path(compact, true);
		assert_true(strlen(want) > 3 * ((size_t)64 << 10));
		assert_string_equal(got, want);
		free(want);
		free(got);
	}
}

/* Lists (jsonw_list) stay on one line, whatever they hold, and the
 * layout after them is jansson's again; the same values either way. */
static void lists_stay_on_one_line(void **state)
{
	static const char *const want[] = {
		"{\n"
		"  \"a\": [1, -2, 3],\n"
		"  \"b\": [],\n"
		"  \"c\": [[1, 2], {\"k\": \"v\\n\", \"n\": [0]}, []],\n"
		"  \"d\": [\n"
		"    5\n"
		"  ]\n"
		"}",
		"{\"a\":[1,-2,3],\"b\":[],\"c\":[[1,2],{\"k\":\"v\\n\",\"n\":[0]},[]],\"d\":[5]}",
	};
	for (int compact = 0; compact < 2; compact++) {
		struct sink mem;
		struct jsonw *w = sink_open(&mem, compact);
		jsonw_object(w);
		JSONW_KEY(w, "a");
		jsonw_list(w);
		jsonw_int(w, 1);
		jsonw_int(w, -2);
		jsonw_int(w, 3);
		jsonw_array_end(w);
		JSONW_KEY(w, "b");
		jsonw_list(w);
		jsonw_array_end(w);
		jsonw_key(w, "c");
		jsonw_list(w);
		jsonw_array(w);
		jsonw_int_run(w, 1, 3);
		jsonw_array_end(w);
		jsonw_object(w);
		jsonw_key(w, "k");
		jsonw_str(w, "v\n");
		JSONW_KEY(w, "n");
		jsonw_list(w);
		jsonw_int(w, 0);
		jsonw_array_end(w);
		jsonw_object_end(w);
		jsonw_list(w);
		jsonw_array_end(w);
		jsonw_array_end(w);
		JSONW_KEY(w, "d");
		jsonw_array(w);
		jsonw_int(w, 5);
		jsonw_array_end(w);
		jsonw_object_end(w);
		char *out = sink_close(&mem, w);
		assert_string_equal(out, want[compact]);
		free(out);
	}
}

/* Lists of ids, one at a time or in runs (the first run after a key,
 * runs growing the table, at two levels), in arrays and in lists at the
 * same level (each its own table), indented and on one line. */
static char *ids_written(bool compact, bool runs)
{
	static const size_t from[] = { 0, 5, 7, 8, 30, 31, 200, 1500 };
	static const size_t to[] = { 3, 6, 8, 20, 31, 150, 1100, 1501 };
	struct sink mem;
	struct jsonw *w = sink_open(&mem, compact);
	jsonw_object(w);
	for (int pass = 0; pass < 4; pass++) {
		int depth = pass / 2;  /* an array, then a list at the same level */
		jsonw_key(w, depth ? "deeper" : "ids");
		if (depth) {  /* a value after a key */
			if (runs)
				jsonw_int_run(w, 4, 5);
			else
				jsonw_int(w, 4);
			jsonw_key(w, "list");
		}
		if (pass % 2 == 0)
			jsonw_array(w);
		else
			jsonw_list(w);
		if (depth)
			jsonw_array(w);
		for (size_t k = 0; k < sizeof from / sizeof from[0]; k++)
			for (size_t i = from[k]; i < to[k]; i++)
				if (!runs)
					jsonw_int(w, (long long)i);
				else if (i == from[k])
					jsonw_int_run(w, from[k], to[k]);
		if (depth)
			jsonw_array_end(w);
		jsonw_array_end(w);
	}
	jsonw_object_end(w);
	return sink_close(&mem, w);
}

static void runs_of_ids_are_the_same_bytes(void **state)
{
	for (int compact = 0; compact < 2; compact++) {
		char *want = ids_written(compact, false), *got = ids_written(compact, true);
		assert_string_equal(got, want);
		if (!compact)  /* the lists' ids on the line they open on */
			assert_non_null(strstr(got, "\"ids\": [0, 1, 2, 5, 7, 8, 9,"));
		free(want);
		free(got);
	}
}

/* A FILE that refuses to be written to: the error comes back. */
static void write_failure_is_reported(void **state)
{
	FILE *ro = fopen("/dev/null", "r");
	assert_non_null(ro);
	struct jsonw *w = jsonw_new(ro, false);
	assert_non_null(w);
	jsonw_array(w);
	jsonw_int(w, 1);
	jsonw_array_end(w);
	assert_int_equal(jsonw_finish(w), ND_E_WRITE);
	jsonw_free(w);
	fclose(ro);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(same_bytes_as_jansson_indented),
		cmocka_unit_test(same_bytes_as_jansson_on_one_line),
		cmocka_unit_test(unsafe_code_points_are_escaped),
		cmocka_unit_test(long_output_is_written_whole),
		cmocka_unit_test(lists_stay_on_one_line),
		cmocka_unit_test(runs_of_ids_are_the_same_bytes),
		cmocka_unit_test(every_path_gives_jansson_bytes),
		cmocka_unit_test(write_failure_is_reported),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
