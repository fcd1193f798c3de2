from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.language.outlets import names_outlet


def _doc(words, pos):
    return Doc(Vocab(), words=words, pos=pos)


def test_a_place_then_an_outlet_word_is_a_newspaper():
    doc = _doc(["The", "St.", "Louis", "Post", "Dispatch", "says"], ["DET", "PROPN", "PROPN", "PROPN", "PROPN", "VERB"])
    assert names_outlet(doc[4])


def test_a_person_whose_surname_is_an_outlet_word_is_not():
    doc = _doc(["Emily", "Post", "says"], ["PROPN", "PROPN", "VERB"])
    assert not names_outlet(doc[1])
    assert not names_outlet(_doc(["Post", "says"], ["PROPN", "VERB"])[0])
