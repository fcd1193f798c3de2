"""Write ontology/lexicon/legislators.tsv from rows read out of unitedstates/congress-legislators.

Input: text files of rows ``last|first|nickname|common name|type|state|party``, one per member, read
by hand (page by page, with the session's repository reader) from ``legislators-current.csv``
(commit 020856130ab134995d4ad213100c5febe7d0ce5f) and the tail of ``legislators-historical.csv``
(commit 03342aad797ec170724113da30662bc8b095bc91): the columns last_name, first_name, nickname,
type, state and party, and the common name from the wikipedia_id column (its parenthetical dropped)
where it differs from first and last name. The project is public domain (CC0).

Usage: python tools/legislators_tsv.py ROWS.txt ... > ontology/lexicon/legislators.tsv
"""

from __future__ import annotations

import sys

HEADER = """# Members of the U.S. Congress: general knowledge, complete for the class it covers (kg.lexicon.legislators).
# Source: github.com/unitedstates/congress-legislators (public domain, CC0): legislators-current.csv at commit
# 020856130ab134995d4ad213100c5febe7d0ce5f (the 117th Congress, 2021-2022, every member) and legislators-historical.csv
# at commit 03342aad797ec170724113da30662bc8b095bc91, from its end back to the members who left Congress in 2007-2009
# (the file is ordered by the end of service; earlier members are not here yet). Converted by tools/legislators_tsv.py.
# Columns: name (the common name, else first and last), first, nickname, last, chamber (senate or house: the last
# seat held), state (postal code), party (D, R, I, L). Each row is one person; the name forms kg matches are
# "first last", "nickname last" and name (a first name that is an initial alone is not a form).
"""

CHAMBER = {"sen": "senate", "rep": "house"}


def main(paths: list[str]) -> None:
    rows = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                last, first, nick, common, kind, state, party = line.rstrip("\n").split("|")
                name = common or f"{nick or first} {last}"
                rows.append((name, first, nick, last, CHAMBER[kind], state, party))
    seen = set()
    out = [HEADER.rstrip("\n"), "name\tfirst\tnickname\tlast\tchamber\tstate\tparty"]
    for row in sorted(rows, key=lambda r: (r[3], r[1], r[0], r[5])):
        if row in seen:
            continue
        seen.add(row)
        out.append("\t".join(row))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
