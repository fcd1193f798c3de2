"""Write ontology/lexicon/legislators.tsv from rows read out of unitedstates/congress-legislators.

Input: text files of rows ``last|first|nickname|common name|type|state|party``, one per member, read
by hand (page by page, with the session's repository reader): every member of ``legislators-current.csv``
at commit 020856130ab134995d4ad213100c5febe7d0ce5f (the 117th Congress) and the members of it at commit
8112283f16931e4a378067b77b9cad4edb09e2e5 (the 119th Congress) not already read; ``legislators-historical.csv``
at commit 03342aad797ec170724113da30662bc8b095bc91 from its end back through the members whose last term
began in 1983, and the members at its end at commit 8112283f16931e4a378067b77b9cad4edb09e2e5 not already
read (those who served only after 2022 and left by 2025). The columns are last_name, first_name, nickname,
type, state and party (Democrat D, Republican R, Independent I, Libertarian L; a party of Puerto Rico or
a fusion line is written as the caucus it sat with), and the common name from the wikipedia_id column
(its parenthetical dropped) where it differs from first and last name. The project is public domain (CC0).

Usage: python tools/legislators_tsv.py ROWS.txt ... > ontology/lexicon/legislators.tsv
"""

from __future__ import annotations

import sys

HEADER = """# Members of the U.S. Congress: general knowledge, complete for the class it covers (kg.lexicon.legislators).
# Source: github.com/unitedstates/congress-legislators (public domain, CC0). legislators-current.csv at commit
# 020856130ab134995d4ad213100c5febe7d0ce5f (the 117th Congress, 2021-2022, every member) and at commit
# 8112283f16931e4a378067b77b9cad4edb09e2e5 (the 119th Congress, 2025: its members not in the 117th).
# legislators-historical.csv at commit 03342aad797ec170724113da30662bc8b095bc91 from its end back through every
# member whose last term began in 1983 or later (the file is ordered by the start of the last term): so every
# member who left Congress from 1989 to 2022, and the House members who left from 1985; and at commit
# 8112283f16931e4a378067b77b9cad4edb09e2e5 the members who came in 2022-2023 and left by January 2025.
# Earlier members are not here. Converted by tools/legislators_tsv.py.
# Columns: name (the common name, else first and last), first, nickname, last, chamber (senate or house: the last
# seat held in the file the row was read from: a 117th-Congress representative now in the Senate is still house),
# state (postal code), party (D, R, I, L). Each row is one person; the name forms kg matches are "first last",
# "nickname last" and name (a first name that is an initial alone is not a form).
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
