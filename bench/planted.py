#!/usr/bin/env python3
"""Planted changes: does newsdiff flag exactly the fact that was changed?

For each report of a corpus (plain-text files, given as folders or files),
make a copy with one fact changed and compare the two with
`newsdiff --report --format=json`.  A change is *found* when some row with
verdict disagree or partial has a cell whose value (for a speaker: value or
speaker) holds the changed text; every other disagree or partial row of that
pair is *false*, except a row that shows only the bare number of a changed
amount, percentage or date ("19" for "$19 million") in the changed sentence:
that one is counted apart, as "only as a bare number".

Kinds of change, each made where the report states it in its body (after the
header, see body_start), one place per copy; the changed text looked for is
in [brackets]:
  count     a number written in digits (2 to 9999) becomes another [the number]
  name      a capitalised word of 5+ letters that the report uses at least
            twice, never at the start of a sentence nor in lower case, and at
            least once at the end of a run of capitalised words (a surname:
            "Ada Roe"; not "There", nor "General" of "Attorney General Ada
            Roe"), gets one letter changed, in one place only [the new word]
  quote     a word inside a quotation of 6+ words is replaced [zanzibar]
  money     an amount after $, US$, pound or euro sign ("$12 million",
            "$400,000", "$1.6 billion", "£30m"), not one end of a range
            ("between $1 and $2 billion"): its first digit becomes another at
            least 2 away, currency, other digits and multiplier kept
            ("$12 million" -> "$42 million") [the whole new amount]
  percent   a number of 1 or 2 digits (maybe with decimals) before "%",
            "percent" or "per cent", not one end of a range: its first digit
            changes the same way ("12.5 per cent" -> "42.5 per cent")
            [the number with its sign or word]
  date      one spot chosen among both forms: a day of a month ("March 4",
            "4 March", "Nov. 6", "July 13, 2018"; months written out or as
            Jan. Feb. Aug. Sept. Oct. Nov. Dec.) whose day becomes another of 1
            to 28 ["March 11"], or a weekday after "on" ("on Tuesday") that
            becomes a weekday the report never names [the new weekday]
  place     a country, US state or big city of the list PLACES (general
            geography, never people) that is not part of a longer name (no
            capitalised word just before, "of" after one included, or just
            after; no hyphen either side) becomes another of its type that the
            report never names [the new place]
  speaker   the name in an attribution next to a quotation (`..." said Kim
            Lund`, `..." Lund said`, `..." Mr. Lund said`, `Lund said:
            "...`) becomes another person of the report: a two-word name X Y
            (the last two words of a run of capitalised words) whose surname Y
            the report also uses alone with said/says/told or Mr./Ms./Mrs./Dr.;
            a full name becomes X Y, a surname alone Y [Y, in a cell's speaker
            or value]
  title     a title of TITLES (Senator, Governor, Judge, Secretary, Director,
            Mayor, Ambassador, Representative, Chairman, Commissioner,
            President; or Sen. Gov. Rep.) not after a capitalised word ("Vice
            President", "CIA Director") and directly before a capitalised name
            becomes a title of TITLES that the report never uses [the new title]

For each kind the figures say how many copies were compared, how many reports
were passed over because they had no spot for the change (or nothing to change
it to), how many changes were found and in how many pairs another row was
flagged.  The plants are the same every run: the first three kinds share one
seeded random stream, each later kind has its own.

This is a measurement, never a test: it prints figures and exits 0.  With
--show KIND,... it also prints, for those kinds, each miss and each pair with
another row flagged: the changed sentence and the flagged (and unclear) rows.
Usage: planted.py NEWSDIFF DIR_OR_FILE... [--max N] [--show KIND,...]
"""
import json
import os
import random
import re
import subprocess
import sys
import tempfile


def reports(paths):
    out = []
    for p in paths:
        if os.path.isdir(p):
            for root, _, files in os.walk(p):
                out += [os.path.join(root, f) for f in files if f.endswith(".txt")]
        elif p.endswith(".txt"):
            out.append(p)
    return sorted(out)


def body_start(text):
    """Offset of the text after an "Outlet:/Title:" header, if any."""
    m = re.match(r"(?:[A-Za-z]+: [^\n]*\n)+\n", text)
    return m.end() if m else 0


def plant_count(text, rnd):
    b = body_start(text)
    spots = [m for m in re.finditer(r"(?<![\d.,$%-])\b([2-9]|[1-9]\d{1,3})\b(?![\d.,%])", text)
             if m.start() >= b]
    if not spots:
        return None
    m = rnd.choice(spots)
    old = m.group(1)
    new = str(int(old) + rnd.choice([1, 2, 3, 7]))
    return text[:m.start()] + new + text[m.end():], new


def plant_name(text, rnd):
    b = body_start(text)
    body = text[b:]
    words = re.findall(r"\b[A-Z][a-z]{4,}\b", body)
    # a name: a capitalised word a report writes twice, never at the start of a
    # sentence nor in lower case ("There", "These"), and at least once at the end
    # of a run of capitalised words (a surname: "Ada Roe"; not a title word such
    # as "General" of "Attorney General Ada Roe")
    starts = set(re.findall(r"(?:^|[.!?]\s+|[\"\u201c]\s*)([A-Z][a-z]+)", body, re.M))
    ends = set(re.findall(r"\b[A-Z][a-z]*\.? ([A-Z][a-z]{4,})\b(?! [A-Z])", body))
    common = {w for w in words if words.count(w) >= 2 and w not in starts and w in ends
              and not re.search(r"\b%s\b" % w.lower(), body)}
    if not common:
        return None
    w = rnd.choice(sorted(common))
    spots = [m for m in re.finditer(r"\b%s\b" % w, text) if m.start() >= b]
    m = rnd.choice(spots)
    i = rnd.randrange(2, len(w) - 1)
    new = w[:i] + ("e" if w[i] != "e" else "a") + w[i + 1:]
    return text[:m.start()] + new + text[m.end():], new


def quote_spans(text, b):
    """(start, end) of the words inside each quotation after offset b: curly
    marks pair opening with closing; straight ones pair in order within a
    paragraph, and a paragraph with an odd number of them is left out (its
    pairs cannot be told: a span could run from one quotation's end to the
    next one's start)."""
    spans = []
    pos = 0
    for para in text.split("\n"):
        start = pos
        pos += len(para) + 1
        if start + len(para) < b:
            continue
        for m in re.finditer(r"\u201c([^\u201c\u201d]{30,300})\u201d", para):
            spans.append((start + m.start(1), start + m.end(1)))
        marks = [i for i, ch in enumerate(para) if ch == '"']
        if len(marks) % 2:
            continue
        for k in range(0, len(marks), 2):
            o, c = marks[k], marks[k + 1]
            if 30 <= c - o - 1 <= 300:
                spans.append((start + o + 1, start + c))
    return [(s, e) for s, e in spans if s >= b and len(text[s:e].split()) >= 6]


def plant_quote(text, rnd):
    spots = quote_spans(text, body_start(text))
    if not spots:
        return None
    s0, e0 = rnd.choice(spots)
    words = list(re.finditer(r"\b[a-z]{4,}\b", text[s0:e0]))
    if not words:
        return None
    w = rnd.choice(words)
    new = "zanzibar"
    s = s0 + w.start()
    return text[:s] + new + text[s + len(w.group(0)):], new


def other_digit(rnd, d):
    """A first digit at least 2 away from d (so the amount clearly changes)."""
    return str(rnd.choice([x for x in range(1, 10) if abs(x - int(d)) >= 2]))


def in_range(text, start, end):
    """Whether an amount is one end of a range ("between $1 and $1.5 trillion", "40
    percent to 67 percent"), where a changed end may turn the range around."""
    return bool(re.match(r"\s*(?:to|and|or|-|\u2013)\s*(?:US\$|[$\u00a3\u20ac])?\d", text[end:])
                or re.search(r"\d\S*(?: (?:percent|per cent|million|billion|trillion))?"
                             r"\s*(?:to|and|or|-|\u2013)\s*$", text[max(0, start - 40):start]))


def plant_money(text, rnd):
    b = body_start(text)
    spots = [m for m in re.finditer(
        r"(?:US\$|[$\u00a3\u20ac])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
        r"(?:(?: ?(?:million|billion|trillion)|m|bn)\b)?(?![\d,.]\d)", text)
        if m.start() >= b and m.group(1)[0] != "0" and not in_range(text, m.start(), m.end())]
    rnd.shuffle(spots)
    for m in spots:
        num = m.group(1)
        new = (text[m.start():m.start(1)] + other_digit(rnd, num[0]) + num[1:]
               + text[m.end(1):m.end()])
        if new not in text:
            return text[:m.start()] + new + text[m.end():], new
    return None


def plant_percent(text, rnd):
    b = body_start(text)
    spots = [m for m in re.finditer(
        r"(?<![\d.,$\u00a3\u20ac-])\b([1-9]\d?(?:\.\d+)?)(%| ?percent\b| per cent\b)", text)
        if m.start() >= b and not in_range(text, m.start(), m.end())]
    rnd.shuffle(spots)
    for m in spots:
        num = m.group(1)
        new = other_digit(rnd, num[0]) + num[1:] + m.group(2)
        if new not in text:
            return text[:m.start()] + new + text[m.end():], new
    return None


MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
         r"|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def plant_date(text, rnd):
    b = body_start(text)
    spots = []  # (start, end, text before the day, day, text after the day)
    for m in re.finditer(r"\b(%s ?)(\d{1,2})\b(?![-\u2013:.,]\d)" % MONTH, text):
        spots.append((m.start(), m.end(), m.group(1), m.group(2), ""))
    for m in re.finditer(r"(?<![\d.,$-])\b(\d{1,2})( %s)" % MONTH, text):
        spots.append((m.start(), m.end(), "", m.group(1), m.group(2)))
    for m in re.finditer(r"\bon (%s)\b" % "|".join(WEEKDAYS), text):
        spots.append((m.start(1), m.end(1), None, m.group(1), None))
    spots = sorted(s for s in spots if s[0] >= b and (s[2] is None or 1 <= int(s[3]) <= 31))
    rnd.shuffle(spots)
    for start, end, before, day, after in spots:
        if before is None:  # a weekday
            days = [d for d in WEEKDAYS if d not in text]
            if not days:
                continue
            new = rnd.choice(days)
        else:
            days = [d for d in range(1, 29) if d != int(day)
                    and before + str(d) + after not in text]
            new = before + str(rnd.choice(days)) + after
        return text[:start] + new + text[end:], new
    return None


# General geography, by type; a place is replaced by another of its type.  Names that
# are also common first names or parts of other names (Washington, Georgia, Jordan,
# Virginia, Sydney) are left out.
PLACES = [
    ["France", "Germany", "Italy", "Spain", "Britain", "England", "Scotland", "Ireland",
     "Canada", "Mexico", "Brazil", "China", "Japan", "India", "Russia", "Ukraine", "Iran",
     "Iraq", "Syria", "Israel", "Egypt", "Turkey", "Australia", "Afghanistan", "Pakistan",
     "Venezuela", "Cuba", "Poland", "Sweden", "Norway", "Nigeria", "Vietnam", "Greece"],
    ["Texas", "California", "Florida", "Ohio", "Michigan", "Arizona", "Nevada", "Alabama",
     "Iowa", "Pennsylvania", "Illinois", "Wisconsin", "Minnesota", "Oregon", "Colorado",
     "Utah", "Kentucky", "Tennessee", "Louisiana", "Missouri", "Massachusetts", "Oklahoma",
     "Kansas", "Nebraska", "Alaska", "Maryland", "Indiana", "Arkansas", "Mississippi"],
    ["Chicago", "London", "Paris", "Berlin", "Moscow", "Beijing", "Tokyo", "Los Angeles",
     "Houston", "Boston", "Philadelphia", "Detroit", "Seattle", "Miami", "Atlanta", "Denver",
     "Baltimore", "Rome", "Madrid", "Toronto", "Brussels", "Dublin", "Seoul", "Tehran",
     "Baghdad", "Jerusalem", "Cairo"],
]
# words that are not a person's name: places, days, months
NOT_NAME = ({word for group in PLACES for place in group for word in place.split()}
            | set(WEEKDAYS) | set(re.sub(r"[^A-Za-z|]", "", MONTH).split("|"))
            | {"Democrats", "Republicans", "Democrat", "Republican", "Americans", "Officials",
               "Senate", "House", "Congress", "Police", "Court", "Department", "Party",
               "Committee", "Administration", "Times", "Post", "News", "State", "White"})


def plant_place(text, rnd):
    b = body_start(text)
    spots = []
    for group in PLACES:
        for place in group:
            for m in re.finditer(r"\b%s\b" % place, text):
                # not part of a longer name: no capitalised word just before ("New
                # Mexico", "University of Texas") or after ("Paris Agreement"), no
                # hyphen either side ("R-Iowa", "Chicago-based")
                if (m.start() >= b
                        and not re.search(r"(?:[A-Z][\w.]*(?: of)? |-)$",
                                          text[max(0, m.start() - 30):m.start()])
                        and not re.match(r"(?:'s|\u2019s)? [A-Z]|-", text[m.end():])):
                    spots.append((m.start(), m.end(), place, group))
    if not spots:
        return None
    start, end, place, group = rnd.choice(sorted(spots))
    others = [p for p in group if p not in text]
    if not others:
        return None
    new = rnd.choice(others)
    return text[:start] + new + text[end:], new


HONORIFIC = r"(?:Mr|Ms|Mrs|Dr)\.? "
WORD = r"[A-Z][a-z]+(?:['\u2019][A-Z][a-z]+)?(?:-[A-Z][a-z]+)?"  # Grassley, O'Brien, Ocasio-Cortez
LEADING = {"Mr", "Ms", "Mrs", "Dr", "Sen", "Gov", "Rep", "Gen", "Vice", "Prime", "Attorney",
           "Former", "Chief", "Senator", "Governor", "Judge", "Secretary", "Director", "Mayor",
           "Ambassador", "Representative", "Chairman", "Commissioner", "President", "General",
           "Pope", "Professor", "Minister", "Chancellor", "King", "Queen", "Prince", "Speaker",
           "Leader", "Majority", "Minority", "Justice", "Sheriff", "Lt", "Col", "Capt"}
NOT_FIRST = {"He", "She", "They", "It", "We", "I", "You", "This", "That", "The", "But", "And",
             "Mr", "Ms", "Mrs", "Dr", "Officials", "Police", "Democrat", "Republican"}


def runs(text):
    """Runs of capitalised words, each as (start, words, end) with the words after any
    leading honorific, title or sentence word ("President Ada Roe" -> Ada Roe,
    "But Mr. Kim" -> Kim), and the run's end; a run does not cross an apostrophe."""
    out = []
    for m in re.finditer(r"(?<![\w.'\u2019-])(?:(?:Mr|Ms|Mrs|Dr|Sen|Gov|Rep|Gen)\.? |%s )*"
                         r"%s(?: %s)*(?!['\u2019\w-])" % (WORD, WORD, WORD), text):
        words = m.group(0).replace(".", "").split()
        while words and (words[0] in LEADING or words[0] in NOT_FIRST):
            words.pop(0)
        out.append((m.start(), words, m.end()))
    return out


def people(text):
    """Two-word names X Y of the report (the last two words of a run of capitalised words,
    see runs: "House Speaker Ada Roe" -> Ada Roe) whose last word Y the report
    also uses alone for someone speaking or with an honorific: "Y said", "Y says", "Y
    told", "said Y", "Mr. Y"."""
    last = set()
    for start, words, end in runs(text):
        if len(words) == 1 and (re.match(r" (?:said|says|told)\b", text[end:])
                                or re.search(r"\bsaid $", text[max(0, start - 5):start])
                                or re.match(r"(?:Mr|Ms|Mrs|Dr)\b", text[start:end])):
            last.add(words[0])
    return sorted({tuple(w[-2:]) for _, w, _ in runs(text)
                   if len(w) >= 2 and w[-1] in last and not NOT_NAME.intersection(w[-2:])})


def plant_speaker(text, rnd):
    b = body_start(text)
    who = people(text)
    surnames = {y for _, y in who}
    close = r"[,?!\u2014-][\"\u201d] $"  # the end of a quotation that goes on with who said it
    spots = []
    for start, words, end in runs(text):
        # the attribution: a run of capitalised words ending in one of the people's
        # surnames ("Lund", "Mr. Lund", "Kim Lund", "port chief Kim Lund"), just
        # after a quotation ("...," said Kim Lund / "...," Lund said) or just before
        # one (Lund said: "...")
        if start < b or not words or words[-1] not in surnames:
            continue
        before, after = text[max(0, start - 10):start], text[end:end + 12]
        if ((re.search(close, before[:-5]) and before.endswith("said "))
                or (re.search(close, before) and re.match(r" (?:said|says)\b", after))
                or (not re.search(r"[A-Z][\w.'\u2019-]* $", before)
                    and re.match(r" (?:said|says)[,:]? [\"\u201c]", after))):
            spots.append((start, words, end))
    rnd.shuffle(spots)
    for start, words, end in spots:
        others = [p for p in who if p[1] != words[-1]]
        if not others:
            continue
        x, y = rnd.choice(others)
        # a full name (the last two words) becomes a full name, a surname alone (maybe
        # after Mr. or a title) a surname
        old = " ".join(words[-2:])
        new = "%s %s" % (x, y) if len(words) >= 2 else y
        s = text.rindex(old, start, end)
        return text[:s] + new + text[s + len(old):], y
    return None


TITLES = ["Senator", "Governor", "Judge", "Secretary", "Director", "Mayor", "Ambassador",
          "Representative", "Chairman", "Commissioner", "President"]


def plant_title(text, rnd):
    b = body_start(text)
    spots = {}
    name = r"[A-Z][a-z]+(?: [A-Z]\.)?(?: [A-Z][a-z'\u2019-]+)?"  # Kim, Kim Lund, Ada B. Roe
    for m in re.finditer(r"\b(%s|Sen\.|Gov\.|Rep\.) (%s)\b" % ("|".join(TITLES), name), text):
        before = text[max(0, m.start() - 30):m.start()]
        # the whole title: no capitalised word just before ("Vice President", "CIA
        # Director"); a name just after, not an institution ("Secretary General")
        if (m.start() >= b and not re.search(r"[A-Z][\w.]*-? $", before)
                and m.group(2).split()[0] not in INSTITUTION):
            spots.setdefault(m.group(1), []).append(m)
    if not spots:
        return None
    title = rnd.choice(sorted(spots))
    m = rnd.choice(spots[title])
    others = [t for t in TITLES if not re.search(r"\b%s\b" % t, text)]
    if not others:
        return None
    new = rnd.choice(others)
    return text[:m.start(1)] + new + text[m.end(1):], new


INSTITUTION = {"General", "Department", "Office", "Committee", "House", "Court", "Council",
               "Of", "The", "Emeritus", "Elect"}


KINDS = {"count": plant_count, "name": plant_name, "quote": plant_quote,
         "money": plant_money, "percent": plant_percent, "date": plant_date,
         "place": plant_place, "speaker": plant_speaker, "title": plant_title}


def holds(kind, cell, new):
    """Whether a cell shows the changed text: in its value, or for a speaker in its
    speaker too."""
    fields = ("value", "speaker") if kind == "speaker" else ("value",)
    return any(new in (cell.get(f) or "") for f in fields)


def bare_number(cell, new):
    """Whether a cell's value is only the number of a changed amount, percentage or date
    ("19" for "$19 million") and its sentence holds the whole changed text."""
    m = re.search(r"\d[\d,.]*\d|\d", new)
    return (m and m.group(0) != new and (cell.get("value") or "").strip() == m.group(0)
            and new in (cell.get("evidence") or {}).get("sentence", ""))


def compare(newsdiff, a, b):
    r = subprocess.run([newsdiff, "--report", "--format=json", a, b], capture_output=True,
                       text=True)
    try:
        return json.loads(r.stdout).get("rows", [])
    except ValueError:
        return None


def show_pair(path, text, changed, new, flagged, hit):
    """Print a miss or a pair with another row flagged: the change and the flagged rows."""
    i = 0
    while i < len(text) and i < len(changed) and text[i] == changed[i]:
        i += 1
    s = max(text.rfind("\n", 0, i) + 1, i - 200)
    print("== %s: %s (%s)" % (path, "found" if hit else "MISSED", new))
    for name, t in (("was", text), ("now", changed)):
        e = t.find("\n", i)
        print("   %s: %s" % (name, t[s:min(e if e >= 0 else len(t), i + 200)].strip()))
    for r in flagged:
        print("   %s %-8s %s %s" % ("*" if r in hit else "-", r.get("verdict"), r.get("question"),
                                 [(c.get("value"), c.get("speaker")) for c in r.get("cells", [])]))


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[-1])
        return 0
    newsdiff = os.path.abspath(argv[1])
    args = argv[2:]
    most = 60
    if "--max" in args:
        i = args.index("--max")
        most = int(args[i + 1])
        del args[i:i + 2]
    show = set()
    if "--show" in args:
        i = args.index("--show")
        show = set(args[i + 1].split(","))
        del args[i:i + 2]
    files = reports(args)
    if not files:
        print("planted: no reports found (is ../shared there?)")
        return 0
    rnd = random.Random(7)  # the same plants every run
    rnd.shuffle(files)
    # the first three kinds share rnd (their plants as they always were); each later kind
    # has its own, so a change to one kind leaves the plants of the others as they were
    own = {k: random.Random("7 " + k) for k in KINDS}
    # planted, found, pairs with false rows, reports with no spot for the change, found
    # only as a bare number
    figures = {k: [0, 0, 0, 0, 0] for k in KINDS}
    with tempfile.TemporaryDirectory() as tmp:
        for kind, plant in KINDS.items():
            for path in files:
                if figures[kind][0] >= most:
                    break
                text = open(path, encoding="utf-8", errors="replace").read()
                got = plant(text, rnd if kind in ("count", "name", "quote") else own[kind])
                if not got:
                    figures[kind][3] += 1
                    continue
                changed, new = got
                a, b = os.path.join(tmp, "1-original.txt"), os.path.join(tmp, "2-planted.txt")
                open(a, "w", encoding="utf-8").write(text)
                open(b, "w", encoding="utf-8").write(changed)
                rows = compare(newsdiff, a, b)
                if rows is None:
                    continue
                flagged = [r for r in rows if r.get("verdict") in ("disagree", "partial")]
                hit = [r for r in flagged if any(holds(kind, c, new) for c in r.get("cells", []))]
                bare = [r for r in flagged if r not in hit
                        and any(bare_number(c, new) for c in r.get("cells", []))]
                figures[kind][0] += 1
                figures[kind][1] += bool(hit)
                figures[kind][2] += len(flagged) > len(hit) + len(bare)
                figures[kind][4] += bool(bare) and not hit
                if kind in show and (not hit or len(flagged) > len(hit)):
                    unclear = [r for r in rows if r.get("verdict") == "unclear"
                               and any(holds(kind, c, new) for c in r.get("cells", []))]
                    show_pair(path, text, changed, new, flagged + unclear, hit)
    print("planted changes (one report against a copy with one fact changed):")
    for kind, (tried, found, false, nospot, bare) in figures.items():
        pct = 100.0 * found / tried if tried else 0.0
        print("  %-7s %3d planted (%3d reports with no spot), %3d flagged (%3.0f%%)%s,"
              " %3d pairs with another row flagged"
              % (kind, tried, nospot, found, pct,
                 " + %d only as a bare number" % bare if bare else "", false))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
