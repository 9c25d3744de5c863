"""Sentences end where a reader would end them, in Arabic, English and French."""

from __future__ import annotations

from oicreader.align.sentences import sentence_spans


def sentences(text: str, language: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, language)]


def test_arabic_sentences_end_at_full_stops_and_question_marks_not_at_commas() -> None:
    text = "أكد الاجتماع التزامه، ودعا إلى الحوار. هل تحقق ذلك؟ نعم!"
    assert sentences(text, "ar") == [
        "أكد الاجتماع التزامه، ودعا إلى الحوار. ",
        "هل تحقق ذلك؟ ",
        "نعم!",
    ]


def test_titles_and_initials_do_not_end_an_english_sentence() -> None:
    text = "The meeting was chaired by Mr. Marcel A. Tanoh. It met Dr. Ali on No. 5 e.g. today."
    assert sentences(text, "en") == [
        "The meeting was chaired by Mr. Marcel A. Tanoh. ",
        "It met Dr. Ali on No. 5 e.g. today.",
    ]


def test_titles_do_not_end_a_french_sentence() -> None:
    text = "La réunion était présidée par M. Marcel Amon-Tanoh. Mme. Diallo a pris la parole."
    assert sentences(text, "fr") == [
        "La réunion était présidée par M. Marcel Amon-Tanoh. ",
        "Mme. Diallo a pris la parole.",
    ]


def test_decimals_and_a_leading_paragraph_number_do_not_end_a_sentence() -> None:
    text = "6. Growth reached 1.5 per cent in 2017. It was 2.5 the year before."
    assert sentences(text, "en") == [
        "6. Growth reached 1.5 per cent in 2017. ",
        "It was 2.5 the year before.",
    ]


def test_closing_quotes_stay_with_their_sentence() -> None:
    text = "Le Centre s'appelle « La Voix ». Il a été créé en 2016."
    assert sentences(text, "fr") == ["Le Centre s'appelle « La Voix ». ", "Il a été créé en 2016."]


def test_an_empty_text_is_one_empty_sentence() -> None:
    assert sentence_spans("", "ar") == [(0, 0)]


def test_a_huge_text_of_short_sentences_is_split_into_each_sentence() -> None:
    text = "Il a dit. " * 200_000
    spans = sentence_spans(text, "fr")  # timed in tests/benchmarks/bench_guards.py
    assert len(spans) == 200_000
    assert spans[1] == (10, 20)
