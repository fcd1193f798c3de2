"""A private job's title joined by "for the City of" (or Town, County, ...) to a place is a post in the place's own
government: its holder is a member of the place (kg.language.governments), never of a state whose name the city
shares, and a client's title ("an attorney for the city of X") says no membership."""

from __future__ import annotations

from test_behaviour import facts


def test_a_spokesman_for_the_city_of_a_place_is_a_member_of_it(nlp):
    found = facts(
        nlp,
        "Dana Roe, a spokesman for the City of Springfield, said the shooter drove away. "
        "Ben Ross, a spokeswoman for the city of Riverton, said no.",
    )
    assert ("Dana Roe", "memberOf", "City of Springfield") in found
    assert ("Ben Ross", "memberOf", "Riverton") in found


def test_a_lawyer_for_the_city_or_a_city_named_like_a_state_gives_no_membership(nlp):
    found = facts(
        nlp,
        "Lee Fox, an attorney for the city of Oakdale, declined to comment. "
        "Ann Cole, a spokeswoman for the city of New York, said no.",
    )
    assert not {f for f in found if f[1] in ("memberOf", "heads") and f[0] in ("Lee Fox", "Ann Cole")}
