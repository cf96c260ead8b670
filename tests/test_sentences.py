"""Sentence splitting as minutes write: initials, titles and inline list labels."""
from __future__ import annotations

from extract.finders.sentences import paragraph_to_sentences


def test_initials_and_titles_do_not_end_sentences():
    assert paragraph_to_sentences("Cllr R. Crisp and Mrs. N. Cooper attended. The Clerk took notes.") == [
        "Cllr R. Crisp and Mrs. N. Cooper attended.", "The Clerk took notes."]


def test_inline_list_labels_open_new_sentences_without_their_label():
    assert paragraph_to_sentences("CORRESPONDENCE i. Newsletters. Noted ii. Letter from a resident. Noted") == [
        "CORRESPONDENCE", "Newsletters.", "Noted", "Letter from a resident.", "Noted"]
    assert paragraph_to_sentences("a. Play repairs are planned. b. The bin was moved.") == [
        "Play repairs are planned.", "The bin was moved."]


def test_numbered_questions_stay_whole():
    text = "She asked: 1. \u201cWas it lawful?\u201d and 2. \u201cWho decided?\u201d"
    assert paragraph_to_sentences(text) == [text]


def test_a_number_can_end_a_sentence():
    assert paragraph_to_sentences("SB reported 14 households against a target of 20. The Board agreed the plan.") == [
        "SB reported 14 households against a target of 20.", "The Board agreed the plan."]
    assert paragraph_to_sentences("The item was deferred to 2025. Members noted the report.") == [
        "The item was deferred to 2025.", "Members noted the report."]


def test_a_number_labelling_an_entry_does_not_end_a_sentence():
    assert paragraph_to_sentences("2. The Clerk reported. Members asked: 1. What it cost, and 2. Who paid.") == [
        "The Clerk reported.", "Members asked: 1. What it cost, and 2. Who paid."]
