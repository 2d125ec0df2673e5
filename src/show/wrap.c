#include "show/wrap.h"

#include <stdlib.h>

#include "base/text.h"
#include "base/vec.h"

static enum nd_err push(struct wrap_out *o, size_t off, size_t len)
{
	struct wrap_seg *v = vec_reserve(o->v, &o->cap, o->n + 1, sizeof *v);
	if (!v)
		return ND_E_NOMEM;
	o->v = v;
	o->v[o->n++] = (struct wrap_seg){ off, len };
	return ND_E_OK;
}

static int is_break(char c)
{
	return c == ' ' || c == '\n';
}

enum nd_err wrap_text(const char *s, size_t n, size_t base, int width,
		      struct wrap_out *out)
{
	if (width < 1)
		width = 1;
	size_t i = 0;
	enum nd_err err = ND_E_OK;

	while (i < n && !err) {
		while (i < n && is_break(s[i]))
			i++;
		if (i >= n)
			break;
		size_t line_start = i, line_end = i; /* end of last whole word */
		int used = 0;
		size_t j = i;
		while (j < n) {
			/* Measure the next word. */
			size_t w_start = j;
			int ww = 0;
			while (j < n && !is_break(s[j])) {
				size_t k = j;
				ww += text_cp_width(text_next(s, n, &k));
				j = k;
			}
			int need = (line_end > line_start ? used + 1 : 0) + ww;
			if (need <= width) {
				used = need;
				line_end = j;
				while (j < n && is_break(s[j]))
					j++;
				continue;
			}
			if (line_end > line_start) {
				j = w_start; /* the word starts the next line */
				break;
			}
			/* A word wider than the line: cut it. */
			j = w_start;
			used = 0;
			while (j < n && !is_break(s[j])) {
				size_t k = j;
				int cw = text_cp_width(text_next(s, n, &k));
				if (used + cw > width && j > w_start)
					break;
				used += cw;
				j = k;
				/* Keep following zero-width marks with it. */
				while (j < n && !is_break(s[j])) {
					size_t k2 = j;
					if (text_cp_width(text_next(s, n, &k2)) != 0)
						break;
					j = k2;
				}
			}
			line_end = j;
			break;
		}
		err = push(out, base + line_start, line_end - line_start);
		i = line_end > line_start ? line_end : j;
		if (i == line_start) /* cannot happen, but never loop forever */
			i++;
	}
	return err;
}
