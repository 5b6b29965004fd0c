"""Countries in the forms other programs and people write them, and their names in German and English."""

import pytest

from app.domain.countries import country_code, country_name


@pytest.mark.parametrize(("text", "code"), [
    ("DE", "DE"), ("deu", "DE"), ("Germany", "DE"), ("Deutschland", "DE"), ("  germany ", "DE"),
    ("United States of America", "US"), ("USA", "US"), ("U.S.A.", "US"), ("Vereinigte Staaten", "US"),
    ("CANADA", "CA"), ("UK", "GB"), ("Great Britain", "GB"), ("Österreich", "AT"),
    ("Schweiz", "CH"), ("Suisse", "CH"), ("The Netherlands", "NL"), ("Korea, Republic of", "KR"),
])
def test_country_code_from_any_common_form(text: str, code: str | None) -> None:
    assert country_code(text) == code


@pytest.mark.parametrize("text", ["", "   ", None, "Nowhere", "Atlantis"])
def test_unknown_country_is_none_never_a_guess(text: str | None) -> None:
    assert country_code(text) is None


def test_country_names_in_the_users_language() -> None:
    assert country_name("DE", "de") == "Deutschland"
    assert country_name("US", "de") == "Vereinigte Staaten"
    assert country_name("DE", "en") == "Germany"
    assert country_name("XX", "de") == "XX"
