#include "show/dump.h"

#include <stdint.h>

#include "analyse/claims.h"
#include "analyse/events.h"
#include "analyse/naming.h"
#include "analyse/facts.h"
#include "analyse/lexicon.h"

/* text[0..n) on one line: hard-wrapped line breaks become spaces. */
static void one_line(const char *text, size_t n, FILE *out)
{
	for (size_t k = 0; k < n; k++)
		putc(text[k] == '\n' ? ' ' : text[k], out);
	putc('\n', out);
}

void dump_paragraphs(const struct story *s, FILE *out)
{
	for (size_t i = 0; i < s->n; i++) {
		const struct article *a = &s->arts[i];
		fprintf(out, "== %s\n", a->source);
		fprintf(out, "outlet: %s\ntitle: %s\ndate: %s\nurl: %s\nauthor: %s\n", a->outlet,
			a->title, a->date, a->url, a->author);
		for (size_t p = 0; p < a->npara; p++) {
			fprintf(out, "[%s] ", para_label(&a->paras[p]));
			one_line(a->text + a->paras[p].start, a->paras[p].len, out);
		}
	}
}

void dump_sentences(const struct comparison *c, FILE *out)
{
	for (size_t i = 0; i < c->story->n; i++) {
		const struct article *a = &c->story->arts[i];
		fprintf(out, "== %s\n", a->source);
		for (size_t k = 0; k < c->sents[i].n; k++) {
			const struct sentence *se = &c->sents[i].v[k];
			fprintf(out, "[%u-%u] ", se->start, se->end);
			one_line(a->text + se->start, se->end > se->start ? se->end - se->start : 0, out);
		}
	}
}

static void dump_people(const struct report_facts *f, FILE *out)
{
	for (size_t k = 0; k < f->npeople; k++) {
		const struct person *p = &f->people[k];
		if (!p->mentions)
			continue;
		fprintf(out, "person %s%s%s | role: %s | org: %s | fate: %s%s%s%s\n",
			p->name ? p->name : "(unnamed)", p->variant ? " / " : "",
			p->variant ? p->variant : "", p->role_text ? p->role_text : "-",
			p->org ? p->org : "-", p->fate ? event_label(p->fate) : "-",
			p->place ? " | place: " : "", p->place ? p->place : "",
			p->rel == REL_MANAGER_OF ? " | manager of an earlier person" : "");
	}
}

static void dump_counts(const struct report_facts *f, FILE *out)
{
	for (size_t k = 0; k < f->ncounts; k++) {
		const struct quantity *q = &f->counts[k];
		char num[32] = "";
		if (q->value == q->value) /* not NaN */
			snprintf(num, sizeof num, " %g", q->value);
		fprintf(out, "count \"%s\" = %s%s %s%s%s%s%s%s\n", q->text,
			q->qual ? qual_label(q->qual) : "exactly", num, noun_class_label(q->noun),
			q->event ? ", " : "", q->agent ? "doing: " : "", event_label(q->event),
			q->note ? " | " : "", q->note ? q->note : "");
	}
}

void dump_facts(const struct comparison *c, FILE *out)
{
	static const char *const parts[] = { "mentioned", "employs journalists", "cited as source" };
	for (size_t i = 0; i < c->story->n; i++) {
		const struct report_facts *f = &c->facts[i];
		fprintf(out, "== %s (%s)\n", c->story->arts[i].source, c->story->arts[i].outlet);
		dump_people(f, out);
		dump_counts(f, out);
		for (size_t k = 0; k < f->nquotes; k++)
			fprintf(out, "quote by %s: \"%s\"\n",
				f->quotes[k].speaker_text ? f->quotes[k].speaker_text : "(unknown)",
				f->quotes[k].text);
		for (size_t k = 0; k < f->noutlets; k++)
			fprintf(out, "outlet %s: %s\n", f->outlets[k].name, parts[f->outlets[k].part]);
		for (size_t k = 0; k < f->ndocs; k++)
			fprintf(out, "document %s\n", f->docs[k].kind);
		for (size_t k = 0; k < f->nplaces; k++)
			fprintf(out, "place %s based in %s\n", noun_class_label(f->places[k].group),
				f->places[k].country);
		for (size_t k = 0; k < f->nterms; k++)
			fprintf(out, "term %s\n", f->terms[k].text);
		for (size_t k = 0; k < f->noutcomes; k++)
			fprintf(out, "outcome %s: \"%s\"\n",
				f->outcomes[k].success ? "succeeded" : "failed", f->outcomes[k].text);
	}
}

void dump_claims(const struct comparison *c, FILE *out)
{
	for (size_t i = 0; i < c->story->n; i++) {
		const struct report_claims *rc = &c->claims[i];
		fprintf(out, "== %s (%s)\n", c->story->arts[i].source, c->story->arts[i].outlet);
		for (size_t k = 0; k < rc->n; k++) {
			const struct claim *cl = &rc->v[k];
			fprintf(out, "%s %s", value_type_name(cl->v.type), cl->text);
			if (cl->v.qual != VQUAL_EXACT)
				fprintf(out, " [%s]", value_qual_label(cl->v.qual));
			if (cl->head)
				fprintf(out, " of %s", cl->head);
			if (cl->mod != MOD_STATED)
				fprintf(out, " (%s%s%s)", modality_label(cl->mod), cl->cue ? ": " : "",
					cl->cue ? cl->cue : "");
			fprintf(out, " | %s\n", cl->about);
		}
	}
}

void dump_events(const struct comparison *c, FILE *out)
{
	for (size_t i = 0; i < c->story->n; i++) {
		const struct report_events *ev = &c->events[i];
		fprintf(out, "== %s (%s)\n", c->story->arts[i].source, c->story->arts[i].outlet);
		for (size_t k = 0; k < ev->n; k++) {
			const struct event *e = &ev->v[k];
			fprintf(out, "event %s|%s|%s%s: %s%s", e->who, e->verb, e->object,
				e->mirror ? " (mirrored)" : "", e->negated ? "not: " : "", e->text);
			if (e->mod != MOD_STATED)
				fprintf(out, " (%s)", modality_label(e->mod));
			fprintf(out, "\n");
		}
	}
}

void dump_names(const struct comparison *c, FILE *out)
{
	const struct naming *nm = c->names;
	for (size_t i = 0; nm && i < nm->n; i++) {
		const struct naming_entity *e = &nm->v[i];
		fprintf(out, "== %s%s, named in %zu reports\n", e->name, e->person ? " (person)" : "",
			e->nreports);
		for (size_t r = 0; r < c->story->n; r++) {
			if (!e->mentions[r])
				continue;
			fprintf(out, "%s: %u mention%s", c->story->arts[r].outlet, e->mentions[r],
				e->mentions[r] == 1 ? "" : "s");
			for (size_t u = 0; u < e->nuses; u++)
				if (e->uses[u].art == r)
					fprintf(out, " | %s (%u)", e->uses[u].text, e->uses[u].count);
			fprintf(out, "\n");
		}
	}
}
