/* / search: the prompt on the status line, every match in the text shown
 * of every report, and n and N to go from one to the next. */
#include "tui/screen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/text.h"
#include "base/vec.h"

struct match {
	size_t art;
	size_t off, len;
};

static bool para_shown(const struct tui *t, const struct para *p)
{
	return t->furniture || p->kind != PARA_FURNITURE;
}

/* Every match of the query in the paragraphs shown, by report and
 * offset; those in folded furniture are only counted (t->nfolded).  Out
 * of memory, the matches found so far are kept. */
static void find_matches(struct tui *t)
{
	free(t->matches);
	t->matches = NULL;
	t->nmatch = 0;
	t->nfolded = 0;
	t->cur = 0;
	size_t cap = 0;
	for (size_t a = 0; a < t->story->n; a++) {
		const struct article *ar = &t->story->arts[a];
		for (size_t p = 0; p < ar->npara; p++) {
			const struct para *pp = &ar->paras[p];
			size_t end = pp->start + pp->len, from = pp->start, mlen;
			size_t at;
			if (!para_shown(t, pp)) {
				while ((at = text_find(ar->text, end, from, t->query, &mlen)) !=
				       (size_t)-1) {
					t->nfolded++;
					from = at + (mlen ? mlen : 1);
				}
				continue;
			}
			while ((at = text_find(ar->text, end, from, t->query, &mlen)) != (size_t)-1) {
				struct match *v = vec_reserve(t->matches, &cap, t->nmatch + 1, sizeof *v);
				if (!v)
					return;
				t->matches = v;
				t->matches[t->nmatch++] = (struct match){ a, at, mlen };
				from = at + (mlen ? mlen : 1);
			}
		}
	}
}

void search_refresh(struct tui *t, bool keep_place)
{
	if (!t->query[0])
		return;
	bool at_one = keep_place && t->cur < t->nmatch;
	struct match was = at_one ? t->matches[t->cur] : (struct match){ 0, 0, 0 };
	find_matches(t);
	t->cur = t->nmatch;   /* no match yet: the next step goes to the first */
	t->cur_past = false;
	if (!at_one)
		return;
	/* the last match at or before the one it was at: itself, when it is
	 * still shown; else the place is just past it */
	for (size_t i = 0; i < t->nmatch; i++) {
		const struct match *m = &t->matches[i];
		if (m->art > was.art || (m->art == was.art && m->off > was.off))
			break;
		t->cur = i;
	}
	t->cur_past = t->cur < t->nmatch && (t->matches[t->cur].art != was.art ||
					     t->matches[t->cur].off != was.off);
}

bool search_covers(const struct tui *t, size_t art, size_t off)
{
	/* matches are sorted by report, then offset: the last one starting at
	 * or before off is the only one that can hold it */
	size_t lo = 0, hi = t->nmatch;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const struct match *m = &t->matches[mid];
		if (m->art < art || (m->art == art && m->off <= off))
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return false;
	const struct match *m = &t->matches[lo - 1];
	return m->art == art && off >= m->off && off < m->off + m->len;
}

static size_t count_reports(const struct tui *t)
{
	size_t reports = 0;
	for (size_t i = 0; i < t->nmatch; i++)
		if (i == 0 || t->matches[i].art != t->matches[i - 1].art)
			reports++;
	return reports;
}

static void goto_match(struct tui *t, size_t i)
{
	if (i >= t->nmatch)
		return;
	t->cur = i;
	t->cur_past = false;
	screen_focus(t, t->matches[i].art);
	screen_show_offset(t, t->matches[i].art, t->matches[i].off);
	size_t reports = count_reports(t);
	char folded[96] = "";
	if (t->nfolded)
		snprintf(folded, sizeof folded, "; %zu more in folded furniture (f shows %s)",
			 t->nfolded, t->nfolded == 1 ? "it" : "them");
	screen_say(t, "/%s: match %zu of %zu, in %zu report%s%s", t->query, i + 1, t->nmatch,
		   reports, reports == 1 ? "" : "s", folded);
}

/* The first match in the focused report at or after its view, else the
 * first match in a later report. */
static void start_search(struct tui *t)
{
	memcpy(t->query, t->prompt, t->prompt_len + 1);
	find_matches(t);
	if (t->nmatch == 0) {
		if (t->nfolded)
			screen_say(t, "/%s: no matches in the text shown; %zu in folded furniture "
				      "(f shows %s)", t->query, t->nfolded, t->nfolded == 1 ? "it" : "them");
		else
			screen_say(t, "/%s: no matches", t->query);
		return;
	}
	size_t from = screen_top_offset(t, t->focus);
	for (size_t i = 0; i < t->nmatch; i++) {
		const struct match *m = &t->matches[i];
		if (m->art > t->focus || (m->art == t->focus && m->off >= from)) {
			goto_match(t, i);
			return;
		}
	}
	goto_match(t, 0);
}

void search_step(struct tui *t, int dir)
{
	if (!t->query[0]) {
		screen_say(t, "no search yet: press / to search");
		return;
	}
	if (t->nmatch == 0) {
		screen_say(t, "/%s: no matches", t->query);
		return;
	}
	size_t i = t->cur;
	if (dir > 0)
		i = i + 1 >= t->nmatch ? 0 : i + 1;
	else if (!t->cur_past)
		i = i == 0 || i >= t->nmatch ? t->nmatch - 1 : i - 1;
	goto_match(t, i);
}

void search_prompt(struct tui *t)
{
	t->prompting = true;
	t->prompt_kind = PROMPT_SEARCH;
	t->prompt_len = 0;
	t->prompt[0] = '\0';
}

void search_prompt_key(struct tui *t, bool fn, int code)
{
	if ((!fn && (code == '\n' || code == '\r')) || (fn && code == KEY_ENTER)) {
		t->prompting = false;
		if (t->prompt_len && t->prompt_kind == PROMPT_EXPORT)
			export_write(t, t->prompt);
		else if (t->prompt_len)
			start_search(t);
		return;
	}
	if (!fn && code == 27) {
		t->prompting = false;
		return;
	}
	if ((fn && code == KEY_BACKSPACE) || (!fn && (code == 127 || code == 8))) {
		/* Remove one whole UTF-8 character. */
		while (t->prompt_len > 0) {
			t->prompt_len--;
			if (((unsigned char)t->prompt[t->prompt_len] & 0xC0) != 0x80)
				break;
		}
		t->prompt[t->prompt_len] = '\0';
		return;
	}
	if (fn || code < 0x20 || code == 0x7F || (code >= 0x80 && code < 0xA0) || code > 0x10FFFF)
		return;
	char tmp[4];
	size_t k = text_encode(code, tmp);
	if (t->prompt_len + k + 1 > sizeof t->prompt)
		return;
	memcpy(t->prompt + t->prompt_len, tmp, k);
	t->prompt_len += k;
	t->prompt[t->prompt_len] = '\0';
}
